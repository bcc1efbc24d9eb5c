#include "technician/HardwareDoctorDialog.h"

#include "device/UsbDevices.h"
#include "printer/EscPosEncoder.h"
#include "sale/WedgeScanDetector.h"
#include "setup/DeviceConfiguration.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caisse {

HardwareDoctorDialog::HardwareDoctorDialog(Settings& settings, const Clock& clock, PrintQueue& queue,
                                           PrintSpooler* spooler, PrinterProfile profile, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_queue(queue)
    , m_spooler(spooler)
    , m_profile(std::move(profile))
    , m_devicesTableWidget(new QTableWidget(0, 4, this))
    , m_printerLabel(new QLabel(this))
    , m_testPrintPushButton(new QPushButton(tr("&Test print"), this))
    , m_openDrawerPushButton(new QPushButton(tr("Open the &drawer"), this))
    , m_exportPushButton(new QPushButton(tr("&Export a diagnostic file for support…"), this))
    , m_scannerLineEdit(new QLineEdit(this))
    , m_scansPlainTextEdit(new QPlainTextEdit(this))
    , m_assignedLabel(new QLabel(this))
    , m_unstableLabel(new QLabel(this))
    , m_serialLineEdit(new QLineEdit(QStringLiteral("9600 8N1"), this))
    , m_usePrinterPushButton(new QPushButton(tr("Use as the &receipt printer"), this))
    , m_useScannerPushButton(new QPushButton(tr("Use as the &scanner"), this))
{
    setObjectName(QStringLiteral("hardwareDoctorDialog"));
    setWindowTitle(tr("Hardware doctor"));
    m_devicesTableWidget->setObjectName(QStringLiteral("devicesTableWidget"));
    m_devicesTableWidget->setHorizontalHeaderLabels({tr("Id or port"), tr("Maker"), tr("Product"), tr("What it is")});
    m_devicesTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_devicesTableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_assignedLabel->setObjectName(QStringLiteral("assignedLabel"));
    m_assignedLabel->setWordWrap(true);
    m_unstableLabel->setObjectName(QStringLiteral("unstableLabel"));
    m_unstableLabel->setWordWrap(true);
    m_unstableLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_unstableLabel->hide();
    m_serialLineEdit->setObjectName(QStringLiteral("serialLineEdit"));
    m_serialLineEdit->setToolTip(tr("Serial settings of the selected port, as its manual gives them: 9600 8N1, "
                                    "19200 8N1 rtscts…"));
    m_usePrinterPushButton->setObjectName(QStringLiteral("usePrinterPushButton"));
    m_useScannerPushButton->setObjectName(QStringLiteral("useScannerPushButton"));
    m_devicesTableWidget->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_devicesTableWidget->verticalHeader()->hide();
    m_devicesTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_printerLabel->setObjectName(QStringLiteral("printerLabel"));
    m_printerLabel->setWordWrap(true);
    m_testPrintPushButton->setObjectName(QStringLiteral("testPrintPushButton"));
    m_openDrawerPushButton->setObjectName(QStringLiteral("openDrawerPushButton"));
    m_exportPushButton->setObjectName(QStringLiteral("exportPushButton"));
    m_scannerLineEdit->setObjectName(QStringLiteral("scannerLineEdit"));
    m_scannerLineEdit->setPlaceholderText(tr("Scan any barcode here"));
    m_scannerLineEdit->installEventFilter(this);
    m_scansPlainTextEdit->setObjectName(QStringLiteral("scansPlainTextEdit"));
    m_scansPlainTextEdit->setReadOnly(true);
    m_scansPlainTextEdit->setMaximumHeight(90);
    m_keyClock.start();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("USB devices and serial ports on this computer"), this));
    layout->addWidget(m_devicesTableWidget, 1);
    layout->addWidget(m_unstableLabel);
    auto* assign = new QHBoxLayout;
    assign->addWidget(m_usePrinterPushButton);
    assign->addWidget(m_useScannerPushButton);
    assign->addWidget(new QLabel(tr("Serial settings:"), this));
    assign->addWidget(m_serialLineEdit);
    assign->addStretch();
    layout->addLayout(assign);
    layout->addWidget(m_assignedLabel);
    layout->addWidget(new QLabel(tr("Receipt printer"), this));
    layout->addWidget(m_printerLabel);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_testPrintPushButton);
    buttons->addWidget(m_openDrawerPushButton);
    buttons->addStretch();
    buttons->addWidget(m_exportPushButton);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Barcode scanner: its speed and suffix"), this));
    layout->addWidget(m_scannerLineEdit);
    layout->addWidget(m_scansPlainTextEdit);
    resize(900, 600);

    if (m_spooler) {
        showPrinterStatus(m_spooler->status());
        connect(m_spooler, &PrintSpooler::statusChanged, this, &HardwareDoctorDialog::showPrinterStatus);
    } else {
        m_printerLabel->setText(tr("No receipt printer is assigned to this register: select one above."));
    }
    m_testPrintPushButton->setEnabled(m_spooler);
    m_openDrawerPushButton->setEnabled(m_spooler);
    connect(m_testPrintPushButton, &QPushButton::clicked, this, [this] {
        EscPosEncoder job(m_profile);
        job.initialise().align(EscPosEncoder::Align::Centre).bold(true).line(tr("Caisse test page")).bold(false);
        job.line(QLocale().toString(m_clock.nowUtc().toLocalTime(), QLocale::ShortFormat));
        job.line(tr("Profile: %1").arg(m_profile.name));
        job.align(EscPosEncoder::Align::Left).line(QStringLiteral("éèêàâçùôîÉ € œ « »"));
        print(job.feed(3).cut().bytes());
    });
    connect(m_openDrawerPushButton, &QPushButton::clicked, this,
            [this] { print(EscPosEncoder(m_profile).initialise().openDrawer().bytes()); });
    connect(m_exportPushButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Diagnostic file"), QStringLiteral("caisse-diagnostic.json"), tr("JSON files (*.json)"));
        if (!path.isEmpty())
            exportBundle(path);
    });
    connect(m_usePrinterPushButton, &QPushButton::clicked, this, [this] { assignSelected(true); });
    connect(m_useScannerPushButton, &QPushButton::clicked, this, [this] { assignSelected(false); });
    connect(&m_watch, &QTimer::timeout, this, &HardwareDoctorDialog::watchConnections);
    m_watchClock.start();
    m_watch.start(1'000);
    const DeviceConfiguration devices(m_settings);
    m_assignedLabel->setText(
        tr("Receipt printer: %1. Scanner: %2.").arg(devices.describeReceiptPrinter(), devices.describeScanner()));
    showDevices(m_lister());
}

