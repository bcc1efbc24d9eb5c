// The technician's hardware doctor: plain-word verdicts on USB devices, a test print and a drawer kick through the
// (virtual) printer, and a diagnostic file without secrets.
#include "VirtualPrinter.h"
#include "base/SystemClock.h"
#include "device/UsbDevices.h"
#include "printer/NetworkPrinter.h"
#include "printer/UsbPrinter.h"
#include "setup/DeviceConfiguration.h"
#include "storage/Database.h"
#include "support/ResultCheck.h"
#include "technician/HardwareDoctorDialog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace caisse;

class TestHardwareDoctor : public QObject
{
    Q_OBJECT

private slots:
    void verdictsSayWhatToDo();
    void testPrintDrawerAndDiagnosticFile();
    void scannerCheckShowsSpeedAndSuffix();
    void connectDisconnectLoopIsNamed();
    void deviceAssignedToARole();
};

void TestHardwareDoctor::verdictsSayWhatToDo()
{
    UsbDeviceInfo printer;
    printer.vendorId = 0x04b8;
    printer.productId = 0x0202;
    printer.vendorName = UsbDevices::vendorName(printer.vendorId);
    printer.printerClass = true;
    QCOMPARE(printer.id(), QStringLiteral("04b8:0202"));
    QVERIFY2(printer.verdict().contains(QStringLiteral("Epson")) && printer.verdict().contains(QStringLiteral("udev")),
             qPrintable(printer.verdict()));
    printer.accessible = true;
    QVERIFY(printer.verdict().contains(QStringLiteral("ready")));
    UsbDeviceInfo comPort;
    comPort.vendorId = 0x0416;
    comPort.serial = true;
    QVERIFY(comPort.verdict().contains(QStringLiteral("virtual COM")));
    UsbDeviceInfo vendorMode;
    vendorMode.vendorId = 0x04b8;
    vendorMode.vendorName = UsbDevices::vendorName(vendorMode.vendorId);
    vendorMode.vendorSpecific = true;
    QVERIFY2(vendorMode.verdict().contains(QStringLiteral("USB printer class")), qPrintable(vendorMode.verdict()));
    QVERIFY_RESULT(UsbDevices::list()); // whatever this machine has, listing it works
}

