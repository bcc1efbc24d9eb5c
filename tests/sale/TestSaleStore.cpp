#include "sale/LineForScan.h"
#include "sale/ReceiptText.h"
#include "sale/SaleStore.h"
#include "sale/Vouchers.h"
#include "storage/Settings.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <future>

using namespace caisse;

class TestSaleStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void commitStoresEverythingAndMovesStock();
    void unpaidTicketIsNotCommitted();
    void numbersFollowWithoutGaps();
    void refundReferencesTheSaleLineByLine();
    void refundNeverExceedsWhatWasSold();
    void refundOfADiscountedLineGivesBackWhatWasPaid();
    void parkAndResume();
    void receiptShowsVatTableAndChange();
    void weighedArticleFromAScaleLabel();
    void voucherSoldThenSpentNeverBelowZeroEvenWhenPaymentsRace();
    void expiredOrUnknownVoucherPaysNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    test::ManualClock m_clock;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<SaleStore> m_store;
    qint64 m_bread = 0;
    qint64 m_bowl = 0;
};

void TestSaleStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("caisse.db"))).value();
    m_bread = test::addArticle(*m_db, QStringLiteral("A1"), 399, 5500, QStringLiteral("4006381333931"));
    m_bowl = test::addArticle(*m_db, QStringLiteral("B2"), 1250, 20000, QStringLiteral("96385074"));
    m_catalog = std::make_unique<Catalog>(*m_db);
    m_store = std::make_unique<SaleStore>(*m_db, m_clock, QStringLiteral("R01"));
}

void TestSaleStore::cleanup()
{
    m_store.reset();
    m_catalog.reset();
    m_db.reset();
    m_dir.reset();
}

void TestSaleStore::commitStoresEverythingAndMovesStock()
{
    const Ticket sale = test::cashSale(
        *m_catalog, {QStringLiteral("4006381333931"), QStringLiteral("4006381333931"), QStringLiteral("96385074")});
    const auto committed = m_store->commit(sale, test::manager(QStringLiteral("Camille")));
    QVERIFY_RESULT(committed);
    QCOMPARE(committed->number, 1);
    QCOMPARE(committed->occurredAt, m_clock.nowUtc());
    QVERIFY(!QUuid::fromString(committed->uuid).isNull());

    const auto loaded = m_store->load(committed->uuid);
    QVERIFY(loaded);
    QCOMPARE(loaded->ticket.lines(), sale.lines());
    QCOMPARE(loaded->ticket.payments(), sale.payments());
    QCOMPARE(loaded->totals.totalMinor, 2048);
    QCOMPARE(loaded->totals.vat, sale.totals().vat);
    QCOMPARE(loaded->operatorName, QStringLiteral("Camille"));
    QCOMPARE(*m_catalog->stockLevelMilli(m_bread), 8000);
    QCOMPARE(*m_catalog->stockLevelMilli(m_bowl), 9000);

    QSqlQuery query(m_db->connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT uuid) FROM stock_movements WHERE ticket_uuid = '%1'")
                       .arg(committed->uuid)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    QCOMPARE(query.value(1).toInt(), 2);
}