void HardwareDoctorDialog::setDeviceLister(DeviceLister lister, int watchIntervalMs)
{
    m_lister = std::move(lister);
    m_watch.start(watchIntervalMs);
    showDevices(m_lister());
}

void HardwareDoctorDialog::watchConnections()
{
    const auto devices = m_lister();
    if (!devices)
        return;
    static const QString receiptPrinter = QStringLiteral("receipt-printer");
    QSet<QString> present;
    for (const UsbDeviceInfo& device : *devices)
        present.insert(device.id());
    QSet<QString> shown;
    for (const UsbDeviceInfo& device : std::as_const(m_devices))
        shown.insert(device.id());
    if (present != shown)
        showDevices(devices);
    // A network or serial printer that keeps dropping out is the same complaint as a USB one.
    if (m_spooler && m_spooler->status().reachable)
        present.insert(receiptPrinter);
    m_history.observe(present, m_watchClock.elapsed());
    QStringList sentences;
    for (const auto& [id, count] : m_history.unstable(m_watchClock.elapsed())) {
        const QString maker = UsbDevices::vendorName(id.left(4).toUShort(nullptr, 16));
        const QString who = id == receiptPrinter ? tr("The receipt printer")
            : maker.isEmpty()                    ? id
                                                 : QStringLiteral("%1 (%2)").arg(maker, id);
        sentences << tr("%1 disconnected %n time(s) in the last two minutes: it connects and disconnects in a loop. "
                        "Try another USB cable and port, avoid unpowered hubs, check its power supply, and turn off "
                        "USB power saving (autosuspend) for it.",
                        nullptr, count)
                         .arg(who);
    }
    m_unstableLabel->setText(sentences.join(u'\n'));
    m_unstableLabel->setVisible(!sentences.isEmpty());
}

