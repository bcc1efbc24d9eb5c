// Card payments through a Caisse-AP terminal (the emulator, on 127.0.0.1): every outcome, dropped connections, the
// register killed in the middle, refunds to the card; never charged twice, never a charge lost.
#include "TerminalEmulator.h"
#include "sale/CardPaymentFlow.h"
#include "sale/CardSwipe.h"
#include "sale/LineForScan.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"
#include "terminal/CaisseApTerminal.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caisse;
using Behaviour = TerminalEmulator::Behaviour;
using Status = PaymentOutcome::Status;

class TestCardPayments : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void approvedPaymentRecordsTheTicket();
    void eachRefusalLeavesTheTicketOpen_data();
    void eachRefusalLeavesTheTicketOpen();
    void unreachableTerminalChargesNothing();
    void cancelledWhileTheAttemptIsWrittenSendsNothing();
    void droppedAfterTheChargeIsConfirmedNotRepeated();
    void droppedBeforeTheChargeIsPaidAgainOnce_data();
    void droppedBeforeTheChargeIsPaidAgainOnce();
    void silentTerminalTimesOutAsUnknown();
    void killedBetweenApprovalAndRecordingCompletesOnce();
    void refundOfACardSaleGoesBackToTheCard();
    void noFullCardNumberIsKept();
    void swipesAreToldApart_data();
    void swipesAreToldApart();
    void answerCutAfterItsStatusIsReadWhole();
    void answerToAnotherRequestIsUnknown_data();
    void answerToAnotherRequestIsUnknown();
    void abandonCodesAreCancelled_data();
    void abandonCodesAreCancelled();
    void requestTheTerminalCannotTakeIsNotSent_data();
    void requestTheTerminalCannotTakeIsNotSent();
    void busyTerminalSaysWhatToDo();

private:
    /** Pays a one-bowl ticket by card and waits for the flow's verdict; returns the signal that came. */
    QString payBowl();
    /** Asks the terminal directly for amount (cents) and waits for its outcome. */
    PaymentOutcome askTerminal(const Money& amount, CaisseApTerminal* terminal = nullptr);
    qint64 ticketCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    test::ManualClock m_clock;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<SaleStore> m_store;
    std::unique_ptr<TerminalEmulator> m_emulator;
    std::unique_ptr<CaisseApTerminal> m_terminal;
    std::unique_ptr<DatabaseWriter> m_writer;
    std::unique_ptr<SaleWriter> m_saleWriter;
    std::unique_ptr<CardPaymentFlow> m_flow;
    std::optional<PaymentOutcome> m_notCharged;
    QString m_unknownAttempt;
};

void TestCardPayments::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("caisse.db"))).value();
    test::addVectorsArticles(*m_db);
    m_catalog = std::make_unique<Catalog>(*m_db);
    m_store = std::make_unique<SaleStore>(*m_db, m_clock, QStringLiteral("R01"));
    m_emulator = std::make_unique<TerminalEmulator>();
    QVERIFY(m_emulator->listen());
    CaisseApSettings settings;
    settings.port = m_emulator->port();
    settings.answerTimeoutMs = 2'000;
    m_terminal = std::make_unique<CaisseApTerminal>(settings);
    m_writer = DatabaseWriter::open(m_db->path()).value();
    m_saleWriter
        = std::make_unique<SaleWriter>(*m_writer, m_clock, QStringLiteral("R01"), std::nullopt, SaleStore::Mode::Live);
    m_flow = std::make_unique<CardPaymentFlow>(*m_store, *m_saleWriter, *m_terminal);
    m_notCharged.reset();
    m_unknownAttempt.clear();
    connect(m_flow.get(), &CardPaymentFlow::notCharged, this,
            [this](const PaymentOutcome& outcome) { m_notCharged = outcome; });
    connect(m_flow.get(), &CardPaymentFlow::outcomeUnknown, this,
            [this](const QString& attempt) { m_unknownAttempt = attempt; });
}

