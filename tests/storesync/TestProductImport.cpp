// The first connection to the online store: its products are matched by SKU, then barcode, before any is created;
// those sold only online are added while the catalog is read, the matches linked once confirmed; running it again
// creates nothing; prices come over only in the register's currency, VAT included.
#include "StoreEmulator.h"
#include "catalog/Catalog.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"
#include "storesync/ProductImport.h"
#include "storesync/SyncConventions.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caisse;

class TestProductImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void matchesBeforeCreatingAndNeverTwice();
    void pricesWithoutTaxAreConverted();
    void otherCurrencyCreatesNothing();
    void sharedBarcodeStaysWithTheFirst();
    void onlineVariantJoinsItsArticleOnceConfirmed();
    void stoppedWritingSaysToMatchAgain();
    void productsWithoutSkuAreNamedByTheRegister();
    void untrackedProductsComeInUntracked();

private:
    ImportPlan plan();
    qint64 count(const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    test::ManualClock m_clock;
    std::unique_ptr<StoreEmulator> m_store;
    std::unique_ptr<StoreClient> m_client;
};

void TestProductImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("caisse.db"))).value();
    test::addVectorsArticles(*m_db); // A1 (4006381333931) and B2 (96385074)
    m_store = std::make_unique<StoreEmulator>();
    QVERIFY(m_store->listen());
    m_client = std::make_unique<StoreClient>(
        StoreConnection {QUrl(m_store->baseUrl()), m_store->storeHash(), m_store->token()});
}