void HardwareDoctorDialog::assignSelected(bool asPrinter)
{
    const QList<QTableWidgetItem*> selected = m_devicesTableWidget->selectedItems();
    const QTableWidgetItem* first
        = selected.isEmpty() ? nullptr : m_devicesTableWidget->item(selected.first()->row(), 0);
    const QString address = first ? first->data(Qt::UserRole).toString() : QString();
    if (address.isEmpty()) {
        m_assignedLabel->setText(tr("Select a device in the list first."));
        return;
    }
    const bool serial = first->data(Qt::UserRole + 1).toBool();
    const auto connection = serial ? DeviceConfiguration::Connection::Serial : DeviceConfiguration::Connection::Usb;
    DeviceConfiguration devices(m_settings);
    const auto assigned = asPrinter ? devices.assignReceiptPrinter(connection, address, m_serialLineEdit->text())
                                    : devices.assignScanner(connection, address, m_serialLineEdit->text());
    if (!assigned) {
        m_assignedLabel->setText(assigned.error().message);
        return;
    }
    m_assignedLabel->setText(tr("Receipt printer: %1. Scanner: %2. The change takes effect when the register is "
                                "started again.")
                                 .arg(devices.describeReceiptPrinter(), devices.describeScanner()));
}

bool HardwareDoctorDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_scannerLineEdit || event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Tab) {
        judgeScan(key->key() == Qt::Key_Tab ? tr("Tab") : tr("Enter"));
        return true;
    }
    if (!key->text().isEmpty()) {
        m_keyTimes.append(m_keyClock.elapsed());
        // A burst with no suffix is judged once the scanner has gone quiet.
        QTimer::singleShot(300, this, [this, count = m_keyTimes.size()] {
            if (m_keyTimes.size() == count)
                judgeScan({});
        });
    }
    return false;
}

void HardwareDoctorDialog::judgeScan(const QString& terminator)
{
    const QString text = m_scannerLineEdit->text();
    const QList<qint64> times = std::exchange(m_keyTimes, {});
    m_scannerLineEdit->clear();
    if (text.isEmpty())
        return;
    qint64 longestGap = 0;
    for (qsizetype i = 1; i < times.size(); ++i)
        longestGap = std::max(longestGap, times[i] - times[i - 1]);
    const qint64 span = times.size() > 1 ? times.last() - times.first() : 0;
    const WedgeScanDetector::Settings scanner;
    QString verdict;
    if (longestGap > scanner.maxGapMs)
        verdict = tr("typed by hand, or a scanner far too slow for the register to tell it from typing");
    else if (terminator.isEmpty())
        verdict = tr("a scanner with no suffix: set its suffix to Enter (CR) with the setup code of its manual");
    else if (WedgeScanDetector::digitsFromAzertyRow(text))
        verdict = tr("a scanner set for a QWERTY keyboard: set it to French (AZERTY) or USB HID");
    else
        verdict = tr("a scanner, ready");
    m_scansPlainTextEdit->appendPlainText(tr("\"%1\": %n character(s) in %2 ms, longest gap %3 ms, suffix %4: %5.",
                                             nullptr, static_cast<int>(text.size()))
                                              .arg(text)
                                              .arg(span)
                                              .arg(longestGap)
                                              .arg(terminator.isEmpty() ? tr("none") : terminator, verdict));
}

