#include "setup/DeviceConfiguration.h"

#include "printer/DevicePrinter.h"
#include "printer/NetworkPrinter.h"
#include "printer/SerialPrinter.h"
#include "printer/UsbPrinter.h"
#include "scanner/HidPosScanner.h"
#include "scanner/SerialScanner.h"

#include <QRegularExpression>
#include <QSerialPortInfo>

namespace caisse {

namespace {

const QString kPrinterUsb = QStringLiteral("printer_usb");
const QString kPrinterSerial = QStringLiteral("printer_serial");
const QString kPrinterSerialLine = QStringLiteral("printer_serial_line");
const QString kPrinterDevice = QStringLiteral("printer_device");
const QString kPrinterHost = QStringLiteral("printer_host");
const QString kPrinterPort = QStringLiteral("printer_port");
const QString kScannerHid = QStringLiteral("scanner_hid");
const QString kScannerSerial = QStringLiteral("scanner_serial");
const QString kScannerSerialLine = QStringLiteral("scanner_serial_line");
const QString kDisplaySerial = QStringLiteral("display_serial");
const QString kDisplaySerialLine = QStringLiteral("display_serial_line");

std::optional<std::pair<quint16, quint16>> usbIds(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^([0-9A-Fa-f]{4}):([0-9A-Fa-f]{4})$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return std::pair {static_cast<quint16>(match.captured(1).toUInt(nullptr, 16)),
                      static_cast<quint16>(match.captured(2).toUInt(nullptr, 16))};
}

} // namespace

DeviceConfiguration::DeviceConfiguration(Settings& settings)
    : m_settings(settings)
{ }

SerialLine DeviceConfiguration::lineOf(const QString& key) const
{
    return SerialLine::parse(m_settings.value(key)).value_or(SerialLine {});
}

std::unique_ptr<EscPosPrinter> DeviceConfiguration::receiptPrinter() const
{
    if (const auto ids = usbIds(m_settings.value(kPrinterUsb)))
        return std::make_unique<UsbPrinter>(ids->first, ids->second);
    if (const QString port = m_settings.value(kPrinterSerial); !port.isEmpty())
        return std::make_unique<SerialPrinter>(port, lineOf(kPrinterSerialLine));
    if (const QString path = m_settings.value(kPrinterDevice); !path.isEmpty())
        return std::make_unique<DevicePrinter>(path);
    if (const QString host = m_settings.value(kPrinterHost); !host.isEmpty())
        return std::make_unique<NetworkPrinter>(
            host, static_cast<quint16>(m_settings.value(kPrinterPort, QStringLiteral("9100")).toUInt()));
    return nullptr;
}

std::unique_ptr<BarcodeScanner> DeviceConfiguration::scanner() const
{
    if (const QString hid = m_settings.value(kScannerHid); !hid.isEmpty())
        return std::make_unique<HidPosScanner>(hid);
    if (const QString port = m_settings.value(kScannerSerial); !port.isEmpty())
        return std::make_unique<SerialScanner>(port, lineOf(kScannerSerialLine));
    return nullptr;
}

std::unique_ptr<CustomerDisplay> DeviceConfiguration::customerDisplay() const
{
    if (const QString port = m_settings.value(kDisplaySerial); !port.isEmpty())
        return std::make_unique<CustomerDisplay>(port, lineOf(kDisplaySerialLine));
    return nullptr;
}

Result<void> DeviceConfiguration::assignCustomerDisplay(const QString& port, const QString& line)
{
    if (!SerialLine::parse(line))
        return failure(Error::Code::InvalidInput, tr("Serial settings are written like 9600 8N1."));
    return assign({}, {{kDisplaySerial, port}, {kDisplaySerialLine, line}});
}

Result<void> DeviceConfiguration::assign(const QStringList& keys, const QList<std::pair<QString, QString>>& values)
{
    // One device per role: the keys of the other connections are emptied, or the first set would keep winning.
    for (const QString& key : keys) {
        if (auto cleared = m_settings.setValue(key, {}); !cleared)
            return cleared;
    }
    for (const auto& [key, value] : values) {
        if (auto saved = m_settings.setValue(key, value); !saved)
            return saved;
    }
    return {};
}

Result<void> DeviceConfiguration::assignReceiptPrinter(Connection connection, const QString& address,
                                                       const QString& line)
{
    const QStringList keys {kPrinterUsb,    kPrinterSerial, kPrinterSerialLine,
                            kPrinterDevice, kPrinterHost,   kPrinterPort};
    switch (connection) {
    case Connection::Usb:
        if (!usbIds(address))
            return failure(Error::Code::InvalidInput, tr("A USB device is written VID:PID, such as 04b8:0202."));
        return assign(keys, {{kPrinterUsb, address.toLower()}});
    case Connection::Serial:
        if (!SerialLine::parse(line))
            return failure(Error::Code::InvalidInput, tr("Serial settings are written like 9600 8N1."));
        return assign(keys, {{kPrinterSerial, address}, {kPrinterSerialLine, line}});
    case Connection::DeviceFile:
        return assign(keys, {{kPrinterDevice, address}});
    case Connection::Network: {
        const QStringList hostPort = address.split(u':');
        return assign(keys,
                      {{kPrinterHost, hostPort.value(0)}, {kPrinterPort, hostPort.value(1, QStringLiteral("9100"))}});
    }
    }
    return {};
}

Result<void> DeviceConfiguration::assignScanner(Connection connection, const QString& address, const QString& line)
{
    const QStringList keys {kScannerHid, kScannerSerial, kScannerSerialLine};
    if (connection == Connection::Serial) {
        if (!SerialLine::parse(line))
            return failure(Error::Code::InvalidInput, tr("Serial settings are written like 9600 8N1."));
        return assign(keys, {{kScannerSerial, address}, {kScannerSerialLine, line}});
    }
    if (connection == Connection::Usb && usbIds(address))
        return assign(keys, {{kScannerHid, address.toLower()}});
    return failure(Error::Code::InvalidInput,
                   tr("A scanner is connected by USB in HID POS mode (VID:PID) or by a serial port."));
}

QString DeviceConfiguration::describeReceiptPrinter() const
{
    if (const QString usb = m_settings.value(kPrinterUsb); !usb.isEmpty())
        return tr("USB printer %1").arg(usb);
    if (const QString port = m_settings.value(kPrinterSerial); !port.isEmpty())
        return tr("Serial printer on %1 at %2").arg(port, lineOf(kPrinterSerialLine).toString());
    if (const QString path = m_settings.value(kPrinterDevice); !path.isEmpty())
        return tr("Printer at %1").arg(path);
    if (const QString host = m_settings.value(kPrinterHost); !host.isEmpty())
        return tr("Network printer %1:%2").arg(host, m_settings.value(kPrinterPort, QStringLiteral("9100")));
    return tr("None: receipts on screen only");
}

QString DeviceConfiguration::describeScanner() const
{
    if (const QString hid = m_settings.value(kScannerHid); !hid.isEmpty())
        return tr("USB HID POS scanner %1").arg(hid);
    if (const QString port = m_settings.value(kScannerSerial); !port.isEmpty())
        return tr("Serial scanner on %1 at %2").arg(port, lineOf(kScannerSerialLine).toString());
    return tr("Keyboard-wedge scanner (or none)");
}

QList<SerialPortInfo> DeviceConfiguration::serialPorts()
{
    QList<SerialPortInfo> ports;
    for (const QSerialPortInfo& port : QSerialPortInfo::availablePorts()) {
        SerialPortInfo info {port.systemLocation(), port.description(), {}};
        if (port.hasVendorIdentifier() && port.hasProductIdentifier())
            info.usbId = QStringLiteral("%1:%2")
                             .arg(port.vendorIdentifier(), 4, 16, QLatin1Char('0'))
                             .arg(port.productIdentifier(), 4, 16, QLatin1Char('0'));
        ports.append(info);
    }
    return ports;
}

} // namespace caisse
