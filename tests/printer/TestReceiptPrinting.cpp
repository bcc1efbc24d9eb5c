// Receipts as ESC/POS bytes (golden files), rendered by the virtual printer (golden image), and a print queue that
// loses nothing when the paper runs out or the printer is unplugged.
#include "VirtualPrinter.h"
#include "base/SystemClock.h"
#include "printer/DevicePrinter.h"
#include "printer/EscPosEncoder.h"
#include "printer/NetworkPrinter.h"
#include "printer/PrintSpooler.h"
#include "printer/ReceiptLayout.h"
#include "printer/SerialPrinter.h"
#include "sale/PrintQueue.h"
#include "storage/Database.h"
#include "support/QrReader.h"
#include "support/ResultCheck.h"

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTest>

#include <pty.h>
#include <termios.h>
#include <unistd.h>

using namespace caisse;

class TestReceiptPrinting : public QObject
{
    Q_OBJECT

private slots:
    void knownTicketGivesTheGoldenBytes_data();
    void knownTicketGivesTheGoldenBytes();
    void frenchTextInEachCodePage();
    void virtualPrinterRendersTheReceipt();
    void paperOutInTheMiddleOfTheQueueLosesNothing();
    void unpluggedPrinterIsAStatusNotACrash();
    void printerFollowsTheDeviceLifeCycle();
    void printerBehindADeviceFile_data();
    void printerBehindADeviceFile();
    void printerInAnotherEmulationIsNamed_data();
    void printerInAnotherEmulationIsNamed();

private:
    static CommittedTicket knownTicket();
    static ShopIdentity shop();
    static QByteArray golden(const QString& name, const QByteArray& actual);
};

CommittedTicket TestReceiptPrinting::knownTicket()
{
    Ticket ticket;
    TicketLine bread;
    bread.sku = QStringLiteral("A1");
    bread.label = QStringLiteral("Pain de campagne");
    bread.quantityMilli = 2000;
    bread.unitPriceMinor = 399;
    bread.vatRateMilliPercent = 5500;
    TicketLine bowl = bread;
    bowl.sku = QStringLiteral("B2");
    bowl.label = QStringLiteral("Bol céramique « Œuvre »");
    bowl.quantityMilli = 1000;
    bowl.unitPriceMinor = 1250;
    bowl.vatRateMilliPercent = 20000;
    ticket.addLine(bread).value();
    ticket.addLine(bowl).value();
    ticket.payCash(3000).value();
    CommittedTicket committed;
    committed.uuid = QStringLiteral("6f1c2d3e-0000-4000-8000-000000000042");
    committed.registerId = QStringLiteral("R01");
    committed.number = 42;
    committed.occurredAt = QDateTime(QDate(2026, 11, 23), QTime(9, 41), Qt::UTC);
    committed.operatorName = QStringLiteral("Camille");
    committed.ticket = ticket;
    committed.totals = ticket.totals();
    committed.journalSignature = QByteArray::fromHex("a1b2c3d4e5f60718293a4b5c6d7e8f90");
    return committed;
}

ShopIdentity TestReceiptPrinting::shop()
{
    return {QStringLiteral("Épicerie du Marché"), QStringLiteral("12 rue des Halles, 69001 Lyon"),
            QStringLiteral("123 456 789 00012"), QStringLiteral("FR 32 123456789"), QStringLiteral("Merci !")};
}

