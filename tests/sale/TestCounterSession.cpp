#include "access/OperatorStore.h"
#include "base/MoneyFormat.h"
#include "demo/DemoStore.h"
#include "fiscal/JournalEnd.h"
#include "fiscal/TechnicalEvents.h"
#include "sale/CounterSession.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace caisse;

namespace {

/** A terminal whose customer always pays: the counter's logic is tested here, the protocol in its own tests. */
class ApprovingTerminal final : public PaymentTerminal
{
public:
    void startPayment(const Money& amount) override
    {
        emit stepChanged(Step::WaitingForCustomer);
        QTimer::singleShot(0, this, [this, amount] {
            PaymentOutcome outcome;
            outcome.status = PaymentOutcome::Status::Approved;
            outcome.amount = amount;
            outcome.authorisationCode = QStringLiteral("A12345");
            outcome.cardLastFour = QStringLiteral("4242");
            emit finished(outcome);
        });
    }
    void startRefund(const Money& amount) override { startPayment(amount); }
    void cancel() override { }
};

const QString kBread = QStringLiteral("3760001000016");
const QString kBaguette = QStringLiteral("3010001000029");

} // namespace

/** The counter's behaviour without a screen: what the cashier would see and what the register keeps. */
class TestCounterSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void scannedArticleIsAddedWithItsPrice();
    void unknownBarcodeAddsNothingAndSaysWhy();
    void bankCardSwipeIsRefusedAndNothingKept();
    void qwertyScannerOnAzertyIsReadAndExplained();
    void cashSaleIsRecordedThenTheDrawerOpens();
    void cardSaleIsRecordedOnceApproved();
    void actionsFollowTheTicket();
    void scansWhileRecordingGoOnTheNextTicket();
    void ticketPutAsideAndTakenBack();
    void ticketTakenBackSpeaksTheRegistersLanguageOfNow();
    void faultFoundBesideTheCounterStopsSales();
    void managerUnlocksAnOperatorLockedOut();
    void cancelledTicketIsJournaled();
    void receiptIsAnOriginalOnceThenDuplicates();
    void closingTheDayShowsTheZ();
    void archivePeriodComesFromTheRegistersClock();
    void journalCheckIsJournaledOnceItEnds();

private:
    std::unique_ptr<CounterSession> open(const Operator& cashier = test::cashier(QStringLiteral("Camille")),
                                         const QLocale& locale = QLocale(QLocale::French, QLocale::France));
    QStringList messages(const QSignalSpy& spy, CounterSession::Severity severity) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DatabaseWriter> m_writer;
    test::ManualClock m_clock;
    ApprovingTerminal m_terminal;
};

void TestCounterSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("caisse.db"))).value();
    QVERIFY_RESULT(DemoStore::seed(*m_db, m_clock));
    m_writer = std::move(DatabaseWriter::open(m_db->path()).value());
}

