// Scanners that are not keyboards: serial (virtual COM) and USB HID POS. Each label reaches the register once, with
// its symbology when the scanner sends it; a scanner unplugged and plugged back in is a status, then works again.
#include "printer/UsbPrinter.h"
#include "scanner/HidPosScanner.h"
#include "scanner/SerialScanner.h"
#include "support/ResultCheck.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <pty.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

using namespace caisse;

namespace {

/** One 64-byte HID POS scanned-data report. */
QByteArray hidPosReport(const QByteArray& aim, const QByteArray& part, bool moreFollows)
{
    QByteArray report(HidPosReports::reportSize, '\0');
    report[0] = 0x02;
    report[1] = static_cast<char>(part.size());
    report.replace(2, 3, aim);
    report.replace(5, part.size(), part);
    report[HidPosReports::reportSize - 1] = moreFollows ? 1 : 0;
    return report;
}

void writeAll(int fd, const QByteArray& bytes)
{
    QCOMPARE(::write(fd, bytes.constData(), static_cast<size_t>(bytes.size())), bytes.size());
}

} // namespace

class TestScanners : public QObject
{
    Q_OBJECT

private slots:
    void serialLineAsTechniciansWriteIt();
    void serialScannerGivesEachLabelOnce();
    void hidPosReportsMakeLabels();
    void hidPosScannerUnpluggedThenBack();
    void usbPrinterEndpointsComeFromTheDescriptor();
    void absentUsbPrinterIsAStatus();
};

void TestScanners::serialLineAsTechniciansWriteIt()
{
    const auto plain = SerialLine::parse(u"9600 8N1");
    QVERIFY(plain.has_value());
    QCOMPARE(*plain, SerialLine {});
    const auto flow = SerialLine::parse(u"19200 7e2 rtscts");
    QVERIFY(flow.has_value());
    QCOMPARE(flow->baudRate, 19200);
    QCOMPARE(flow->dataBits, 7);
    QCOMPARE(flow->parity, 'E');
    QCOMPARE(flow->stopBits, 2);
    QCOMPARE(flow->flow, SerialLine::Flow::RtsCts);
    QCOMPARE(flow->toString(), QStringLiteral("19200 7E2 rtscts"));
    QVERIFY(!SerialLine::parse(u"fast").has_value());
    QVERIFY(!SerialLine::parse(u"9600 9N1").has_value());
}