void TestHardwareDoctor::testPrintDrawerAndDiagnosticFile()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("caisse.db"))).value();
    SystemClock clock;
    Settings settings(*db);
    VirtualPrinter printer;
    QVERIFY(printer.listen());
    QVERIFY_RESULT(settings.setValue(QStringLiteral("printer_host"), QStringLiteral("127.0.0.1")));
    QVERIFY_RESULT(settings.setValue(QStringLiteral("printer_port"), QString::number(printer.port())));
    QVERIFY_RESULT(settings.setValue(QStringLiteral("secret:store-api-token"), QStringLiteral("sealed-XYZ")));
    auto writer = DatabaseWriter::open(db->path()).value();
    PrintQueue queue(*db, *writer, clock);
    NetworkPrinter device(QStringLiteral("127.0.0.1"), printer.port());
    QVERIFY_RESULT(device.start());
    PrintSpooler spooler(queue, device);
    HardwareDoctorDialog doctor(settings, clock, queue, &spooler, PrinterProfile::epson());
    doctor.show();

    QTest::mouseClick(doctor.findChild<QPushButton*>(QStringLiteral("testPrintPushButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(printer.receipts().size(), 1, 5'000);
    QVERIFY(printer.receipts().first().lines.contains(QStringLiteral("éèêàâçùôîÉ € œ « »")));
    QTest::mouseClick(doctor.findChild<QPushButton*>(QStringLiteral("openDrawerPushButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(printer.drawerKicks(), 1, 5'000);
    QTRY_VERIFY(doctor.findChild<QLabel*>(QStringLiteral("printerLabel"))->text().contains(QStringLiteral("ready")));

    const QString path = dir.filePath(QStringLiteral("diagnostic.json"));
    QVERIFY_RESULT(doctor.exportBundle(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QJsonObject bundle = QJsonDocument::fromJson(bytes).object();
    QVERIFY(bundle.value(QStringLiteral("usb_devices")).isArray());
    QCOMPARE(bundle.value(QStringLiteral("settings")).toObject().value(QStringLiteral("printer_port")).toString(),
             QString::number(printer.port()));
    QVERIFY(bundle.value(QStringLiteral("printer_status")).toString().contains(QStringLiteral("ready")));
    QVERIFY(!bytes.contains("sealed-XYZ"));
    QVERIFY(!bytes.contains("secret"));
}

void TestHardwareDoctor::scannerCheckShowsSpeedAndSuffix()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("caisse.db"))).value();
    SystemClock clock;
    Settings settings(*db);
    auto writer = DatabaseWriter::open(db->path()).value();
    PrintQueue queue(*db, *writer, clock);
    HardwareDoctorDialog doctor(settings, clock, queue, nullptr, PrinterProfile::epson());
    doctor.show();
    auto* field = doctor.findChild<QLineEdit*>(QStringLiteral("scannerLineEdit"));
    auto* scans = doctor.findChild<QPlainTextEdit*>(QStringLiteral("scansPlainTextEdit"));

    // A scanner's burst with Enter.
    QTest::keyClicks(field, QStringLiteral("3760001000016"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY2(scans->toPlainText().contains(QStringLiteral("13 character(s)"))
                 && scans->toPlainText().contains(QStringLiteral("suffix Enter: a scanner, ready")),
             qPrintable(scans->toPlainText()));
    // A burst with no suffix: the technician is told what to set.
    QTest::keyClicks(field, QStringLiteral("96385074"));
    QTRY_VERIFY(scans->toPlainText().contains(QStringLiteral("no suffix")));
}

void TestHardwareDoctor::connectDisconnectLoopIsNamed()
{
    ConnectionHistory history;
    history.observe({QStringLiteral("04b8:0202")}, 0);
    history.observe({}, 1'000);
    history.observe({QStringLiteral("04b8:0202")}, 2'000);
    history.observe({}, 3'000);
    QVERIFY(history.unstable(3'000).isEmpty()); // twice: a technician replugging it
    history.observe({QStringLiteral("04b8:0202")}, 4'000);
    history.observe({}, 5'000);
    QCOMPARE(history.unstable(5'000), (QList<std::pair<QString, int>> {{QStringLiteral("04b8:0202"), 3}}));
    QVERIFY(history.unstable(5'000 + ConnectionHistory::windowMs).isEmpty()); // calm for two minutes

    // In the doctor: an Epson printer on a bad cable, seen at each look.
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("caisse.db"))).value();
    SystemClock clock;
    Settings settings(*db);
    auto writer = DatabaseWriter::open(db->path()).value();
    PrintQueue queue(*db, *writer, clock);
    HardwareDoctorDialog doctor(settings, clock, queue, nullptr, PrinterProfile::epson());
    UsbDeviceInfo epson;
    epson.vendorId = 0x04b8;
    epson.productId = 0x0202;
    epson.vendorName = UsbDevices::vendorName(epson.vendorId);
    epson.printerClass = true;
    int look = 0;
    doctor.setDeviceLister(
        [&]() -> Result<QList<UsbDeviceInfo>> {
            return ++look % 2 == 0 ? QList<UsbDeviceInfo> {} : QList<UsbDeviceInfo> {epson};
        },
        10);
    auto* unstable = doctor.findChild<QLabel*>(QStringLiteral("unstableLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(unstable->text().contains(QStringLiteral("Epson (04b8:0202)")), 5'000);
    QVERIFY(unstable->text().contains(QStringLiteral("in a loop")));
    QVERIFY(unstable->text().contains(QStringLiteral("cable")));
}

void TestHardwareDoctor::deviceAssignedToARole()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("caisse.db"))).value();
    SystemClock clock;
    Settings settings(*db);
    QVERIFY_RESULT(settings.setValue(QStringLiteral("printer_host"), QStringLiteral("192.168.1.50")));
    auto writer = DatabaseWriter::open(db->path()).value();
    PrintQueue queue(*db, *writer, clock);
    HardwareDoctorDialog doctor(settings, clock, queue, nullptr, PrinterProfile::epson());
    UsbDeviceInfo epson;
    epson.vendorId = 0x04b8;
    epson.productId = 0x0e28;
    epson.printerClass = true;
    UsbDeviceInfo honeywell;
    honeywell.vendorId = 0x0c2e;
    honeywell.productId = 0x0b8f;
    honeywell.hid = true;
    doctor.setDeviceLister(
        [&]() -> Result<QList<UsbDeviceInfo>> {
            return QList<UsbDeviceInfo> {epson, honeywell};
        },
        1'000);
    auto* table = doctor.findChild<QTableWidget*>(QStringLiteral("devicesTableWidget"));
    auto* label = doctor.findChild<QLabel*>(QStringLiteral("assignedLabel"));
    QVERIFY(label->text().contains(QStringLiteral("192.168.1.50")));

    // Nothing selected: told to select.
    QTest::mouseClick(doctor.findChild<QPushButton*>(QStringLiteral("usePrinterPushButton")), Qt::LeftButton);
    QVERIFY(label->text().contains(QStringLiteral("Select")));

    table->selectRow(0);
    QTest::mouseClick(doctor.findChild<QPushButton*>(QStringLiteral("usePrinterPushButton")), Qt::LeftButton);
    table->selectRow(1);
    QTest::mouseClick(doctor.findChild<QPushButton*>(QStringLiteral("useScannerPushButton")), Qt::LeftButton);
    QVERIFY2(label->text().contains(QStringLiteral("USB printer 04b8:0e28"))
                 && label->text().contains(QStringLiteral("HID POS scanner 0c2e:0b8f")),
             qPrintable(label->text()));
    // The register starts with them: the network printer set before is replaced, not kept beside.
    QCOMPARE(settings.value(QStringLiteral("printer_usb")), QStringLiteral("04b8:0e28"));
    QCOMPARE(settings.value(QStringLiteral("printer_host")), QString());
    QCOMPARE(settings.value(QStringLiteral("scanner_hid")), QStringLiteral("0c2e:0b8f"));
    QVERIFY(dynamic_cast<UsbPrinter*>(DeviceConfiguration(settings).receiptPrinter().get()));
}

QTEST_MAIN(TestHardwareDoctor)
#include "TestHardwareDoctor.moc"