void HardwareDoctorDialog::showDevices(const Result<QList<UsbDeviceInfo>>& devices)
{
    m_devicesTableWidget->setRowCount(0);
    m_devices = devices.value_or(QList<UsbDeviceInfo>());
    m_usbError = devices ? QString() : devices.error().message;
    const QList<SerialPortInfo> ports = DeviceConfiguration::serialPorts();
    if (m_devices.isEmpty()) {
        // "The printer is not detected" is the first complaint: say what to look at.
        m_devicesTableWidget->insertRow(0);
        m_devicesTableWidget->setItem(
            0, 3,
            new QTableWidgetItem(tr("No USB device is visible: check the cables and power, and on a virtual machine "
                                    "that the USB devices are passed through to it.")));
    }
    const auto addRow = [this](const QStringList& cells, const QString& address, bool serial) {
        const int row = m_devicesTableWidget->rowCount();
        m_devicesTableWidget->insertRow(row);
        for (int column = 0; column < cells.size(); ++column)
            m_devicesTableWidget->setItem(row, column, new QTableWidgetItem(cells[column]));
        m_devicesTableWidget->item(row, 0)->setData(Qt::UserRole, address);
        m_devicesTableWidget->item(row, 0)->setData(Qt::UserRole + 1, serial);
    };
    for (const UsbDeviceInfo& device : std::as_const(m_devices))
        addRow({device.id(), device.vendorName, device.product, device.verdict()}, device.id(), false);
    for (const SerialPortInfo& port : ports)
        addRow({port.portName, port.usbId, port.description,
                tr("Serial port: a printer, scanner or display set to the serial settings below.")},
               port.portName, true);
    m_devicesTableWidget->resizeColumnToContents(0);
}

void HardwareDoctorDialog::showPrinterStatus(const PrinterStatus& status)
{
    m_printerLabel->setText(
        tr("%1, profile %2. %3")
            .arg(DeviceConfiguration(m_settings).describeReceiptPrinter(), m_profile.name, status.describe()));
}

void HardwareDoctorDialog::print(const QByteArray& job)
{
    m_spooler->submit(job, {}, 0, [this](const QString& reason) { m_printerLabel->setText(reason); });
}

Result<void> HardwareDoctorDialog::exportBundle(const QString& path)
{
    QJsonArray devices;
    for (const UsbDeviceInfo& device : std::as_const(m_devices))
        devices.append(QJsonObject {{QStringLiteral("id"), device.id()},
                                    {QStringLiteral("vendor"), device.vendorName},
                                    {QStringLiteral("product"), device.product},
                                    {QStringLiteral("bus"), device.bus},
                                    {QStringLiteral("address"), device.address},
                                    {QStringLiteral("printer_class"), device.printerClass},
                                    {QStringLiteral("hid"), device.hid},
                                    {QStringLiteral("serial"), device.serial},
                                    {QStringLiteral("vendor_specific"), device.vendorSpecific},
                                    {QStringLiteral("accessible"), device.accessible},
                                    {QStringLiteral("verdict"), device.verdict()}});
    QJsonObject settings;
    for (const QString& key :
         {QStringLiteral("register_id"), QStringLiteral("printer_host"), QStringLiteral("printer_port"),
          QStringLiteral("printer_usb"), QStringLiteral("printer_serial"), QStringLiteral("printer_serial_line"),
          QStringLiteral("printer_device"), QStringLiteral("scanner_hid"), QStringLiteral("scanner_serial"),
          QStringLiteral("scanner_serial_line"), QStringLiteral("printer_profile"), QStringLiteral("terminal_host"),
          QStringLiteral("terminal_port"), QStringLiteral("currency"), QStringLiteral("shop_name")})
        settings.insert(key, m_settings.value(key));
    const QJsonObject bundle {
        {QStringLiteral("software"), QStringLiteral("Caisse %1").arg(QStringLiteral(CAISSE_VERSION))},
        {QStringLiteral("time"), m_clock.nowUtc().toString(Qt::ISODate)},
        {QStringLiteral("usb_devices"), devices},
        {QStringLiteral("usb_error"), m_usbError},
        {QStringLiteral("unstable_connections"), m_unstableLabel->text()},
        {QStringLiteral("printer_status"), m_spooler ? m_spooler->status().describe() : QString()},
        {QStringLiteral("receipts_waiting"), m_queue.waiting().value_or(-1)},
        // Only the settings a technician needs: never secrets, keys or PINs.
        {QStringLiteral("settings"), settings}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(bundle).toJson()) < 0 || !file.commit())
        return failure(Error::Code::Storage,
                       tr("The diagnostic file could not be written: %1").arg(file.errorString()));
    return {};
}

} // namespace caisse