void TestProductImport::cleanup()
{
    m_client.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

ImportPlan TestProductImport::plan()
{
    ProductImport import(*m_db, m_clock, QStringLiteral("R01"), *m_client);
    QSignalSpy planned(&import, &ProductImport::planned);
    QSignalSpy failed(&import, &ProductImport::failed);
    import.plan();
    if (!QTest::qWaitFor([&] { return !planned.isEmpty() || !failed.isEmpty(); }, 10'000) || !failed.isEmpty())
        qFatal("no import plan");
    return planned.first().first().value<ImportPlan>();
}

qint64 TestProductImport::count(const QString& sql)
{
    return m_db->integer(sql).value();
}

void TestProductImport::matchesBeforeCreatingAndNeverTwice()
{
    // Same SKU in another case; same barcode under another SKU; a product only online, with three sizes.
    m_store->state().addProduct(QStringLiteral("Pain"), QStringLiteral("a1"), 399, 0, 12);
    m_store->state().addProduct(QStringLiteral("Bol"), QStringLiteral("WEB-BOL"), 1250, 0, 7,
                                QStringLiteral("96385074"));
    m_store->state().addProduct(QStringLiteral("T-shirt bio"), QStringLiteral("TSH"), 1990, 3, 5);
    m_store->state().addUnsetItem(QStringLiteral("CAISSE-SYNC-R02")); // another register's sync ledger: not an article

    const ImportPlan first = plan();
    QCOMPARE(first.matches.size(), 2);
    QCOMPARE(first.matches[0].localSku, QStringLiteral("A1"));
    QCOMPARE(first.matches[0].matchedBy, QStringLiteral("sku"));
    QCOMPARE(first.matches[1].localSku, QStringLiteral("B2"));
    QCOMPARE(first.matches[1].matchedBy, QStringLiteral("barcode"));
    QCOMPARE(first.created, 1);
    QVERIFY(first.note.isEmpty());
    // The product sold only online is at the register already, its three sizes linked; the matches wait.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM variants WHERE sku LIKE 'TSH-%'")), 3);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM store_links WHERE matched_by = 'created'")), 3);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM store_links WHERE matched_by <> 'created'")), 0);
    QVERIFY(Settings(*m_db).value(SyncConventions::catalogSinceSetting()).isEmpty());
    QCOMPARE(ProductImport::apply(*m_db, m_clock, QStringLiteral("R01"), first).value(), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM store_links")), 5);
    QVERIFY(!Settings(*m_db).value(SyncConventions::catalogSinceSetting()).isEmpty());

    // The online T-shirt sells at the counter now, at the store's price, with the store's stock.
    Catalog catalog(*m_db);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT v.id, v.price_minor, p.name FROM variants v JOIN products p ON "
                                      "p.id = v.product_id WHERE v.sku = 'TSH-2'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toLongLong(), 1990);
    QCOMPARE(query.value(2).toString(), QStringLiteral("T-shirt bio"));
    QCOMPARE(catalog.stockLevelMilli(query.value(0).toLongLong()).value(), 5'000);
    // Nothing of the import is sent back to the store as a stock change.
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);

    // A second run finds everything linked: no duplicate on either side.
    const ImportPlan second = plan();
    QVERIFY(second.matches.isEmpty());
    QCOMPARE(second.created, 0);
    QCOMPARE(second.alreadyLinked, 5);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM variants")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 5);
}

void TestProductImport::untrackedProductsComeInUntracked()
{
    // A gift wrapping whose stock the store does not count (its level is left over from before): not counted here.
    const qint64 wrapping
        = m_store->state().addProduct(QStringLiteral("Emballage cadeau"), QStringLiteral("GIFT"), 200, 0, 37);
    m_store->state().products[wrapping].tracksInventory = false;
    QCOMPARE(plan().created, 1);
    QCOMPARE(count(QStringLiteral("SELECT p.tracks_stock FROM products p JOIN variants v ON v.product_id = p.id WHERE "
                                  "v.sku = 'GIFT'")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT coalesce(sum(m.quantity_milli), 0) FROM stock_movements m JOIN variants v "
                                  "ON v.id = m.variant_id WHERE v.sku = 'GIFT'")),
             0);
}

void TestProductImport::pricesWithoutTaxAreConverted()
{
    m_store->state().setCurrency(QStringLiteral("EUR"), false);
    m_store->state().addProduct(QStringLiteral("Lampe"), QStringLiteral("LAMP"), 1000, 0, 1);
    QCOMPARE(plan().created, 1);
    QCOMPARE(count(QStringLiteral("SELECT price_minor FROM variants WHERE sku = 'LAMP'")), 1200); // 10.00 + 20 % VAT
}

void TestProductImport::otherCurrencyCreatesNothing()
{
    m_store->state().setCurrency(QStringLiteral("CHF"), true);
    m_store->state().addProduct(QStringLiteral("Pain"), QStringLiteral("A1"), 399, 0, 12);
    m_store->state().addProduct(QStringLiteral("Lampe"), QStringLiteral("LAMP"), 1000, 0, 1);
    const ImportPlan imported = plan();
    // Matching still works; nothing is created at a price of 0, and the manager is told why.
    QCOMPARE(imported.matches.size(), 1);
    QCOMPARE(imported.created, 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM variants WHERE sku = 'LAMP'")), 0);
    QVERIFY2(imported.note.contains(QStringLiteral("CHF")), qPrintable(imported.note));
}

void TestProductImport::sharedBarcodeStaysWithTheFirst()
{
    // Two products sold only online under one barcode (a listing made twice): both come over, the first scans.
    m_store->state().addProduct(QStringLiteral("Lampe"), QStringLiteral("LAMP"), 1000, 0, 1,
                                QStringLiteral("5012345678900"));
    m_store->state().addProduct(QStringLiteral("Lampe (bis)"), QStringLiteral("LAMP-2"), 1000, 0, 1,
                                QStringLiteral("5012345678900"));
    QCOMPARE(plan().created, 2);
    QCOMPARE(Catalog(*m_db).findByLookupKey(QStringLiteral("05012345678900")).value().sku, QStringLiteral("LAMP"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM variants WHERE sku LIKE 'LAMP%'")), 2);
}

void TestProductImport::onlineVariantJoinsItsArticleOnceConfirmed()
{
    // The register's A1 is on sale online with a second size the register lacks: it waits for the match.
    const qint64 bread = m_store->state().addProduct(QStringLiteral("Pain"), QStringLiteral("A1"), 399, 0, 12);
    m_store->state().addVariant(bread, QStringLiteral("A1-XL"), 3);
    const ImportPlan matched = plan();
    QCOMPARE(matched.matches.size(), 1);
    QCOMPARE(matched.created, 0);
    QCOMPARE(matched.joining.size(), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM variants WHERE sku = 'A1-XL'")), 0);

    QCOMPARE(ProductImport::apply(*m_db, m_clock, QStringLiteral("R01"), matched).value(), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT product_id) FROM variants WHERE sku IN ('A1', 'A1-XL')")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM store_links l JOIN variants v ON v.id = l.variant_id "
                                  "WHERE v.sku = 'A1-XL'")),
             1);
}

void TestProductImport::stoppedWritingSaysToMatchAgain()
{
    // A store answering one SKU twice (which BigCommerce refuses): the register cannot add both.
    m_store->state().addProduct(QStringLiteral("Lampe"), QStringLiteral("LAMP"), 1000, 0, 1);
    m_store->state().addProduct(QStringLiteral("Lampe bis"), QStringLiteral("LAMP"), 1000, 0, 1);
    ProductImport import(*m_db, m_clock, QStringLiteral("R01"), *m_client);
    QSignalSpy failed(&import, &ProductImport::failed);
    import.plan();
    QVERIFY(failed.wait(10'000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("Match the products again")),
             qPrintable(failed.first().first().toString()));
}

void TestProductImport::productsWithoutSkuAreNamedByTheRegister()
{
    // The store lets products go without an SKU: each still comes over, under a name of the register's own.
    StoreVariant mug;
    mug.storeProductId = 70;
    mug.storeVariantId = 701;
    mug.productName = QStringLiteral("Tasse");
    mug.priceMinor = 800;
    StoreVariant plate = mug;
    plate.storeProductId = 71;
    plate.storeVariantId = 711;
    plate.productName = QStringLiteral("Assiette");
    auto transaction = Transaction::begin(*m_db).value();
    QCOMPARE(ProductImport::create(*m_db, QStringLiteral("R01"), QStringLiteral("2026-11-24T09:00:00.000Z"),
                                   {{mug}, {plate}})
                 .value(),
             2);
    QVERIFY_RESULT(transaction.commit());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM variants WHERE sku IN ('WEB-701', 'WEB-711')")), 2);
}

QTEST_MAIN(TestProductImport)
#include "TestProductImport.moc"
