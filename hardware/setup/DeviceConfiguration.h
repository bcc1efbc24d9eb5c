#pragma once

#include "device/SerialLine.h"
#include "display/CustomerDisplay.h"
#include "printer/EscPosPrinter.h"
#include "scanner/BarcodeScanner.h"
#include "setup/SerialPortInfo.h"
#include "storage/Settings.h"

#include <memory>

namespace caisse {

/**
 * The devices this register uses, kept in its settings (so in its own database: per register) and turned into
 * drivers. A register with none configured still sells: receipts stay on screen, codes are scanned by a keyboard-wedge
 * scanner or typed.
 *
 * Receipt printer, first set wins: printer_usb (VID:PID, libusb), printer_serial with printer_serial_line ("9600
 * 8N1"), printer_device (a device file such as /dev/usb/lp0), printer_host with printer_port (TCP, 9100).
 * Scanner: scanner_hid (VID:PID or a /dev/hidraw path, HID POS), or scanner_serial with scanner_serial_line.
 * Customer display: display_serial with display_serial_line.
 */
class DeviceConfiguration
{
    Q_DECLARE_TR_FUNCTIONS(caisse::DeviceConfiguration)

public:
    enum class Connection
    {
        Usb,
        Serial,
        DeviceFile,
        Network,
    };

    explicit DeviceConfiguration(Settings& settings);

    std::unique_ptr<EscPosPrinter> receiptPrinter() const;
    std::unique_ptr<BarcodeScanner> scanner() const;
    std::unique_ptr<CustomerDisplay> customerDisplay() const;

    /**
     * Makes this device the register's receipt printer, replacing the one set before. address: VID:PID for USB, a port
     * for serial (line: its settings), a path for a device file, HOST:PORT for the network.
     */
    Result<void> assignReceiptPrinter(Connection connection, const QString& address, const QString& line = {});
    /** Makes this device the register's scanner: USB (HID POS, VID:PID) or serial (a port, with its line). */
    Result<void> assignScanner(Connection connection, const QString& address, const QString& line = {});
    /** Makes this serial port the customer display. */
    Result<void> assignCustomerDisplay(const QString& port, const QString& line);
    /** The current receipt printer and scanner in words, for the technician. */
    QString describeReceiptPrinter() const;
    QString describeScanner() const;

    static QList<SerialPortInfo> serialPorts();

private:
    Result<void> assign(const QStringList& keys, const QList<std::pair<QString, QString>>& values);
    SerialLine lineOf(const QString& key) const;

    Settings& m_settings;
};

} // namespace caisse
