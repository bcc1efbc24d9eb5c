#include "catalog/Catalog.h"
#include "reports/SalesReports.h"
#include "sale/SaleStore.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caisse;

namespace {

const QString kBread = QStringLiteral("4006381333931");
const QString kBowl = QStringLiteral("96385074");

} // namespace

/** The manager's reports add up what the tickets hold, and nothing else. */
class TestSalesReports : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void octoberByDayArticleCategoryCashierAndMethod();

private:
    void sellAt(const QString& register_, const QString& isoTime, const QStringList& barcodes,
                const QString& cashier = QStringLiteral("Camille"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    test::ManualClock m_clock;
};

void TestSalesReports::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("caisse.db"))).value();
    test::addVectorsArticles(*m_db);
    // The bread's cost is known, the bowl's is not.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE products SET cost_price_minor = 150, category = 'Boulangerie' WHERE id = "
                                      "(SELECT v.product_id FROM variants v JOIN barcodes b ON b.variant_id = v.id "
                                      "WHERE b.lookup_key = '04006381333931')")));
}

void TestSalesReports::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSalesReports::sellAt(const QString& register_, const QString& isoTime, const QStringList& barcodes,
                              const QString& cashier)
{
    m_clock.set(QDateTime::fromString(isoTime, Qt::ISODateWithMs));
    Catalog catalog(*m_db);
    SaleStore store(*m_db, m_clock, register_);
    QVERIFY_RESULT(store.commit(test::cashSale(catalog, barcodes), test::cashier(cashier)));
}

void TestSalesReports::octoberByDayArticleCategoryCashierAndMethod()
{
    // Times at midday UTC, so that they fall on the same day in any of the shops' time zones.
    sellAt(QStringLiteral("R01"), QStringLiteral("2026-10-05T11:00:00.000Z"), {kBread, kBread, kBowl});
    // Another register's ticket, written between this register's: not this register's report.
    sellAt(QStringLiteral("R02"), QStringLiteral("2026-10-05T12:00:00.000Z"), {kBowl, kBowl});
    sellAt(QStringLiteral("R01"), QStringLiteral("2026-10-05T13:00:00.000Z"), {kBread}, QStringLiteral("Sacha"));
    sellAt(QStringLiteral("R01"), QStringLiteral("2026-10-06T12:00:00.000Z"), {kBowl});
    sellAt(QStringLiteral("R01"), QStringLiteral("2026-11-02T12:00:00.000Z"), {kBread});
    SalesReports reports(*m_db, QStringLiteral("R01"));
    const ReportPeriod october = ReportPeriod::monthOf(QDate(2026, 10, 17));

    const auto days = reports.sales(SalesReports::By::Day, october);
    QVERIFY_RESULT(days);
    QCOMPARE(days->size(), 2);
    QCOMPARE(days->at(0).label, QStringLiteral("2026-10-05"));
    QCOMPARE(days->at(0).tickets, 2);
    QCOMPARE(days->at(0).totalMinor, 399 + 399 + 1250 + 399);
    QCOMPARE(days->at(1).label, QStringLiteral("2026-10-06"));
    QCOMPARE(days->at(1).totalMinor, 1250);

    // Top sellers first; net per line without VAT (5.5 % and 20 %), margin at today's cost where it is known.
    const auto articles = reports.sales(SalesReports::By::Article, october);
    QVERIFY_RESULT(articles);
    QCOMPARE(articles->size(), 2);
    const SalesRow& bowl = articles->at(0);
    const SalesRow& bread = articles->at(1);
    QCOMPARE(bowl.quantityMilli, 2'000);
    QCOMPARE(bowl.totalMinor, 2'500);
    QCOMPARE(bowl.netMinor, 1'041 + 1'041);
    QVERIFY(!bowl.marginMinor);
    QCOMPARE(bread.quantityMilli, 3'000);
    QCOMPARE(bread.totalMinor, 1'197);
    QCOMPARE(bread.netMinor, 756 + 378);
    QCOMPARE(bread.marginMinor, std::optional<qint64>(756 + 378 - 3 * 150));

    const auto categories = reports.sales(SalesReports::By::Category, october);
    QVERIFY_RESULT(categories);
    QCOMPARE(categories->size(), 2);
    QCOMPARE(categories->at(1).label, QStringLiteral("Boulangerie"));
    QCOMPARE(categories->at(1).marginMinor, bread.marginMinor);

    const auto cashiers = reports.sales(SalesReports::By::Cashier, october);
    QVERIFY_RESULT(cashiers);
    QCOMPARE(cashiers->size(), 2);
    QCOMPARE(cashiers->at(0).label, QStringLiteral("Camille"));
    QCOMPARE(cashiers->at(0).tickets, 2);
    QCOMPARE(cashiers->at(1).label, QStringLiteral("Sacha"));

    const auto methods = reports.sales(SalesReports::By::PaymentMethod, october);
    QVERIFY_RESULT(methods);
    QCOMPARE(methods->size(), 1);
    QCOMPARE(methods->at(0).tickets, 3);
    QCOMPARE(methods->at(0).totalMinor, 2'447 + 1'250);

    // The month's VAT per rate is the sum of its tickets' own VAT table.
    const auto vat = reports.vat(october, true);
    QVERIFY_RESULT(vat);
    QCOMPARE(vat->size(), 2);
    for (const VatSummary& rate : *vat) {
        const qint64 expected
            = m_db->integer(QStringLiteral("SELECT SUM(v.vat_minor) FROM ticket_vat v JOIN tickets t ON t.id = "
                                           "v.ticket_id WHERE t.register_id = 'R01' AND t.occurred_at < '2026-11' AND "
                                           "v.vat_rate_milli_percent = ?"),
                            {rate.rateMilliPercent})
                  .value();
        QCOMPARE(rate.vatMinor, expected);
    }
}

QTEST_GUILESS_MAIN(TestSalesReports)
#include "TestSalesReports.moc"
