// The drawer's day (shifts, floats, cash in and out, counts) and the Z that closes it, against the day's tickets.
#include "cash/CashDrawer.h"
#include "fiscal/Closing.h"
#include "fiscal/JournalVerifier.h"
#include "sale/LineForScan.h"
#include "sale/SaleStore.h"
#include "sale/Vouchers.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caisse;

namespace {

const QString kLoaf = QStringLiteral("4006381333931");
const QString kBowl = QStringLiteral("96385074");

CashCount countOf(std::initializer_list<std::pair<qint64, int>> pieces)
{
    CashCount count;
    for (const auto& [denomination, number] : pieces)
        count.set(denomination, number);
    return count;
}

} // namespace

class TestCashDrawer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shiftCountedShortAndTheShortfallInTheZ();
    void zTotalsEqualTheDaysTickets();
    void zTotalsWithSwissCashRounding();

private:
    /** The register's store and drawer, for a currency and its cash rounding. */
    void openRegister(const QString& currency, qint64 roundingStep);
    Ticket newTicket() const;
    void addScanned(Ticket& ticket, const QString& barcode);
    Result<CommittedTicket> commit(const Ticket& ticket);
    /** Closes the day with the drawer's part, and checks the Z against the sales tables and the verifier. */
    ClosureRecord closeAndCheck();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    test::ManualClock m_clock;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<SaleStore> m_store;
    std::unique_ptr<CashDrawer> m_drawer;
    QString m_currency;
    qint64 m_roundingStep = 0;
};

void TestCashDrawer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("caisse.db"))).value();
    test::addVectorsArticles(*m_db);
    m_catalog = std::make_unique<Catalog>(*m_db);
    openRegister(QStringLiteral("EUR"), 0);
}

void TestCashDrawer::cleanup()
{
    m_drawer.reset();
    m_store.reset();
    m_catalog.reset();
    m_db.reset();
    m_dir.reset();
}

void TestCashDrawer::openRegister(const QString& currency, qint64 roundingStep)
{
    m_currency = currency;
    m_roundingStep = roundingStep;
    m_drawer.reset();
    m_store = std::make_unique<SaleStore>(*m_db, m_clock, QStringLiteral("R01"), Ed25519Key::generate().value());
    m_drawer = std::make_unique<CashDrawer>(*m_db, m_clock, QStringLiteral("R01"), m_store->technicalEvents());
}

Ticket TestCashDrawer::newTicket() const
{
    Ticket ticket(Currency::fromCode(m_currency));
    ticket.setCashRoundingStep(m_roundingStep);
    return ticket;
}

void TestCashDrawer::addScanned(Ticket& ticket, const QString& barcode)
{
    QVERIFY_RESULT(ticket.addLine(lineForScan(*m_catalog, barcode, BarcodeParser(), ticket.currency()).value()));
}