void TestCardPayments::cleanup()
{
    m_flow.reset();
    m_saleWriter.reset();
    m_writer.reset();
    m_terminal.reset();
    m_emulator.reset();
    m_store.reset();
    m_catalog.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestCardPayments::payBowl()
{
    Ticket ticket;
    ticket.addLine(lineForScan(*m_catalog, QStringLiteral("96385074"), BarcodeParser(), ticket.currency()).value())
        .value();
    QSignalSpy recorded(m_flow.get(), &CardPaymentFlow::recorded);
    QSignalSpy notCharged(m_flow.get(), &CardPaymentFlow::notCharged);
    QSignalSpy unknown(m_flow.get(), &CardPaymentFlow::outcomeUnknown);
    const auto started = m_flow->pay(ticket, test::cashier());
    if (!started)
        return QStringLiteral("refused: ") + started.error().message;
    if (!QTest::qWaitFor([&] { return recorded.count() + notCharged.count() + unknown.count() == 1; }, 5'000))
        return QStringLiteral("no outcome");
    return recorded.count()  ? QStringLiteral("recorded")
        : notCharged.count() ? QStringLiteral("not charged")
                             : QStringLiteral("unknown");
}

PaymentOutcome TestCardPayments::askTerminal(const Money& amount, CaisseApTerminal* terminal)
{
    terminal = terminal ? terminal : m_terminal.get();
    QSignalSpy finished(terminal, &PaymentTerminal::finished);
    terminal->startPayment(amount);
    if (!finished.wait(5'000))
        return {PaymentOutcome::Status::Declined, amount, {}, {}, QStringLiteral("no outcome")};
    return finished.first().first().value<PaymentOutcome>();
}

void TestCardPayments::cancelledWhileTheAttemptIsWrittenSendsNothing()
{
    Ticket ticket;
    ticket.addLine(lineForScan(*m_catalog, QStringLiteral("96385074"), BarcodeParser(), ticket.currency()).value())
        .value();
    QSignalSpy notCharged(m_flow.get(), &CardPaymentFlow::notCharged);
    QVERIFY_RESULT(m_flow->pay(ticket, test::cashier()));
    // The attempt is written off the GUI thread before the terminal is asked: a cancel meanwhile stops it there.
    QVERIFY(m_flow->busy());
    m_flow->cancel();
    QVERIFY(notCharged.wait(5'000));
    QCOMPARE(m_notCharged->status, PaymentOutcome::Status::Cancelled);
    QVERIFY(!m_flow->busy());
    QCOMPARE(m_emulator->charges().size(), 0);
    QVERIFY(m_flow->unsettled()->isEmpty());
    QCOMPARE(ticketCount(), 0);
}

qint64 TestCardPayments::ticketCount() const
{
    QSqlQuery query(m_db->connection());
    query.exec(QStringLiteral("SELECT COUNT(*) FROM tickets"));
    return query.next() ? query.value(0).toLongLong() : -1;
}

void TestCardPayments::approvedPaymentRecordsTheTicket()
{
    QSignalSpy steps(m_terminal.get(), &PaymentTerminal::stepChanged);
    QSignalSpy approved(m_flow.get(), &CardPaymentFlow::approved);
    QSignalSpy recorded(m_flow.get(), &CardPaymentFlow::recorded);
    QCOMPARE(payBowl(), QStringLiteral("recorded"));
    QCOMPARE(approved.size(), 1);
    const auto committed = recorded.first().first().value<CommittedTicket>();
    const Payment& payment = committed.ticket.payments().first();
    QCOMPARE(payment.method, PaymentMethod::Card);
    QCOMPARE(payment.amountMinor, 1250);
    QVERIFY(!payment.reference.isEmpty());
    QVERIFY(!payment.cardAttemptId.isEmpty());
    QCOMPARE(m_emulator->charges().size(), 1);
    QCOMPARE(m_emulator->charges().first().amountMinor, 1250);
    QCOMPARE(m_emulator->charges().first().authorisationCode, payment.reference.toLatin1());
    // The cashier sees each step: connecting, waiting for the customer, done.
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(1).first().value<PaymentTerminal::Step>(), PaymentTerminal::Step::WaitingForCustomer);
    QVERIFY_RESULT(m_flow->unsettled());
    QVERIFY(m_flow->unsettled()->isEmpty());
}

void TestCardPayments::eachRefusalLeavesTheTicketOpen_data()
{
    QTest::addColumn<Behaviour>("behaviour");
    QTest::addColumn<Status>("status");
    QTest::newRow("declined") << Behaviour::Decline << Status::Declined;
    QTest::newRow("abandoned") << Behaviour::Abandon << Status::Cancelled;
    QTest::newRow("card not presented") << Behaviour::CardTimeout << Status::TimedOut;
    QTest::newRow("card not accepted") << Behaviour::Forbid << Status::Declined;
}

void TestCardPayments::eachRefusalLeavesTheTicketOpen()
{
    QFETCH(Behaviour, behaviour);
    QFETCH(Status, status);
    m_emulator->setScript({behaviour, Behaviour::Approve});
    QCOMPARE(payBowl(), QStringLiteral("not charged"));
    QCOMPARE(m_notCharged->status, status);
    QVERIFY(!m_notCharged->message.isEmpty());
    QCOMPARE(ticketCount(), 0);
    QVERIFY(m_emulator->charges().isEmpty());
    // Certainly not charged: paying again is allowed and charges once.
    QCOMPARE(payBowl(), QStringLiteral("recorded"));
    QCOMPARE(m_emulator->charges().size(), 1);
    QCOMPARE(ticketCount(), 1);
}

void TestCardPayments::unreachableTerminalChargesNothing()
{
    m_emulator.reset(); // nothing listens on the port any more
    QCOMPARE(payBowl(), QStringLiteral("not charged"));
    QCOMPARE(m_notCharged->status, Status::Unreachable);
    QVERIFY(m_flow->unsettled()->isEmpty());
}

void TestCardPayments::droppedAfterTheChargeIsConfirmedNotRepeated()
{
    m_emulator->setScript({Behaviour::ChargeThenDrop, Behaviour::Approve});
    QCOMPARE(payBowl(), QStringLiteral("unknown"));
    QCOMPARE(m_emulator->charges().size(), 1);
    QCOMPARE(ticketCount(), 0);
    // No second card payment while this one is unknown.
    QVERIFY(payBowl().startsWith(QStringLiteral("refused")));
    QCOMPARE(m_flow->unsettled()->size(), 1);
    QCOMPARE(m_emulator->requests(), 1);

    // The cashier reads the terminal's slip: charged.
    const auto confirmed
        = CardPaymentFlow::confirm(*m_store, m_unknownAttempt, true, QStringLiteral("123456"), test::cashier());
    QVERIFY_RESULT(confirmed);
    QVERIFY(confirmed->has_value());
    QCOMPARE((*confirmed)->ticket.payments().first().method, PaymentMethod::Card);
    QCOMPARE(ticketCount(), 1);
    QCOMPARE(m_emulator->charges().size(), 1);
    QVERIFY(!CardPaymentFlow::confirm(*m_store, m_unknownAttempt, true, {}, test::cashier()));
    QVERIFY(m_flow->unsettled()->isEmpty());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT confirmed_by FROM card_attempts")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("cashier"));
}

void TestCardPayments::droppedBeforeTheChargeIsPaidAgainOnce_data()
{
    // Once connected, the register cannot tell whether the terminal read its request: both are unknown to it.
    QTest::addColumn<Behaviour>("behaviour");
    QTest::newRow("closed as it opened") << Behaviour::DropOnConnect;
    QTest::newRow("closed after the request") << Behaviour::DropBeforeCharge;
}

void TestCardPayments::droppedBeforeTheChargeIsPaidAgainOnce()
{
    QFETCH(Behaviour, behaviour);
    m_emulator->setScript({behaviour, Behaviour::Approve});
    QCOMPARE(payBowl(), QStringLiteral("unknown"));
    QVERIFY(m_emulator->charges().isEmpty());
    // The slip says nothing was charged: the attempt closes, the customer pays again, once.
    QVERIFY_RESULT(CardPaymentFlow::confirm(*m_store, m_unknownAttempt, false, {}, test::cashier()));
    QCOMPARE(ticketCount(), 0);
    QCOMPARE(payBowl(), QStringLiteral("recorded"));
    QCOMPARE(m_emulator->charges().size(), 1);
    QCOMPARE(ticketCount(), 1);
}

void TestCardPayments::silentTerminalTimesOutAsUnknown()
{
    m_emulator->setScript({Behaviour::ChargeThenSilence});
    QCOMPARE(payBowl(), QStringLiteral("unknown"));
    QCOMPARE(m_flow->unsettled()->size(), 1);
    m_emulator->setScript({Behaviour::DropMidAnswer});
    QVERIFY_RESULT(CardPaymentFlow::confirm(*m_store, m_unknownAttempt, true, {}, test::cashier()));
    // A half answer is no answer either.
    QCOMPARE(payBowl(), QStringLiteral("unknown"));
    QCOMPARE(m_emulator->charges().size(), 2);
}

void TestCardPayments::killedBetweenApprovalAndRecordingCompletesOnce()
{
    // A register process pays by card and is killed once the approval is on disk, before its ticket is.
    const QString path = m_dir->filePath(QStringLiteral("killed.db"));
    {
        auto db = Database::open(path).value();
        test::addVectorsArticles(*db);
    }
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QSignalSpy finished(&child, &QProcess::finished);
    child.start(QStringLiteral(CARD_CRASH_CHILD), {path, QString::number(m_emulator->port())});
    QVERIFY(finished.wait(20'000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QCOMPARE(m_emulator->charges().size(), 1);

    auto db = Database::open(path).value();
    SaleStore store(*db, m_clock, QStringLiteral("R01"));
    CardPaymentFlow flow(store, *m_saleWriter, *m_terminal);
    const auto unsettled = flow.unsettled();
    QVERIFY_RESULT(unsettled);
    QCOMPARE(unsettled->size(), 1);
    QCOMPARE(unsettled->first().state, CardAttempt::State::ApprovedNotRecorded);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM tickets")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);

    const auto recorded = CardPaymentFlow::recordApproved(store, test::cashier());
    QVERIFY_RESULT(recorded);
    QCOMPARE(recorded->size(), 1);
    QCOMPARE(recorded->first().ticket.payments().first().amountMinor, 1250);
    QCOMPARE(CardPaymentFlow::recordApproved(store, test::cashier())->size(), 0);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM tickets")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(m_emulator->charges().size(), 1);
}

void TestCardPayments::refundOfACardSaleGoesBackToTheCard()
{
    QSignalSpy recorded(m_flow.get(), &CardPaymentFlow::recorded);
    QCOMPARE(payBowl(), QStringLiteral("recorded"));
    const auto sale = recorded.first().first().value<CommittedTicket>();
    auto refund = m_store->prepareRefund(sale.uuid, {{1, 1000}});
    QVERIFY_RESULT(refund);
    QCOMPARE(m_flow->refundGoesToCard(*refund).value(), true);
    // A cashier may not refund alone; a manager may.
    QVERIFY(!m_flow->pay(*refund, test::cashier()));
    QVERIFY_RESULT(m_flow->pay(*refund, test::manager()));
    QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 2, 5'000);
    const auto credited = recorded.last().first().value<CommittedTicket>();
    QCOMPARE(credited.ticket.payments().first().method, PaymentMethod::Card);
    QCOMPARE(credited.ticket.payments().first().amountMinor, -1250);
    QCOMPARE(m_emulator->charges().size(), 2);
    QVERIFY(m_emulator->charges().last().refund);
    QCOMPARE(m_emulator->charges().last().amountMinor, 1250);

    // A sale paid in cash is refunded in cash.
    QVERIFY_RESULT(m_store->commit(test::cashSale(*m_catalog, {QStringLiteral("96385074")}), test::cashier()));
    const auto cashRefund = m_store->prepareRefund(m_store->loadByNumber(3)->uuid, {{1, 1000}});
    QVERIFY_RESULT(cashRefund);
    QCOMPARE(m_flow->refundGoesToCard(*cashRefund).value(), false);
}

void TestCardPayments::noFullCardNumberIsKept()
{
    QSignalSpy recorded(m_flow.get(), &CardPaymentFlow::recorded);
    QCOMPARE(payBowl(), QStringLiteral("recorded"));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT card_last_four FROM card_attempts")) && query.next());
    QCOMPARE(query.value(0).toString().size(), 4);
    m_db.reset();
    m_store.reset();
    // The terminal sent "497010######nnnn": its first six digits are nowhere in the database files.
    for (const QString& name : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("497010"), qPrintable(name));
    }
}

void TestCardPayments::swipesAreToldApart_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<CardSwipe::Kind>("kind");
    QTest::addColumn<QString>("number");
    // ISO 7813 tracks as a keyboard-wedge reader types them (test card numbers, never real ones).
    QTest::newRow("bank card, both tracks")
        << QStringLiteral("%B4970101234567893^DUPONT/JEAN^27121010000000000000?;4970101234567893=2712101000000?")
        << CardSwipe::Kind::BankCard << QString();
    QTest::newRow("bank card, track 2") << QStringLiteral(";4970101234567893=2712101000000?")
                                        << CardSwipe::Kind::BankCard << QString();
    QTest::newRow("card number typed by hand")
        << QStringLiteral("4970101234567893") << CardSwipe::Kind::BankCard << QString();
    QTest::newRow("shop's loyalty card") << QStringLiteral(";9250000012345=0000?") << CardSwipe::Kind::ShopCard
                                         << QStringLiteral("9250000012345");
    QTest::newRow("EAN-13") << QStringLiteral("3760001000016") << CardSwipe::Kind::NotACard << QString();
    QTest::newRow("GTIN-14") << QStringLiteral("13760001000013") << CardSwipe::Kind::NotACard << QString();
}

void TestCardPayments::swipesAreToldApart()
{
    QFETCH(QString, typed);
    QFETCH(CardSwipe::Kind, kind);
    QFETCH(QString, number);
    const CardSwipe swipe = CardSwipe::classify(typed, QStringLiteral("9250"));
    QCOMPARE(swipe.kind, kind);
    QCOMPARE(swipe.shopCardNumber, number);
}

void TestCardPayments::answerCutAfterItsStatusIsReadWhole()
{
    // "CZ…AE…" then, 100 ms later, the amount, the authorisation and the card: the approval carries them all.
    m_emulator->setScript({Behaviour::SplitAfterStatus});
    const PaymentOutcome outcome = askTerminal({1250, Currency::fromCode(QStringLiteral("EUR"))});
    QCOMPARE(outcome.status, Status::Approved);
    QCOMPARE(outcome.authorisationCode, QString::fromLatin1(m_emulator->charges().first().authorisationCode));
    QCOMPARE(outcome.cardLastFour.size(), 4);
}

void TestCardPayments::answerToAnotherRequestIsUnknown_data()
{
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("another till") << QByteArray("CA") << QByteArray("07");
    QTest::newRow("a refund") << QByteArray("CD") << QByteArray("1");
    QTest::newRow("another currency") << QByteArray("CE") << QByteArray("840");
    QTest::newRow("another amount") << QByteArray("CB") << QByteArray("1200");
}

void TestCardPayments::answerToAnotherRequestIsUnknown()
{
    QFETCH(QByteArray, tag);
    QFETCH(QByteArray, value);
    m_emulator->setAnswerField(tag, value);
    const PaymentOutcome outcome = askTerminal({1250, Currency::fromCode(QStringLiteral("EUR"))});
    QCOMPARE(outcome.status, Status::Unknown);
    QVERIFY2(outcome.message.contains(QStringLiteral("another")), qPrintable(outcome.message));
}

void TestCardPayments::abandonCodesAreCancelled_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("06") << QByteArray("06");
    QTest::newRow("11") << QByteArray("11");
}

void TestCardPayments::abandonCodesAreCancelled()
{
    QFETCH(QByteArray, code);
    m_emulator->setScript({Behaviour::Abandon});
    m_emulator->setAnswerField("AF", code);
    const PaymentOutcome outcome = askTerminal({1250, Currency::fromCode(QStringLiteral("EUR"))});
    QCOMPARE(outcome.status, Status::Cancelled);
    QVERIFY(outcome.certainlyNotCharged());
}

void TestCardPayments::requestTheTerminalCannotTakeIsNotSent_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QByteArray>("till");
    QTest::addColumn<QString>("said");
    QTest::newRow("currency without ISO number")
        << qint64(1250) << QStringLiteral("XTS") << QByteArray("01") << QStringLiteral("no ISO number");
    QTest::newRow("thirteen digits") << qint64(1'000'000'000'000) << QStringLiteral("EUR") << QByteArray("01")
                                     << QStringLiteral("twelve digits");
    QTest::newRow("till of three digits")
        << qint64(1250) << QStringLiteral("EUR") << QByteArray("123") << QStringLiteral("till number");
}

void TestCardPayments::requestTheTerminalCannotTakeIsNotSent()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QByteArray, till);
    QFETCH(QString, said);
    CaisseApSettings settings;
    settings.port = m_emulator->port();
    settings.tillNumber = till;
    CaisseApTerminal terminal(settings);
    const PaymentOutcome outcome = askTerminal({minor, Currency::fromCode(currency)}, &terminal);
    QCOMPARE(outcome.status, Status::Unreachable);
    QVERIFY2(outcome.message.contains(said), qPrintable(outcome.message));
    QCOMPARE(m_emulator->requests(), 0);
}

void TestCardPayments::busyTerminalSaysWhatToDo()
{
    CaisseApSettings settings;
    settings.port = m_emulator->port();
    settings.answerTimeoutMs = 300;
    CaisseApTerminal terminal(settings);
    m_emulator->setScript({Behaviour::Busy});
    const PaymentOutcome outcome = askTerminal({1250, Currency::fromCode(QStringLiteral("EUR"))}, &terminal);
    QCOMPARE(outcome.status, Status::Unknown);
    QVERIFY2(outcome.message.contains(QStringLiteral("busy with an earlier payment")), qPrintable(outcome.message));
    QVERIFY(m_emulator->charges().isEmpty());
}

QTEST_GUILESS_MAIN(TestCardPayments)
#include "TestCardPayments.moc"