QByteArray TestReceiptPrinting::golden(const QString& name, const QByteArray& actual)
{
    // POS_UPDATE_GOLDEN=1 rewrites the files after a deliberate change of layout; look at them before committing.
    const QString path = QStringLiteral(POS_TEST_DATA_DIR "/escpos/") + name;
    if (qEnvironmentVariableIsSet("POS_UPDATE_GOLDEN")) {
        QFile out(path);
        if (out.open(QIODevice::WriteOnly))
            out.write(actual);
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestReceiptPrinting::knownTicketGivesTheGoldenBytes_data()
{
    QTest::addColumn<QString>("profile");
    QTest::newRow("epson") << QStringLiteral("epson");
    QTest::newRow("cp858") << QStringLiteral("cp858");
}

void TestReceiptPrinting::knownTicketGivesTheGoldenBytes()
{
    QFETCH(QString, profile);
    const QByteArray bytes = ReceiptLayout::encode(knownTicket(), shop(), QLocale(QLocale::French, QLocale::France),
                                                   *PrinterProfile::byName(profile));
    QCOMPARE(bytes, golden(QStringLiteral("ticket-42-%1.bin").arg(profile), bytes));
}

void TestReceiptPrinting::frenchTextInEachCodePage()
{
    const QString text = QStringLiteral("é è à ç ù € œ");
    QCOMPARE(EscPosEncoder(PrinterProfile::epson()).text(text).bytes(),
             QByteArray("\xE9 \xE8 \xE0 \xE7 \xF9 \x80 \x9C"));
    QCOMPARE(EscPosEncoder(PrinterProfile::cp858()).text(text).bytes(), QByteArray("\x82 \x8A \x85 \x87 \x97 \xD5 oe"));
}

void TestReceiptPrinting::virtualPrinterRendersTheReceipt()
{
    const CommittedTicket ticket = knownTicket();
    VirtualPrinter printer;
    QVERIFY(printer
                .feed(ReceiptLayout::encode(ticket, shop(), QLocale(QLocale::French, QLocale::France),
                                            PrinterProfile::cp858()))
                .isEmpty());
    QCOMPARE(printer.receipts().size(), 1);
    const VirtualPrinter::Receipt& receipt = printer.receipts().first();
    const QString text = receipt.lines.join(u'\n');
    QVERIFY2(text.contains(QStringLiteral("Épicerie du Marché")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Bol céramique « OEuvre »")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("20,48\u00A0€")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Ticket 42")));
    QCOMPARE(receipt.qrCodes, QList<QByteArray> {ReceiptText::qrReference(ticket).toLatin1()});
    // The code on paper is a real one: a scanner reads the ticket's reference back from the picture.
    QCOMPARE(test::readQrCodes(receipt.image), QStringList {ReceiptText::qrReference(ticket)});

    // The picture a cashier would hold, against the one looked at when the layout was made (fonts may differ a
    // little between machines: up to 1 % of the pixels).
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        receipt.image.save(&buffer, "PNG");
    }
    QImage expected = QImage::fromData(golden(QStringLiteral("ticket-42-cp858.png"), png));
    QVERIFY(!expected.isNull());
    expected = expected.convertToFormat(QImage::Format_Grayscale8);
    QCOMPARE(receipt.image.size(), expected.size());
    qint64 differing = 0;
    for (int y = 0; y < expected.height(); ++y) {
        const uchar* a = receipt.image.constScanLine(y);
        const uchar* b = expected.constScanLine(y);
        for (int x = 0; x < expected.width(); ++x)
            differing += std::abs(a[x] - b[x]) > 64 ? 1 : 0;
    }
    QVERIFY2(differing * 100 < qint64(expected.width()) * expected.height(), qPrintable(QString::number(differing)));
}

void TestReceiptPrinting::paperOutInTheMiddleOfTheQueueLosesNothing()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("caisse.db"))).value();
    SystemClock clock;
    auto writer = DatabaseWriter::open(db->path()).value();
    PrintQueue queue(*db, *writer, clock);
    VirtualPrinter printer;
    QVERIFY(printer.listen());
    printer.setPaperLeftForReceipts(1);
    NetworkPrinter device(QStringLiteral("127.0.0.1"), printer.port());
    QVERIFY_RESULT(device.start());
    PrintSpooler spooler(queue, device);
    spooler.setRetryIntervalMs(50);
    QSignalSpy printed(&spooler, &PrintSpooler::printed);
    for (int i = 1; i <= 3; ++i)
        spooler.submit(
            EscPosEncoder(PrinterProfile::epson()).initialise().line(QStringLiteral("Reçu %1").arg(i)).cut().bytes(),
            {}, 0, [](const QString& reason) { QFAIL(qPrintable(reason)); });
    // The roll ends in the second receipt: the cashier is told, the receipt stays in the queue.
    QTRY_VERIFY_WITH_TIMEOUT(spooler.status().paperOut, 5'000);
    QCOMPARE(printed.size(), 1);
    QCOMPARE(printer.receipts().size(), 1);
    QCOMPARE(queue.waiting().value(), 2);
    QVERIFY(spooler.status().describe().contains(QStringLiteral("out of paper")));

    printer.setPaperOut(false);
    QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 3, 5'000);
    QCOMPARE(queue.waiting().value(), 0);
    QStringList texts;
    for (const VirtualPrinter::Receipt& receipt : printer.receipts())
        texts << receipt.lines.first();
    QCOMPARE(texts, (QStringList {QStringLiteral("Reçu 1"), QStringLiteral("Reçu 2"), QStringLiteral("Reçu 3")}));
}