void TestSaleStore::unpaidTicketIsNotCommitted()
{
    Ticket ticket = test::cashSale(*m_catalog, {QStringLiteral("96385074")});
    ticket.clearPayments();
    ticket.payCash(500);
    const auto refused = m_store->commit(ticket, test::manager(QStringLiteral("op")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::BusinessRule);
    QCOMPARE(m_store->recent(10)->size(), 0);
}

void TestSaleStore::numbersFollowWithoutGaps()
{
    for (int i = 0; i < 5; ++i) {
        m_clock.advance(1000);
        QCOMPARE(
            m_store
                ->commit(test::cashSale(*m_catalog, {QStringLiteral("96385074")}), test::manager(QStringLiteral("op")))
                ->number,
            i + 1);
    }
    // A failed commit takes no number.
    Ticket unpaid = test::cashSale(*m_catalog, {QStringLiteral("96385074")});
    unpaid.clearPayments();
    QVERIFY(!m_store->commit(unpaid, test::manager(QStringLiteral("op"))));
    QCOMPARE(
        m_store->commit(test::cashSale(*m_catalog, {QStringLiteral("96385074")}), test::manager(QStringLiteral("op")))
            ->number,
        6);
    // Another register numbers its own tickets.
    SaleStore second(*m_db, m_clock, QStringLiteral("R02"));
    QCOMPARE(
        second.commit(test::cashSale(*m_catalog, {QStringLiteral("96385074")}), test::manager(QStringLiteral("op")))
            ->number,
        1);
    const auto recent = m_store->recent(3);
    QCOMPARE(recent->first().number, 6);
}

void TestSaleStore::refundReferencesTheSaleLineByLine()
{
    const auto sale = m_store->commit(
        test::cashSale(*m_catalog,
                       {QStringLiteral("4006381333931"), QStringLiteral("4006381333931"), QStringLiteral("96385074")}),
        test::manager(QStringLiteral("op")));
    auto refund = m_store->prepareRefund(sale->uuid, {{1, 1000}, {2, 1000}});
    QVERIFY_RESULT(refund);
    QCOMPARE(refund->amountDueMinor(), -(399 + 1250));
    QVERIFY(refund->payCash(0));
    const auto committed = m_store->commit(*refund, test::manager(QStringLiteral("op")));
    QVERIFY_RESULT(committed);
    QCOMPARE(committed->number, 2);
    QCOMPARE(committed->correctsTicketUuid, sale->uuid);
    QCOMPARE(committed->totals.totalMinor, -1649);
    QCOMPARE(committed->ticket.payments().first().amountMinor, -1649);
    QCOMPARE(*m_catalog->stockLevelMilli(m_bread), 9000);
    QCOMPARE(*m_catalog->stockLevelMilli(m_bowl), 10000);
    const auto loaded = m_store->load(committed->uuid);
    QCOMPARE(loaded->ticket.lines().first().refundOf->ticketUuid, sale->uuid);
    QCOMPARE(loaded->correctsTicketNumber, 1);
}

void TestSaleStore::refundNeverExceedsWhatWasSold()
{
    const auto sale = m_store->commit(
        test::cashSale(*m_catalog, {QStringLiteral("4006381333931"), QStringLiteral("4006381333931")}),
        test::manager(QStringLiteral("op")));
    QVERIFY(!m_store->prepareRefund(sale->uuid, {{1, 3000}}));
    QVERIFY(!m_store->prepareRefund(sale->uuid, {{2, 1000}}));
    auto first = m_store->prepareRefund(sale->uuid, {{1, 1500}});
    first->payCash(0);
    QVERIFY(m_store->commit(*first, test::manager(QStringLiteral("op"))));
    QCOMPARE(*m_store->refundableQuantityMilli(sale->uuid, 1), 500);

    // Two refunds prepared from the same sale: the second one to commit is refused, not the sale over-refunded.
    auto a = m_store->prepareRefund(sale->uuid, {{1, 500}});
    auto b = m_store->prepareRefund(sale->uuid, {{1, 500}});
    a->payCash(0);
    b->payCash(0);
    QVERIFY(m_store->commit(*a, test::manager(QStringLiteral("op"))));
    const auto refused = m_store->commit(*b, test::manager(QStringLiteral("op")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::BusinessRule);
    QCOMPARE(*m_store->refundableQuantityMilli(sale->uuid, 1), 0);

    // One refund corrects one ticket.
    const auto other = m_store->commit(test::cashSale(*m_catalog, {QStringLiteral("96385074")}),
                                       test::manager(QStringLiteral("op")));
    auto mixed = m_store->prepareRefund(other->uuid, {{1, 1000}});
    TicketLine foreign = mixed->lines().first();
    foreign.refundOf = RefundOrigin {sale->uuid, 1};
    QVERIFY(mixed->addLine(foreign));
    mixed->payCash(0);
    const auto mixedRefused = m_store->commit(*mixed, test::manager(QStringLiteral("op")));
    QVERIFY(!mixedRefused);
    QVERIFY(mixedRefused.error().message.contains(QStringLiteral("one ticket")));

    // A refund cannot be refunded.
    QVERIFY(!m_store->prepareRefund(m_store->loadByNumber(2)->uuid, {{1, 1000}}));
}

void TestSaleStore::refundOfADiscountedLineGivesBackWhatWasPaid()
{
    Ticket ticket;
    ticket.addLine(
        lineForScan(*m_catalog, QStringLiteral("4006381333931"), BarcodeParser(), ticket.currency()).value());
    ticket.setQuantity(0, 3000);
    ticket.setTicketDiscount(Discount::amount(100)); // 11.97 - 1.00 = 10.97 for three
    ticket.payCash(1097);
    const auto sale = m_store->commit(ticket, test::manager(QStringLiteral("op")));
    QCOMPARE(sale->totals.totalMinor, 1097);

    qint64 givenBack = 0;
    for (int i = 0; i < 3; ++i) {
        auto refund = m_store->prepareRefund(sale->uuid, {{1, 1000}});
        QVERIFY(refund);
        givenBack -= refund->totals().totalMinor;
        refund->payCash(0);
        QVERIFY(m_store->commit(*refund, test::manager(QStringLiteral("op"))));
    }
    // 3.66 + 3.66 + 3.65: exactly what was paid, not 3 x 3.99.
    QCOMPARE(givenBack, 1097);
}

void TestSaleStore::parkAndResume()
{
    Ticket ticket;
    ticket.addLine(lineForScan(*m_catalog, QStringLiteral("96385074"), BarcodeParser(), ticket.currency()).value());
    ticket.setLineDiscount(0, Discount::percent(10000));
    const auto id = m_store->park(ticket, QStringLiteral("Mme Martin"));
    QVERIFY(id);
    QCOMPARE(m_store->parkedTickets()->size(), 1);
    QCOMPARE(m_store->parkedTickets()->first().label, QStringLiteral("Mme Martin"));
    const auto resumed = m_store->resume(*id);
    QVERIFY(resumed);
    QCOMPARE(resumed->lines(), ticket.lines());
    QCOMPARE(m_store->parkedTickets()->size(), 0);
    QVERIFY(!m_store->resume(*id));
    ticket.payCash(2000);
    QVERIFY(!m_store->park(ticket, QString()));
}

void TestSaleStore::receiptShowsVatTableAndChange()
{
    const auto sale
        = m_store->commit(test::cashSale(*m_catalog, {QStringLiteral("4006381333931"), QStringLiteral("96385074")}),
                          test::manager(QStringLiteral("Camille")));
    const ShopIdentity shop {QStringLiteral("Épicerie du Marché"),
                             QStringLiteral("12 rue des Halles"),
                             QStringLiteral("123 456 789 00012"),
                             {},
                             QStringLiteral("Merci !")};
    const QString receipt = ReceiptText::render(*sale, shop, QLocale(QLocale::English, QLocale::Ireland));
    QVERIFY2(receipt.contains(QStringLiteral("Épicerie du Marché")), qPrintable(receipt));
    QVERIFY(receipt.contains(QStringLiteral("Ticket 1")));
    QVERIFY(receipt.contains(QStringLiteral("€16.49")));
    QVERIFY(receipt.contains(QStringLiteral("€10.00"))); // change from 26.49
    QVERIFY(receipt.contains(QStringLiteral("5.5 %")));
    QVERIFY(receipt.contains(QStringLiteral("Camille")));
    for (const QString& line : receipt.split(u'\n'))
        QVERIFY2(line.size() <= ReceiptText::kWidth, qPrintable(line));
}

void TestSaleStore::weighedArticleFromAScaleLabel()
{
    Catalog catalog(*m_db);
    NewProduct tomatoes {QStringLiteral("Tomates grappe"),
                         QStringLiteral("Primeur"),
                         5500,
                         true,
                         true,
                         {{QStringLiteral("TOM"), {}, 1290, {QStringLiteral("2100005000000")}, 20'000}}};
    QVERIFY(catalog.addProduct(tomatoes, QStringLiteral("R01"), QStringLiteral("2026-11-23T09:00:00.000Z")));
    Ticket ticket;
    // 0.347 kg at 12.90 EUR/kg: FR-4's 4.48.
    const auto line = lineForScan(catalog, QStringLiteral("2100005003476"), BarcodeParser(), ticket.currency());
    QVERIFY_RESULT(line);
    QCOMPARE(line->quantityMilli, 347);
    ticket.addLine(*line);
    QCOMPARE(ticket.totals().totalMinor, 448);
    const auto unlabelled = lineForScan(catalog, QStringLiteral("2100005000000"), BarcodeParser(), ticket.currency());
    QVERIFY(!unlabelled);
    const auto unknown = lineForScan(catalog, QStringLiteral("3760001000016"), BarcodeParser(), ticket.currency());
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, Error::Code::NotFound);
    QVERIFY(unknown.error().message.contains(QStringLiteral("3760001000016")));
}

namespace {

/** A ticket of one gift card at amount, paid in cash; returns its code. */
Ticket giftCardSale(const QString& code, qint64 amount)
{
    Ticket ticket;
    TicketLine card;
    card.sku = Vouchers::lineSku(code);
    card.label = QStringLiteral("Gift card");
    card.unitPriceMinor = amount;
    ticket.addLine(card).value();
    ticket.payCash(amount).value();
    return ticket;
}

/** One bowl (12.50) paid with the voucher code. */
Ticket bowlPaidWithVoucher(Catalog& catalog, const QString& code)
{
    Ticket ticket = test::cashSale(catalog, {QStringLiteral("96385074")});
    ticket.clearPayments();
    ticket.payOther(PaymentMethod::Voucher, 1250, code).value();
    return ticket;
}

} // namespace

void TestSaleStore::voucherSoldThenSpentNeverBelowZeroEvenWhenPaymentsRace()
{
    const QString code = Vouchers::newCode();
    QVERIFY(Vouchers::isCode(code));
    QVERIFY(!Vouchers::isCode(code.left(15) + QString::number((code.back().digitValue() + 1) % 10))); // misread
    const auto sold = m_store->commit(giftCardSale(code, 2000), test::manager());
    QVERIFY_RESULT(sold);
    // Sold without VAT (it is due when spent), valid a year, its code on the receipt.
    QCOMPARE(sold->totals.vatMinor, 0);
    QCOMPARE(sold->vouchersIssued.size(), 1);
    QCOMPARE(sold->vouchersIssued.first().balanceMinor, 2000);
    QCOMPARE(sold->vouchersIssued.first().expiresOn, QDate(2027, 11, 23));
    ShopIdentity shop;
    shop.name = QStringLiteral("Shop");
    const QString receipt = ReceiptText::render(*sold, shop, QLocale::c());
    QVERIFY2(receipt.contains(Vouchers::readable(code)), qPrintable(receipt));

    // Two registers take 12.50 each from the 20.00 at the same moment: one is recorded, the other refused.
    const QString path = m_db->path();
    const auto payOnItsOwnConnection = [&](const QString& registerId) {
        auto database = Database::open(path).value();
        Catalog catalog(*database);
        SaleStore store(*database, m_clock, registerId);
        const auto committed = store.commit(bowlPaidWithVoucher(catalog, code), test::manager());
        return committed ? QString() : committed.error().message;
    };
    auto first = std::async(std::launch::async, payOnItsOwnConnection, QStringLiteral("R02"));
    auto second = std::async(std::launch::async, payOnItsOwnConnection, QStringLiteral("R03"));
    const QStringList refusals = QStringList {first.get(), second.get()}.filter(QStringLiteral("left"));
    QCOMPARE(refusals.size(), 1);
    QVERIFY2(refusals.first().contains(QStringLiteral("only")), qPrintable(refusals.first()));
    QCOMPARE(Vouchers(*m_db).find(code).value()->balanceMinor, 750);

    // Nor by hand: the database itself refuses a movement below zero.
    QSqlQuery query(m_db->connection());
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO voucher_movements(code, amount_minor, ticket_uuid, occurred_at) "
                                       "VALUES('%1', -800, '%2', '2026-11-23T09:30:00.000Z')")
                            .arg(code, sold->uuid)));
    QVERIFY(query.lastError().text().contains(QStringLiteral("below zero")));
}

void TestSaleStore::expiredOrUnknownVoucherPaysNothing()
{
    const QString code = Vouchers::newCode();
    QVERIFY_RESULT(m_store->commit(giftCardSale(code, 2000), test::manager()));
    m_clock.set(QDateTime(QDate(2027, 11, 24), QTime(10, 0), Qt::UTC));
    const auto expired = m_store->commit(bowlPaidWithVoucher(*m_catalog, code), test::manager());
    QVERIFY(!expired);
    QVERIFY2(expired.error().message.contains(QStringLiteral("expired")), qPrintable(expired.error().message));
    const auto unknown = m_store->commit(bowlPaidWithVoucher(*m_catalog, Vouchers::newCode()), test::manager());
    QVERIFY(!unknown);
    QCOMPARE(Vouchers(*m_db).find(code).value()->balanceMinor, 2000);
    QCOMPARE(m_store->recent(5)->size(), 1);
}

QTEST_GUILESS_MAIN(TestSaleStore)
#include "TestSaleStore.moc"