void TestCounterSession::cleanup()
{
    m_writer.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<CounterSession> TestCounterSession::open(const Operator& cashier, const QLocale& locale)
{
    return std::make_unique<CounterSession>(*m_db, *m_writer, m_clock, Settings(*m_db).profile().value(), m_terminal,
                                            locale, cashier);
}

QStringList TestCounterSession::messages(const QSignalSpy& spy, CounterSession::Severity severity) const
{
    QStringList texts;
    for (const QList<QVariant>& arguments : spy)
        if (arguments.at(0).value<CounterSession::Severity>() == severity)
            texts << arguments.at(1).toString();
    return texts;
}

void TestCounterSession::scannedArticleIsAddedWithItsPrice()
{
    auto session = open();
    QSignalSpy added(session.get(), &CounterSession::lineAdded);
    QSignalSpy display(session.get(), &CounterSession::displayChanged);
    QSignalSpy said(session.get(), &CounterSession::message);
    session->scan(kBread);
    session->scan(kBaguette);
    QCOMPARE(session->ticket().lines().size(), 2);
    QCOMPARE(session->ticket().lines().first().label, QStringLiteral("Pain de campagne"));
    QCOMPARE(added.size(), 2);
    QCOMPARE(added.last().at(0).toInt(), 1);
    QVERIFY(display.last().at(0).toString().contains(QStringLiteral("Baguette")));
    QVERIFY(messages(said, CounterSession::Severity::Info).first().startsWith(QStringLiteral("Pain de campagne — ")));
    QVERIFY(messages(said, CounterSession::Severity::Error).isEmpty());
}

void TestCounterSession::unknownBarcodeAddsNothingAndSaysWhy()
{
    auto session = open();
    QSignalSpy refused(session.get(), &CounterSession::scanRefused);
    QSignalSpy said(session.get(), &CounterSession::message);
    session->scan(QStringLiteral("4006381333931"));
    QVERIFY(session->ticket().isEmpty());
    QCOMPARE(refused.size(), 1);
    QVERIFY(messages(said, CounterSession::Severity::Error).last().contains(QStringLiteral("4006381333931")));
}

void TestCounterSession::bankCardSwipeIsRefusedAndNothingKept()
{
    auto session = open();
    QSignalSpy said(session.get(), &CounterSession::message);
    const QString track = QStringLiteral(";4970100000000000=25121010000000000000?");
    session->scan(track);
    QVERIFY(session->ticket().isEmpty());
    const QString error = messages(said, CounterSession::Severity::Error).last();
    QVERIFY(error.contains(QStringLiteral("bank card")));
    QVERIFY(!error.contains(QStringLiteral("4970")));
}

void TestCounterSession::qwertyScannerOnAzertyIsReadAndExplained()
{
    auto session = open();
    QSignalSpy said(session.get(), &CounterSession::message);
    // 3760001000016 typed by a scanner set for QWERTY on a French keyboard: the digit row's unshifted characters.
    session->scan(QStringLiteral("\"è-ààà&àààà&-"));
    QCOMPARE(session->ticket().lines().size(), 1);
    QVERIFY(messages(said, CounterSession::Severity::Error).last().contains(QStringLiteral("QWERTY")));
}

void TestCounterSession::cashSaleIsRecordedThenTheDrawerOpens()
{
    auto session = open();
    session->setReceiptPrinterAttached(true);
    QSignalSpy committed(session.get(), &CounterSession::committed);
    QSignalSpy kicks(session.get(), &CounterSession::drawerKickRequested);
    QSignalSpy receipt(session.get(), &CounterSession::receiptTextChanged);
    QSignalSpy said(session.get(), &CounterSession::message);
    session->scan(kBread);
    const qint64 total = session->ticket().totals().totalMinor;

    QVERIFY(session->payCash(QStringLiteral("10,00")));
    // Written on the writer's thread: not paid twice meanwhile, recorded once it is on disk.
    QVERIFY(session->recording());
    QVERIFY(!session->actions().pay);
    QVERIFY(!session->actions().cancel);
    QVERIFY(!session->payCash({}));
    QVERIFY(committed.wait(5'000));
    QCOMPARE(committed.size(), 1);
    QCOMPARE(kicks.size(), 1);
    QVERIFY(session->ticket().isEmpty());
    const auto stored = test::journalRecords(*m_db, QStringLiteral("R01"));
    QCOMPARE(stored.last().first, QStringLiteral("TICKET"));
    QVERIFY(receipt.last().at(0).toString().contains(QStringLiteral("Pain de campagne")));
    QVERIFY(messages(said, CounterSession::Severity::Info).last().endsWith(session->formatMoney(1'000 - total)));

    // Typed nonsense as the cash handed over: nothing is paid, and the cashier is told why.
    session->scan(kBread);
    QVERIFY(!session->payCash(QStringLiteral("dix euros")));
    QVERIFY(session->ticket().payments().isEmpty());
    QVERIFY(!messages(said, CounterSession::Severity::Error).isEmpty());
}

void TestCounterSession::cardSaleIsRecordedOnceApproved()
{
    auto session = open();
    QSignalSpy committed(session.get(), &CounterSession::committed);
    QSignalSpy kicks(session.get(), &CounterSession::drawerKickRequested);
    session->setReceiptPrinterAttached(true);
    session->scan(kBaguette);
    session->payCard();
    QVERIFY(!session->actions().pay);
    QVERIFY(session->actions().cancelStopsCard);
    QVERIFY(committed.wait(5'000));
    QCOMPARE(committed.size(), 1);
    QCOMPARE(committed.last().at(0).value<CommittedTicket>().ticket.payments().first().method, PaymentMethod::Card);
    QCOMPARE(kicks.size(), 0);
    QVERIFY(session->ticket().isEmpty());
}

void TestCounterSession::actionsFollowTheTicket()
{
    auto session = open();
    CounterSession::Actions can = session->actions();
    QVERIFY(!can.pay);
    QVERIFY(!can.cancel);
    QVERIFY(can.resumes);
    QVERIFY(can.closeDay);
    QVERIFY(!can.printLastReceipt);

    session->scan(kBread);
    can = session->actions();
    QVERIFY(can.pay);
    QVERIFY(can.removeLine);
    QVERIFY(can.cancel);
    QVERIFY(!can.resumes);
    QVERIFY(!can.closeDay);

    // Part paid in cash: the lines and the ticket can no longer be changed or put aside.
    QVERIFY(session->payCash(QStringLiteral("0,50")));
    can = session->actions();
    QVERIFY(can.pay);
    QVERIFY(!can.removeLine);
    QVERIFY(!can.parkOrResume);
}

void TestCounterSession::scansWhileRecordingGoOnTheNextTicket()
{
    auto session = open();
    QSignalSpy committed(session.get(), &CounterSession::committed);
    session->scan(kBread);
    QVERIFY(session->payCash({}));
    session->scan(kBaguette);
    QVERIFY(committed.wait(5'000));
    QCOMPARE(committed.last().at(0).value<CommittedTicket>().ticket.lines().size(), 1);
    QCOMPARE(session->ticket().lines().size(), 1);
    QVERIFY(session->ticket().lines().first().label.startsWith(QStringLiteral("Baguette")));
}

void TestCounterSession::ticketPutAsideAndTakenBack()
{
    auto session = open();
    session->scan(kBread);
    session->scan(kBaguette);
    const qint64 total = session->ticket().totals().totalMinor;
    session->parkOrResume();
    QVERIFY(session->recording()); // written off the GUI thread: the ticket waits, untouchable
    QVERIFY(!session->actions().pay);
    QTRY_VERIFY_WITH_TIMEOUT(session->ticket().isEmpty(), 5'000);

    // Taken back by another session of the register, as after a restart.
    session = open();
    session->parkOrResume();
    QTRY_COMPARE_WITH_TIMEOUT(session->ticket().lines().size(), 2, 5'000);
    QCOMPARE(session->ticket().totals().totalMinor, total);
}

void TestCounterSession::ticketTakenBackSpeaksTheRegistersLanguageOfNow()
{
    auto session = open(test::cashier(QStringLiteral("Camille")), QLocale(QLocale::English, QLocale::UnitedStates));
    session->scan(kBread);
    session->scan(kBaguette);
    const qint64 total = session->ticket().totals().totalMinor;
    session->parkOrResume();
    QTRY_VERIFY_WITH_TIMEOUT(session->ticket().isEmpty(), 5'000);

    session = open(); // in French now
    QSignalSpy said(session.get(), &CounterSession::message);
    session->parkOrResume();
    QTRY_COMPARE_WITH_TIMEOUT(session->ticket().lines().size(), 2, 5'000);
    const QString french = MoneyFormat::format({total, Currency::fromCode(QStringLiteral("EUR"))},
                                               QLocale(QLocale::French, QLocale::France));
    const QString takenBack = messages(said, CounterSession::Severity::Info).last();
    QVERIFY2(takenBack.contains(french), qPrintable(takenBack + QStringLiteral(" / ") + french));
}

void TestCounterSession::faultFoundBesideTheCounterStopsSales()
{
    auto session = open();
    QSignalSpy committed(session.get(), &CounterSession::committed);
    session->scan(kBread);
    QVERIFY(session->payCash({}));
    QVERIFY(committed.wait(5'000));
    // A line of the sale is lowered in the tables, behind the register's back.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER ticket_lines_are_immutable")));
    QVERIFY(query.exec(QStringLiteral("UPDATE ticket_lines SET total_minor = total_minor - 20")));

    QSignalSpy said(session.get(), &CounterSession::message);
    session->checkIntegrity();
    QTRY_VERIFY_WITH_TIMEOUT(!session->integrityFault().isEmpty(), 10'000);
    QVERIFY2(session->integrityFault().contains(QStringLiteral("is not what its signed record says")),
             qPrintable(session->integrityFault()));
    QVERIFY(messages(said, CounterSession::Severity::Error).last().contains(QStringLiteral("stops selling")));
    session->scan(kBread);
    QVERIFY(session->ticket().isEmpty());
    QVERIFY(!session->actions().pay && !session->actions().parkOrResume && !session->actions().closeDay);
    // The defect is journaled (90).
    QTRY_VERIFY_WITH_TIMEOUT(
        test::journalRecords(*m_db, QStringLiteral("R01-JET")).last().second.value(QStringLiteral("code")).toInt()
            == 90,
        5'000);
}

void TestCounterSession::managerUnlocksAnOperatorLockedOut()
{
    TechnicalEvents events(*m_db, m_clock, QStringLiteral("R01"));
    OperatorStore operators(*m_db, m_clock, events);
    QVERIFY_RESULT(DemoStore::seedOperators(operators));
    for (int i = 0; i < OperatorStore::kLockAfter; ++i) {
        QVERIFY(!operators.login(QStringLiteral("Camille"), QStringLiteral("0000")));
        m_clock.advance(3'600'000);
    }
    auto session = open(test::manager(QStringLiteral("Dominique")));
    QCOMPARE(session->lockedOutOperators(), QStringList {QStringLiteral("Camille")});
    QSignalSpy said(session.get(), &CounterSession::message);
    session->unlockOperator(QStringLiteral("Camille"), session->cashier());
    QVERIFY(said.wait(5'000));
    QCOMPARE(said.last().at(1).toString(), QStringLiteral("Camille may log in again."));
    QVERIFY(session->lockedOutOperators().isEmpty());
    QVERIFY_RESULT(operators.login(QStringLiteral("Camille"), QStringLiteral("1111")));
}

void TestCounterSession::cancelledTicketIsJournaled()
{
    auto session = open();
    session->scan(kBread);
    session->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(session->ticket().isEmpty(), 5'000);
    QCOMPARE(test::journalRecords(*m_db, QStringLiteral("R01")).last().first, QStringLiteral("TICKET_ABANDONED"));
}

void TestCounterSession::receiptIsAnOriginalOnceThenDuplicates()
{
    auto session = open();
    session->setReceiptPrinterAttached(true);
    QSignalSpy printed(session.get(), &CounterSession::printRequested);
    session->scan(kBread);
    QVERIFY(session->payCash({}));
    QVERIFY(QSignalSpy(session.get(), &CounterSession::committed).wait(5'000));
    QVERIFY(session->actions().printLastReceipt);

    session->printLastReceipt();
    QVERIFY(printed.wait(5'000));
    session->printLastReceipt();
    QVERIFY(printed.wait(5'000));
    QCOMPARE(printed.at(0).at(1).toInt(), 0);
    QCOMPARE(printed.at(1).at(1).toInt(), 1);
    QCOMPARE(test::journalRecords(*m_db, QStringLiteral("R01")).last().first, QStringLiteral("DUPLICATE"));

    // Without a printer the receipt is only shown, and what is shown again is a duplicate too.
    session->setReceiptPrinterAttached(false);
    QSignalSpy shown(session.get(), &CounterSession::receiptTextChanged);
    session->printLastReceipt();
    QVERIFY(shown.wait(5'000));
    QCOMPARE(printed.size(), 2);
    QVERIFY(shown.last().at(0).toString().contains(QStringLiteral("DUPLICATA 2")));
}

void TestCounterSession::closingTheDayShowsTheZ()
{
    auto session = open();
    session->scan(kBread);
    QSignalSpy committed(session.get(), &CounterSession::committed);
    QVERIFY(session->payCash({}));
    QVERIFY(committed.wait(5'000));
    QSignalSpy shown(session.get(), &CounterSession::receiptTextChanged);
    QSignalSpy said(session.get(), &CounterSession::message);
    // A cashier may not: refused with the reason, nothing closed.
    session->cashDesk().closeDay(session->cashier());
    QTRY_COMPARE_WITH_TIMEOUT(said.count(), 1, 5'000);
    QCOMPARE(said.last().at(0).value<CounterSession::Severity>(), CounterSession::Severity::Error);
    QCOMPARE(test::journalRecords(*m_db, QStringLiteral("R01")).last().first, QStringLiteral("TICKET"));
    session->cashDesk().closeDay(test::manager());
    QVERIFY(shown.wait(5'000));
    QVERIFY(shown.last().at(0).toString().contains(QStringLiteral("Z No. 1 - CLOSURE 2026-11-23")));
    const auto records = test::journalRecords(*m_db, QStringLiteral("R01"));
    QCOMPARE(records.last().first, QStringLiteral("CLOSE_DAY"));
    QCOMPARE(records.last().second.value(QStringLiteral("tickets")).toInt(), 1);
    // The Z says where the journal ends with it, on paper, where an edit of the database cannot reach.
    const auto end = JournalEnd::read(m_db->path(), QStringLiteral("R01"));
    QVERIFY_RESULT(end);
    QCOMPARE(end->seq, qint64(records.size() - 1));
    const QString z = shown.last().at(0).toString();
    QVERIFY2(z.contains(QStringLiteral("Journal R01, record %1").arg(end->seq)), qPrintable(z));
    QVERIFY2(z.contains(end->hash.left(32)) && z.contains(end->hash.mid(32)), qPrintable(z));

    // A second Z the same day has the next number; its duplicate, printed from the journal, says so and is the same.
    session->cashDesk().closeDay(test::manager());
    QVERIFY(shown.wait(5'000));
    const QString second = shown.last().at(0).toString();
    QVERIFY2(second.contains(QStringLiteral("Z No. 2 - CLOSURE 2026-11-23")), qPrintable(second));
    QCOMPARE(test::journalRecords(*m_db, QStringLiteral("R01")).last().second.value(QStringLiteral("number")).toInt(),
             2);
    session->cashDesk().reprintLastZ();
    QVERIFY(shown.wait(5'000));
    QString duplicate = shown.last().at(0).toString();
    QVERIFY2(duplicate.contains(QStringLiteral("DUPLICATA")), qPrintable(duplicate));
    QCOMPARE(
        duplicate.remove(QRegularExpression(QStringLiteral("^ *DUPLICATA\n"), QRegularExpression::MultilineOption)),
        second);
}

void TestCounterSession::archivePeriodComesFromTheRegistersClock()
{
    m_clock.set(QDateTime(QDate(2027, 1, 10), QTime(12, 0), Qt::UTC));
    QCOMPARE(open()->lastMonth(), QStringLiteral("2026-12"));
}

void TestCounterSession::journalCheckIsJournaledOnceItEnds()
{
    auto session = open();
    session->scan(kBread);
    QSignalSpy committed(session.get(), &CounterSession::committed);
    QVERIFY(session->payCash({}));
    QVERIFY(committed.wait(5'000));
    // The check reads on a thread of its own: the call returns at once, the answer comes later.
    std::optional<Result<CounterSession::JournalCheck>> found;
    session->verifyJournal([&](const Result<CounterSession::JournalCheck>& check) { found = check; });
    QVERIFY(!found);
    QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 10'000);
    QVERIFY_RESULT(*found);
    QVERIFY2((*found)->faults.isEmpty(), qPrintable((*found)->faults.join(u'\n')));
    QVERIFY2((*found)->intact.join(u' ').contains(QStringLiteral("R01: 2 record")),
             qPrintable((*found)->intact.join(u' ')));
    QCOMPARE(test::journalRecords(*m_db, QStringLiteral("R01-JET")).last().second.value(QStringLiteral("code")).toInt(),
             280);
}

QTEST_GUILESS_MAIN(TestCounterSession)
#include "TestCounterSession.moc"
