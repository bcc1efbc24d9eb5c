// The technician's hardware doctor: plain-word verdicts on USB devices, a test print and a drawer kick through the
// (virtual) printer, and a diagnostic file without secrets.
#include "Database.h"
#include "HardwareDoctorDialog.h"
#include "NetworkPrinter.h"
#include "ResultCheck.h"
#include "UsbDevices.h"
#include "VirtualPrinter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
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
    PrintQueue queue(*db, clock);
    NetworkPrinter device(QStringLiteral("127.0.0.1"), printer.port());
    QVERIFY_RESULT(device.start());
    PrintSpooler spooler(queue, device);
    HardwareDoctorDialog doctor(settings, queue, &spooler, PrinterProfile::epson());
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
    PrintQueue queue(*db, clock);
    HardwareDoctorDialog doctor(settings, queue, nullptr, PrinterProfile::epson());
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

QTEST_MAIN(TestHardwareDoctor)
#include "TestHardwareDoctor.moc"