void TestScanners::serialScannerGivesEachLabelOnce()
{
    int scannerEnd = -1;
    int registerEnd = -1;
    char name[128] = {};
    QCOMPARE(::openpty(&scannerEnd, &registerEnd, name, nullptr, nullptr), 0);
    SerialScanner scanner(QString::fromLocal8Bit(name), *SerialLine::parse(u"9600 8N1"));
    QSignalSpy status(&scanner, &BarcodeScanner::statusChanged);
    QSignalSpy data(&scanner, &BarcodeScanner::dataReceived);
    QVERIFY_RESULT(scanner.start());
    QTRY_VERIFY_WITH_TIMEOUT(scanner.connected(), 5'000);

    // CR LF, CR alone, an AIM identifier in front, and a label split across two reads.
    writeAll(scannerEnd, "3017620422003\r\n");
    writeAll(scannerEnd, "]E04006381333931\r");
    writeAll(scannerEnd, "96385");
    QTRY_COMPARE_WITH_TIMEOUT(data.size(), 2, 5'000);
    writeAll(scannerEnd, "074\n");
    QTRY_COMPARE_WITH_TIMEOUT(data.size(), 3, 5'000);
    QCOMPARE(data.at(0).first().value<ScanData>().label, QStringLiteral("3017620422003"));
    QCOMPARE(data.at(1).first().value<ScanData>().label, QStringLiteral("4006381333931"));
    QCOMPARE(data.at(1).first().value<ScanData>().symbology, QStringLiteral("]E0"));
    QCOMPARE(data.at(2).first().value<ScanData>().label, QStringLiteral("96385074"));
    QCOMPARE(status.size(), 1);
    ::close(scannerEnd);
    ::close(registerEnd);
}

void TestScanners::hidPosReportsMakeLabels()
{
    HidPosReports reports;
    const QList<ScanData> one = reports.feed(hidPosReport("]E0", "3017620422003", false));
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().label, QStringLiteral("3017620422003"));
    QCOMPARE(one.first().symbology, QStringLiteral("]E0"));

    // A GS1 DataMatrix longer than one report, arriving with a keyboard report (id 1) in between and in odd pieces.
    const QByteArray first = QByteArray("0103453120000011").append('\x1d').append("17290101102023A");
    const QByteArray second("BC42");
    QByteArray keyboard(HidPosReports::reportSize, '\0');
    keyboard[0] = 0x01;
    const QByteArray stream = hidPosReport("]d2", first, true) + keyboard + hidPosReport("]d2", second, false);
    QVERIFY(reports.feed(stream.left(70)).isEmpty());
    const QList<ScanData> long_ = reports.feed(stream.mid(70));
    QCOMPARE(long_.size(), 1);
    QCOMPARE(long_.first().label, QString::fromLatin1(first + second));
    QCOMPARE(long_.first().symbology, QStringLiteral("]d2"));
}

void TestScanners::hidPosScannerUnpluggedThenBack()
{
    // A system as the scanner shows in it: /sys/class/hidraw/hidraw3 for 0c2e:0b8f with the POS usage page, beside a
    // keyboard interface of the same scanner; its /dev node is a pipe the test writes reports into.
    QTemporaryDir root;
    const QString sys = root.filePath(QStringLiteral("sys"));
    const QString dev = root.filePath(QStringLiteral("dev"));
    QVERIFY(QDir().mkpath(dev));
    const auto describe = [&](const QString& node, const QByteArray& descriptor) {
        const QString dir = sys + QStringLiteral("/class/hidraw/") + node + QStringLiteral("/device");
        QVERIFY(QDir().mkpath(dir));
        QFile uevent(dir + QStringLiteral("/uevent"));
        QVERIFY(uevent.open(QIODevice::WriteOnly));
        uevent.write("DRIVER=hid-generic\nHID_ID=0003:00000C2E:00000B8F\nHID_NAME=Honeywell 1400g\n");
        QFile items(dir + QStringLiteral("/report_descriptor"));
        QVERIFY(items.open(QIODevice::WriteOnly));
        items.write(descriptor);
    };
    describe(QStringLiteral("hidraw2"), QByteArray("\x05\x01\x09\x06\xa1\x01", 6)); // keyboard
    const QByteArray posDescriptor("\x06\x8c\x00\x09\x02\xa1\x01", 7);
    describe(QStringLiteral("hidraw3"), posDescriptor);
    QCOMPARE(HidPosScanner::findNode(sys, 0x0c2e, 0x0b8f), std::optional(QStringLiteral("hidraw3")));
    QCOMPARE(HidPosScanner::findNode(sys, 0x0c2e, 0x0001), std::nullopt);

    const QByteArray node = QFile::encodeName(dev + QStringLiteral("/hidraw3"));
    QCOMPARE(::mkfifo(node.constData(), 0600), 0);
    int plug = ::open(node.constData(), O_RDWR | O_NONBLOCK);
    QVERIFY(plug >= 0);

    HidPosScanner scanner(QStringLiteral("0c2e:0b8f"));
    scanner.setSystemRoots(sys, dev);
    scanner.setReconnectIntervalMs(20);
    QSignalSpy status(&scanner, &BarcodeScanner::statusChanged);
    QSignalSpy data(&scanner, &BarcodeScanner::dataReceived);
    QVERIFY_RESULT(scanner.start());
    QTRY_VERIFY_WITH_TIMEOUT(scanner.connected(), 5'000);
    writeAll(plug, hidPosReport("]E0", "3017620422003", false));
    QTRY_COMPARE_WITH_TIMEOUT(data.size(), 1, 5'000);

    // Unplugged: the kernel removes the node's description and the device ends.
    QVERIFY(QDir(sys + QStringLiteral("/class/hidraw/hidraw3")).removeRecursively());
    ::close(plug);
    QTRY_VERIFY_WITH_TIMEOUT(!scanner.connected(), 5'000);
    QVERIFY(status.last().at(1).toString().contains(QStringLiteral("disconnected")));

    // Plugged back in: found again, and scans reach the register without a restart.
    plug = ::open(node.constData(), O_RDWR | O_NONBLOCK);
    QVERIFY(plug >= 0);
    describe(QStringLiteral("hidraw3"), posDescriptor);
    QTRY_VERIFY_WITH_TIMEOUT(scanner.connected(), 5'000);
    writeAll(plug, hidPosReport("]E0", "4006381333931", false));
    QTRY_COMPARE_WITH_TIMEOUT(data.size(), 2, 5'000);
    QCOMPARE(data.last().first().value<ScanData>().label, QStringLiteral("4006381333931"));
    ::close(plug);
}

void TestScanners::usbPrinterEndpointsComeFromTheDescriptor()
{
    // A printer with a vendor-specific interface first, then the printer class with OUT 0x03 and IN 0x84: not the
    // 0x01 / 0x82 some libraries assume.
    const QList<UsbInterfaceDescription> twoInterfaces {
        {0, 0, 0xff, {0x01, 0x82}},
        {1, 0, 0x07, {0x84, 0x03}},
    };
    const auto chosen = UsbPrinter::chooseEndpoints(twoInterfaces);
    QVERIFY(chosen.has_value());
    QCOMPARE(chosen->interfaceNumber, 1);
    QCOMPARE(chosen->out, quint8(0x03));
    QCOMPARE(chosen->in, std::optional<quint8>(0x84));
    // One-way printer: prints, without status.
    const auto oneWay = UsbPrinter::chooseEndpoints({{0, 0, 0x07, {0x02}}});
    QVERIFY(oneWay.has_value());
    QCOMPARE(oneWay->in, std::nullopt);
    // No printer class: a scanner, or a printer in a vendor mode.
    QCOMPARE(UsbPrinter::chooseEndpoints({{0, 0, 0xff, {0x01, 0x82}}}).has_value(), false);
}

void TestScanners::absentUsbPrinterIsAStatus()
{
    UsbPrinter printer(0xffff, 0xfffe);
    printer.setReplyTimeoutMs(2'000);
    QVERIFY_RESULT(printer.start());
    QSignalSpy failed(&printer, &ReceiptPrinter::outputFailed);
    printer.print(1, QByteArray("\x1b@"));
    QVERIFY(failed.wait(5'000));
    QVERIFY(!failed.first().at(1).value<PrinterStatus>().reachable);
}

QTEST_MAIN(TestScanners)
#include "TestScanners.moc"