void TestReceiptPrinting::unpluggedPrinterIsAStatusNotACrash()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("caisse.db"))).value();
    SystemClock clock;
    auto writer = DatabaseWriter::open(db->path()).value();
    PrintQueue queue(*db, *writer, clock);
    auto printer = std::make_unique<VirtualPrinter>();
    QVERIFY(printer->listen());
    const quint16 port = printer->port();
    printer.reset(); // unplugged
    NetworkPrinter device(QStringLiteral("127.0.0.1"), port);
    device.setReplyTimeoutMs(500);
    QVERIFY_RESULT(device.start());
    PrintSpooler spooler(queue, device);
    spooler.setRetryIntervalMs(50);
    spooler.submit(EscPosEncoder(PrinterProfile::epson()).initialise().line(QStringLiteral("Reçu")).cut().bytes(), {},
                   0, [](const QString& reason) { QFAIL(qPrintable(reason)); });
    QTRY_COMPARE_WITH_TIMEOUT(queue.waiting().value(), 1, 5'000); // on disk, off the GUI thread
    QTRY_VERIFY_WITH_TIMEOUT(
        !spooler.status().reachable && spooler.status().describe().contains(QStringLiteral("does not answer")), 5'000);
    QCOMPARE(queue.waiting().value(), 1);

    // Plugged back in: the waiting receipt prints.
    printer = std::make_unique<VirtualPrinter>();
    QVERIFY(printer->listen(port));
    QTRY_COMPARE_WITH_TIMEOUT(printer->receipts().size(), 1, 5'000);
    QTRY_COMPARE_WITH_TIMEOUT(queue.waiting().value(), 0, 5'000);
}

void TestReceiptPrinting::printerFollowsTheDeviceLifeCycle()
{
    VirtualPrinter printer;
    QVERIFY(printer.listen());
    NetworkPrinter device(QStringLiteral("127.0.0.1"), printer.port());
    QSignalSpy failed(&device, &ReceiptPrinter::outputFailed);
    QSignalSpy status(&device, &ReceiptPrinter::statusChanged);
    // Not enabled: nothing reaches the printer, the job is reported failed.
    device.print(1, EscPosEncoder(PrinterProfile::epson()).initialise().line(QStringLiteral("Non")).cut().bytes());
    QVERIFY(failed.wait(2'000));
    QVERIFY(!device.claim());
    QCOMPARE(device.state(), PosDevice::State::Closed);

    QVERIFY_RESULT(device.open());
    QVERIFY_RESULT(device.claim());
    QVERIFY_RESULT(device.enable());
    QCOMPARE(device.state(), PosDevice::State::Enabled);
    // Enabling asks the printer how it is.
    QVERIFY(status.wait(2'000));
    QVERIFY(status.last().first().value<PrinterStatus>().canPrint());
    QSignalSpy complete(&device, &ReceiptPrinter::outputComplete);
    device.print(2, EscPosEncoder(PrinterProfile::epson()).initialise().line(QStringLiteral("Oui")).cut().bytes());
    QVERIFY(complete.wait(2'000));
    QCOMPARE(printer.receipts().size(), 1);
    QVERIFY_RESULT(device.close());
    QCOMPARE(device.state(), PosDevice::State::Closed);
}

void TestReceiptPrinting::printerBehindADeviceFile_data()
{
    QTest::addColumn<bool>("serialSettings");
    QTest::newRow("device file") << false;
    QTest::newRow("serial port at 19200 8N1") << true;
}

void TestReceiptPrinting::printerBehindADeviceFile()
{
    // A serial printer: the register writes to the device file of one end of a pseudo-terminal, the virtual printer
    // reads the other end and answers through it.
    QFETCH(bool, serialSettings);
    int printerEnd = -1;
    int registerEnd = -1;
    char name[128] = {};
    QCOMPARE(::openpty(&printerEnd, &registerEnd, name, nullptr, nullptr), 0);
    termios raw {};
    ::tcgetattr(registerEnd, &raw);
    ::cfmakeraw(&raw);
    ::tcsetattr(registerEnd, TCSANOW, &raw);
    VirtualPrinter printer;
    QSocketNotifier notifier(printerEnd, QSocketNotifier::Read);
    connect(&notifier, &QSocketNotifier::activated, &printer, [&] {
        char buffer[4096];
        const ssize_t count = ::read(printerEnd, buffer, sizeof buffer);
        if (count <= 0)
            return;
        const QByteArray answer = printer.feed(QByteArray(buffer, static_cast<qsizetype>(count)));
        if (!answer.isEmpty())
            QCOMPARE(::write(printerEnd, answer.constData(), static_cast<size_t>(answer.size())), answer.size());
    });

    std::unique_ptr<EscPosPrinter> device;
    if (serialSettings)
        device = std::make_unique<SerialPrinter>(QString::fromLocal8Bit(name), *SerialLine::parse(u"19200 8N1"));
    else
        device = std::make_unique<DevicePrinter>(QString::fromLocal8Bit(name));
    QVERIFY_RESULT(device->start());
    QSignalSpy complete(device.get(), &ReceiptPrinter::outputComplete);
    device->print(7,
                  ReceiptLayout::encode(knownTicket(), shop(), QLocale(QLocale::French, QLocale::France),
                                        PrinterProfile::cp858()));
    QVERIFY(complete.wait(5'000));
    QCOMPARE(complete.first().first().toLongLong(), 7);
    QCOMPARE(printer.receipts().size(), 1);
    QVERIFY(printer.receipts().first().lines.join(u'\n').contains(QStringLiteral("Bol céramique")));
    if (serialSettings) {
        termios line {};
        ::tcgetattr(registerEnd, &line);
        QCOMPARE(::cfgetospeed(&line), speed_t(B19200));
    }
    device.reset();
    ::close(registerEnd);
    ::close(printerEnd);

    // A device that is not there: a status the cashier can act on, not a crash.
    DevicePrinter missing(QStringLiteral("/dev/caisse-no-such-printer"));
    QVERIFY_RESULT(missing.start());
    QSignalSpy failed(&missing, &ReceiptPrinter::outputFailed);
    missing.print(8, QByteArray("\x1b@"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5'000);
    QVERIFY(!failed.first().at(1).value<PrinterStatus>().reachable);
}

void TestReceiptPrinting::printerInAnotherEmulationIsNamed_data()
{
    QTest::addColumn<VirtualPrinter::Emulation>("emulation");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("star") << VirtualPrinter::Emulation::Star << QStringLiteral("not in ESC/POS");
    QTest::newRow("label printer") << VirtualPrinter::Emulation::Silent
                                   << QStringLiteral("does not answer ESC/POS status questions");
}

void TestReceiptPrinting::printerInAnotherEmulationIsNamed()
{
    QFETCH(VirtualPrinter::Emulation, emulation);
    QFETCH(QString, verdict);
    VirtualPrinter printer;
    printer.setEmulation(emulation);
    QVERIFY(printer.listen());
    NetworkPrinter device(QStringLiteral("127.0.0.1"), printer.port());
    device.setReplyTimeoutMs(300);
    QVERIFY_RESULT(device.start());
    QSignalSpy failed(&device, &ReceiptPrinter::outputFailed);
    device.print(1, EscPosEncoder(PrinterProfile::epson()).initialise().line(QStringLiteral("Reçu")).cut().bytes());
    QVERIFY(failed.wait(5'000));
    const auto status = failed.first().at(1).value<PrinterStatus>();
    QVERIFY(!status.canPrint());
    QVERIFY2(status.describe().contains(verdict), qPrintable(status.describe()));
    // Nothing was sent to a printer that would have printed it as garbage.
    QVERIFY(printer.receipts().isEmpty());
}

QTEST_MAIN(TestReceiptPrinting)
#include "TestReceiptPrinting.moc"