Result<CommittedTicket> TestCashDrawer::commit(const Ticket& ticket)
{
    m_clock.advance(60'000);
    return m_store->commit(ticket, test::manager());
}

ClosureRecord TestCashDrawer::closeAndCheck()
{
    m_clock.advance(60'000);
    const auto cash = m_drawer->since(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    if (!cash)
        qWarning() << cash.error().message;
    const auto closure = m_store->closing().closeToday(test::manager(), cash.value_or(ClosureRecord::Cash {}));
    if (!closure) {
        qWarning() << closure.error().message;
        return {};
    }
    // Every figure of the Z is the sum of the day's tickets as the sales tables hold them.
    const auto sum = [&](const char* sql) {
        return m_db->integer(QString::fromLatin1(sql)).value_or(-1);
    };
    [&] {
        QCOMPARE(closure->total, sum("SELECT SUM(total_minor) FROM tickets WHERE training = 0"));
        QCOMPARE(closure->tickets, sum("SELECT COUNT(*) FROM tickets WHERE training = 0"));
        QCOMPARE(closure->refunds, sum("SELECT COALESCE(SUM(total_minor), 0) FROM tickets WHERE kind = 'refund'"));
        QCOMPARE(closure->refundTickets, sum("SELECT COUNT(*) FROM tickets WHERE kind = 'refund'"));
        QCOMPARE(closure->discounts,
                 sum("SELECT SUM(ticket_discount_minor + line_discounts_minor) FROM tickets WHERE training = 0"));
        for (const ClosureRecord::PaymentTotal& payment : closure->payments)
            QCOMPARE(payment.amount,
                     m_db->integer(QStringLiteral("SELECT SUM(amount_minor) FROM payments WHERE "
                                                  "method = ?"),
                                   {payment.method.toLower()})
                         .value_or(-1));
        QCOMPARE(closure->payments.size(), sum("SELECT COUNT(DISTINCT method) FROM payments"));
        qint64 vatRows = 0;
        for (const ClosureRecord::VatRow& row : closure->vat) {
            const qint64 milliPercent = row.rateField == u"rate_bp" ? row.rate * 10 : row.rate;
            QSqlQuery query(m_db->connection());
            QVERIFY(query.exec(QStringLiteral("SELECT SUM(base_minor), SUM(vat_minor), SUM(total_minor) FROM "
                                              "ticket_vat WHERE vat_rate_milli_percent = %1")
                                   .arg(milliPercent)));
            QVERIFY(query.next());
            QCOMPARE(row.base, query.value(0).toLongLong());
            QCOMPARE(row.vat, query.value(1).toLongLong());
            QCOMPARE(row.total, query.value(2).toLongLong());
            ++vatRows;
        }
        QCOMPARE(vatRows, sum("SELECT COUNT(DISTINCT vat_rate_milli_percent) FROM ticket_vat"));
        // The verifier adds the day up again from the journal: the same figures.
        const auto reports = JournalVerifier::verifyDatabase(*m_db, JournalVerifier::Signatures::Every);
        QVERIFY_RESULT(reports);
        for (const ChainReport& report : *reports)
            QVERIFY2(report.fault.isEmpty(), qPrintable(report.fault));
    }();
    return *closure;
}

void TestCashDrawer::shiftCountedShortAndTheShortfallInTheZ()
{
    // The float: five 2-euro coins and two 10-euro notes.
    const CashCount floatCount = countOf({{200, 5}, {1000, 2}});
    QVERIFY_RESULT(m_drawer->open(floatCount, QString(), test::cashier()));
    const auto twice = m_drawer->open(floatCount, QString(), test::manager());
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, Error::Code::BusinessRule);

    // A cashier may not take cash out; a manager may, with a reason, never more than the drawer holds.
    QCOMPARE(m_drawer->move(CashMovementKind::Out, 1250, QStringLiteral("Supplier"), test::cashier()).error().code,
             Error::Code::Forbidden);
    QCOMPARE(m_drawer->move(CashMovementKind::Out, 1250, QStringLiteral(" "), test::manager()).error().code,
             Error::Code::InvalidInput);
    QCOMPARE(m_drawer->move(CashMovementKind::Out, 3001, QStringLiteral("Bank"), test::manager()).error().code,
             Error::Code::BusinessRule);
    QVERIFY_RESULT(
        m_drawer->move(CashMovementKind::Out, 1250, QStringLiteral("Supplier paid in cash"), test::manager()));
    QVERIFY_RESULT(m_drawer->openWithoutSale(QStringLiteral("Change for a customer"), test::manager()));

    // Two loaves in cash (7.98), a bowl by card (12.50).
    Ticket cash = newTicket();
    addScanned(cash, kLoaf);
    addScanned(cash, kLoaf);
    QVERIFY_RESULT(cash.payCash(2000));
    QVERIFY_RESULT(commit(cash));
    Ticket card = newTicket();
    addScanned(card, kBowl);
    QVERIFY_RESULT(card.payOther(PaymentMethod::Card, 1250, QStringLiteral("AUTH1")));
    QVERIFY_RESULT(commit(card));

    const auto expected = m_drawer->expectation();
    QVERIFY_RESULT(expected);
    QCOMPARE(expected->expectedCash(), 3000 - 1250 + 798);
    QCOMPARE(expected->methods.size(), 2);
    QCOMPARE(expected->methods.at(1).method, QStringLiteral("card"));
    QCOMPARE(expected->methods.at(1).expected, 1250);

    // Counted: 2.00 missing in the drawer; the card total as expected.
    const CashCount counted = countOf({{1000, 2}, {200, 1}, {100, 1}, {20, 2}, {5, 1}, {1, 3}});
    QCOMPARE(counted.total(), 3000 - 1250 + 798 - 200);
    const auto closed = m_drawer->close(counted, {}, true, test::cashier());
    QVERIFY_RESULT(closed);
    QCOMPARE(closed->overShort, -200);
    QCOMPARE(m_db->integer(QStringLiteral("SELECT over_short_minor FROM shifts")).value_or(0), -200);
    // What was counted is tomorrow's float; a closed shift cannot be changed.
    QCOMPARE(m_drawer->carriedFloat().value().toJson(), counted.toJson());
    QSqlQuery edit(m_db->connection());
    QVERIFY(!edit.exec(QStringLiteral("UPDATE shifts SET over_short_minor = 0")));
    QVERIFY(!edit.exec(QStringLiteral("DELETE FROM cash_movements")));

    QStringList events;
    for (const auto& [type, data] : test::journalRecords(*m_db, QStringLiteral("R01-JET")))
        events << QString::number(data.value(QStringLiteral("code")).toInt());
    QCOMPARE(
        events.filter(QRegularExpression(QStringLiteral("^104"))),
        QStringList({QStringLiteral("1040"), QStringLiteral("1042"), QStringLiteral("1043"), QStringLiteral("1041")}));

    const ClosureRecord z = closeAndCheck();
    QVERIFY(z.cash.has_value());
    QCOMPARE(z.cash->floats, 3000);
    QCOMPARE(z.cash->cashOut, 1250);
    QCOMPARE(z.cash->drawerOpenings, 1);
    QCOMPARE(z.cash->shiftsClosed, 1);
    QCOMPARE(z.cash->overShort, -200);
    QCOMPARE(z.number, 1);
}

void TestCashDrawer::zTotalsEqualTheDaysTickets()
{
    // A sale with a line discount and one off the ticket, paid by card and in cash (split tender).
    Ticket split = newTicket();
    addScanned(split, kBowl);
    addScanned(split, kLoaf);
    QVERIFY_RESULT(split.setLineDiscount(0, Discount::percent(10'000)));
    QVERIFY_RESULT(split.setTicketDiscount(Discount::amount(50)));
    QVERIFY_RESULT(split.payOther(PaymentMethod::Card, 1000, QStringLiteral("AUTH2")));
    QVERIFY_RESULT(split.payCash(split.amountDueMinor()));
    const auto sale = commit(split);
    QVERIFY_RESULT(sale);

    // A gift card sold (no VAT), then spent in part on a loaf, the rest in cash.
    Ticket giftCard = newTicket();
    TicketLine voucherLine;
    const QString code = Vouchers::newCode();
    voucherLine.sku = Vouchers::lineSku(code);
    voucherLine.label = QStringLiteral("Gift card");
    voucherLine.unitPriceMinor = 300;
    QVERIFY_RESULT(giftCard.addLine(voucherLine));
    QVERIFY_RESULT(giftCard.payCash(500));
    const auto sold = commit(giftCard);
    QVERIFY_RESULT(sold);
    QCOMPARE(sold->vouchersIssued.size(), 1);
    Ticket spent = newTicket();
    addScanned(spent, kLoaf);
    QVERIFY_RESULT(spent.payOther(PaymentMethod::Voucher, 300, code));
    QVERIFY_RESULT(spent.payCash(100));
    QVERIFY_RESULT(commit(spent));

    // The bowl brought back, refunded in cash.
    auto refund = m_store->prepareRefund(sale->uuid, {RefundRequest {1, 1000}});
    QVERIFY_RESULT(refund);
    QVERIFY_RESULT(refund->payCash(refund->amountDueMinor()));
    QVERIFY_RESULT(commit(*refund));

    const ClosureRecord z = closeAndCheck();
    QCOMPARE(z.tickets, 4);
    QCOMPARE(z.refundTickets, 1);
    QVERIFY(z.refunds < 0);
    QVERIFY(z.discounts > 0);
    QCOMPARE(z.payments.size(), 3);
}

void TestCashDrawer::zTotalsWithSwissCashRounding()
{
    // A Swiss register: cash to the nearest 5 centimes, card to the centime.
    openRegister(QStringLiteral("CHF"), 5);
    Ticket rounded = newTicket();
    addScanned(rounded, kLoaf); // 3.99, paid 4.00 in cash
    QVERIFY_RESULT(rounded.payCash(500));
    const auto cash = commit(rounded);
    QVERIFY_RESULT(cash);
    QCOMPARE(cash->ticket.payments().first().amountMinor, 400);
    Ticket byCard = newTicket();
    addScanned(byCard, kLoaf);
    QVERIFY_RESULT(byCard.payOther(PaymentMethod::Card, 399, QStringLiteral("AUTH3")));
    QVERIFY_RESULT(commit(byCard));

    const ClosureRecord z = closeAndCheck();
    QCOMPARE(z.tickets, 2);
    // The Z's total is what the tickets were worth; its payments what was taken, cash rounded.
    qint64 paid = 0;
    for (const ClosureRecord::PaymentTotal& payment : z.payments)
        paid += payment.amount;
    QCOMPARE(paid, 400 + 399);
}

QTEST_GUILESS_MAIN(TestCashDrawer)
#include "TestCashDrawer.moc"
