// Products after the first matching, by the system of record: the register's products created online once (even when
// the answer is lost), in their category, with their stock set before any change of it; or the store's changes and new
// products coming into the register; only selected products when so chosen; never a price of 0 across currencies.
#include "StoreEmulator.h"
#include "base/SystemClock.h"
#include "catalog/Catalog.h"
#include "sale/SaleStore.h"
#include "storage/Settings.h"
#include "storesync/CatalogSync.h"
#include "storesync/OnlineArticles.h"
#include "storesync/OrderSync.h"
#include "storesync/ProductImport.h"
#include "storesync/StockSync.h"
#include "storesync/SyncLog.h"
#include "storesync/SyncOutbox.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caisse;

class TestCatalogSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void registerProductsAreCreatedOnlineOnce();
    void otherCurrencyCreatesNothingOnline();
    void storeChangesAndNewProductsComeIn();
    void onlySelectedProductsFollowTheStore();
    void splitStockKeepsShopAndOnlineApart();
    void pricesCanBeLeftToEachSide();
    void aVariantAddedOnlineJoinsItsProduct();
    void anArticleFromAnOnlineOrderIsNotWrittenOver();
    void oneRefusedOpeningStockDoesNotHoldTheOthers();
    void aVariantAddedAtTheRegisterJoinsItsStoreProduct();
    void openingStockIsSetAsEachProductIsTracked();

private:
    /** The first connection's matching, confirmed. */
    void matchFirst();
    std::pair<bool, QString> syncCatalog();
    qint64 registerStock(const QString& sku);
    void syncStock();
    void syncOrders();
    QString registerField(const QString& sku, const QString& column);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    std::unique_ptr<StoreEmulator> m_store;
    std::unique_ptr<StoreClient> m_client;
};

void TestCatalogSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("caisse.db"))).value();
    test::addVectorsArticles(*m_db); // A1 "Pain de campagne" 3.99, B2 "Bol céramique" 12.50 (96385074), 10 each
    m_store = std::make_unique<StoreEmulator>();
    QVERIFY(m_store->listen());
    m_store->state().addProduct(QStringLiteral("Pain"), QStringLiteral("A1"), 399, 0, 12);
    m_client = std::make_unique<StoreClient>(
        StoreConnection {QUrl(m_store->baseUrl()), m_store->storeHash(), m_store->token()});
}

void TestCatalogSync::cleanup()
{
    m_client.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestCatalogSync::matchFirst()
{
    ProductImport import(*m_db, m_clock, QStringLiteral("R01"), *m_client);
    QSignalSpy planned(&import, &ProductImport::planned);
    import.plan();
    QVERIFY(planned.wait(10'000));
    QVERIFY_RESULT(
        ProductImport::apply(*m_db, m_clock, QStringLiteral("R01"), planned.first().first().value<ImportPlan>()));
}

std::pair<bool, QString> TestCatalogSync::syncCatalog()
{
    CatalogSync sync(*m_db, m_clock, *m_client);
    QSignalSpy finished(&sync, &CatalogSync::finished);
    sync.run();
    if (finished.isEmpty() && !finished.wait(10'000))
        qFatal("the catalog sync did not finish");
    return {finished.first().at(0).toBool(), finished.first().at(1).toString()};
}

void TestCatalogSync::syncStock()
{
    StockSync stock(*m_db, m_clock, QStringLiteral("R01"), *m_client);
    QSignalSpy done(&stock, &StockSync::finished);
    stock.run();
    QVERIFY(done.wait(10'000));
    QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
}

void TestCatalogSync::syncOrders()
{
    OrderSync orders(*m_db, m_clock, *m_client);
    QSignalSpy done(&orders, &OrderSync::finished);
    orders.run();
    QVERIFY(done.wait(10'000));
    QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
}

qint64 TestCatalogSync::registerStock(const QString& sku)
{
    return m_db
        ->integer(QStringLiteral("SELECT coalesce(sum(m.quantity_milli), 0) / 1000 FROM stock_movements m "
                                 "JOIN variants v ON v.id = m.variant_id WHERE v.sku = ?"),
                  {sku})
        .value();
}

QString TestCatalogSync::registerField(const QString& sku, const QString& column)
{
    QSqlQuery query(m_db->connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM variants v JOIN products p ON p.id = v.product_id WHERE v.sku = ?").arg(column));
    query.addBindValue(sku);
    if (!query.exec() || !query.next())
        qFatal("no such article");
    return query.value(0).toString();
}

void TestCatalogSync::registerProductsAreCreatedOnlineOnce()
{
    // Nothing before the manager confirmed the first matching.
    QCOMPARE(syncCatalog().first, true);
    QVERIFY(!m_store->state().hasItem(QStringLiteral("B2")));
    matchFirst();

    // The register's own fields for the online store go with it.
    QSqlQuery details(m_db->connection());
    QVERIFY(details.exec(QStringLiteral(
        "UPDATE products SET description = 'Bol en grès émaillé', cost_price_minor = 600, weight_milli = 450, "
        "low_stock_level = 3, image_url = 'https://example.fr/bol.jpg' WHERE name = 'Bol céramique'")));
    // B2 exists only at the register. Its creation's answer is lost (the fifth request: the store's settings, the
    // category looked up then created, the SKU looked up, then the creation).
    m_store->faults().queueFaults({StoreEmulator::Fault::None, StoreEmulator::Fault::None, StoreEmulator::Fault::None,
                                   StoreEmulator::Fault::None, StoreEmulator::Fault::DropAfter});
    QCOMPARE(syncCatalog().first, false);
    QVERIFY(m_store->state().hasItem(QStringLiteral("B2")));
    const qint64 products = m_store->state().productCount();
    // Sold at the counter meanwhile: part of the level the store will start from, not a change sent on top.
    SaleStore sales(*m_db, m_clock, QStringLiteral("R01"), Ed25519Key::generate().value());
    Catalog catalog(*m_db);
    QVERIFY_RESULT(sales.commit(test::cashSale(catalog, {QStringLiteral("96385074")}), test::cashier()));

    const auto [ok, message] = syncCatalog();
    QVERIFY2(ok, qPrintable(message));
    QCOMPARE(m_store->state().productCount(), products); // found by its SKU, not created twice
    const StoreState::Product created = m_store->state().productOf(QStringLiteral("B2"));
    QCOMPARE(created.name, QStringLiteral("Bol céramique"));
    QCOMPARE(created.priceCents, 1250);
    QCOMPARE(created.upc, QStringLiteral("96385074"));
    QCOMPARE(m_store->state().categories.size(), 1);
    QCOMPARE(created.categories, QList<qint64> {m_store->state().categories.first().id});
    QCOMPARE(m_store->state().onHand(QStringLiteral("B2")), 9); // the register's level, set once
    QCOMPARE(created.description, QStringLiteral("Bol en grès émaillé"));
    QCOMPARE(created.costPriceCents, 600);
    QCOMPARE(created.weight, 0.45);
    QCOMPARE(created.warningLevel, 3);
    QCOMPARE(created.imageUrl, QStringLiteral("https://example.fr/bol.jpg"));

    // From now on its changes go as relative adjustments, once.
    QVERIFY_RESULT(sales.commit(test::cashSale(catalog, {QStringLiteral("96385074")}), test::cashier()));
    syncStock();
    QCOMPARE(m_store->state().onHand(QStringLiteral("B2")), 8);
    QCOMPARE(registerStock(QStringLiteral("B2")), 8);

    QVERIFY(syncCatalog().first);
    QCOMPARE(m_store->state().productCount(), products + 1); // and the register's sync ledger (StockSync)
    QCOMPARE(m_store->state().categories.size(), 1);
    // The matching itself sends nothing back: A1 keeps the store's name.
    QCOMPARE(m_store->state().productOf(QStringLiteral("A1")).name, QStringLiteral("Pain"));

    // Changed at the register later: sent, once.
    OnlineArticles articles(*m_db);
    QVERIFY_RESULT(articles.setTracksStock(articles.find(QStringLiteral("A1")).value().variantId, false,
                                           QDateTime::currentDateTimeUtc()));
    QVERIFY(syncCatalog().first);
    QVERIFY(!m_store->state().productOf(QStringLiteral("A1")).tracksInventory);
    // Only what changed: the name, never changed at the register since the matching, stays the store's.
    QCOMPARE(m_store->state().productOf(QStringLiteral("A1")).name, QStringLiteral("Pain"));
    const qint64 updates = m_store->requestCount(QStringLiteral("PUT /stores/demo/v3/catalog/products"));
    QCOMPARE(updates, 1);
    QVERIFY(syncCatalog().first);
    QCOMPARE(m_store->requestCount(QStringLiteral("PUT /stores/demo/v3/catalog/products")), updates);
}

void TestCatalogSync::otherCurrencyCreatesNothingOnline()
{
    matchFirst();
    m_store->state().setCurrency(QStringLiteral("CHF"), true);
    const auto [ok, message] = syncCatalog();
    QVERIFY(ok);
    QVERIFY(!m_store->state().hasItem(QStringLiteral("B2")));
    QVERIFY2(message.contains(QStringLiteral("CHF")) && message.contains(QStringLiteral("not created online")),
             qPrintable(message));
}

void TestCatalogSync::storeChangesAndNewProductsComeIn()
{
    QVERIFY_RESULT(Settings(*m_db).setValue(QStringLiteral("store_product_record"), QStringLiteral("online_store")));
    m_store->state().setCurrency(QStringLiteral("EUR"), false); // prices entered without tax
    matchFirst();
    const qint64 bread = m_store->state().productOf(QStringLiteral("A1")).id;
    m_store->state().updateProduct(bread, QStringLiteral("Pain de campagne bio"), 375, QStringLiteral("3760001000030"));
    m_store->state().setProductDetails(bread, QStringLiteral("Pain au levain naturel"), 150, 5,
                                       QStringLiteral("https://example.fr/pain.jpg"), false);
    m_store->state().addProduct(QStringLiteral("Lampe"), QStringLiteral("LAMP"), 1000, 0, 4);

    const auto [ok, message] = syncCatalog();
    QVERIFY2(ok, qPrintable(message));
    QCOMPARE(registerField(QStringLiteral("A1"), QStringLiteral("p.name")), QStringLiteral("Pain de campagne bio"));
    // 3.75 without tax, at the article's own rate (5.5 %): 3.96 at the counter.
    QCOMPARE(registerField(QStringLiteral("A1"), QStringLiteral("v.price_minor")), QStringLiteral("396"));
    // The new barcode scans; the old one still does.
    Catalog catalog(*m_db);
    QCOMPARE(catalog.findByLookupKey(*BarcodeParser::lookupKeyOf(QStringLiteral("3760001000030"))).value().sku,
             QStringLiteral("A1"));
    QCOMPARE(catalog.findByLookupKey(*BarcodeParser::lookupKeyOf(QStringLiteral("4006381333931"))).value().sku,
             QStringLiteral("A1"));
    QCOMPARE(registerField(QStringLiteral("A1"), QStringLiteral("p.description")),
             QStringLiteral("Pain au levain naturel"));
    QCOMPARE(registerField(QStringLiteral("A1"), QStringLiteral("p.cost_price_minor")), QStringLiteral("150"));
    QCOMPARE(registerField(QStringLiteral("A1"), QStringLiteral("p.low_stock_level")), QStringLiteral("5"));
    QCOMPARE(registerField(QStringLiteral("A1"), QStringLiteral("p.image_url")),
             QStringLiteral("https://example.fr/pain.jpg"));
    QCOMPARE(registerField(QStringLiteral("A1"), QStringLiteral("p.tracks_stock")), QStringLiteral("0"));
    // Stock is not taken from a catalog read: the register's own stays.
    QCOMPARE(registerStock(QStringLiteral("A1")), 10);
    QCOMPARE(registerField(QStringLiteral("LAMP"), QStringLiteral("v.price_minor")), QStringLiteral("1200"));
    QCOMPARE(registerStock(QStringLiteral("LAMP")), 4);
    // The register's own product is not sent online: the store is the record.
    QVERIFY(!m_store->state().hasItem(QStringLiteral("B2")));

    QVERIFY(syncCatalog().first);
    QCOMPARE(m_db->integer(QStringLiteral("SELECT count(*) FROM variants WHERE sku = 'LAMP'"), {}).value(), 1);
}

void TestCatalogSync::onlySelectedProductsFollowTheStore()
{
    Settings settings(*m_db);
    QVERIFY_RESULT(settings.setValue(QStringLiteral("store_product_record"), QStringLiteral("online_store")));
    QVERIFY_RESULT(settings.setValue(QStringLiteral("store_product_scope"), QStringLiteral("selected")));
    matchFirst();
    m_store->state().updateProduct(m_store->state().productOf(QStringLiteral("A1")).id, QStringLiteral("Pain bio"), 450,
                                   {});
    m_store->state().addProduct(QStringLiteral("Lampe"), QStringLiteral("LAMP"), 1000, 0, 4);
    QVERIFY(syncCatalog().first);
    QCOMPARE(registerField(QStringLiteral("A1"), QStringLiteral("p.name")), QStringLiteral("Pain de campagne"));
    QCOMPARE(m_db->integer(QStringLiteral("SELECT count(*) FROM variants WHERE sku = 'LAMP'"), {}).value(), 0);

    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE products SET online_selected = 1 WHERE name = 'Pain de campagne'")));
    m_store->state().updateProduct(m_store->state().productOf(QStringLiteral("A1")).id, QStringLiteral("Pain bio"), 450,
                                   {});
    QVERIFY(syncCatalog().first);
    QCOMPARE(registerField(QStringLiteral("A1"), QStringLiteral("p.name")), QStringLiteral("Pain bio"));
}

void TestCatalogSync::splitStockKeepsShopAndOnlineApart()
{
    QVERIFY_RESULT(Settings(*m_db).setValue(QStringLiteral("store_product_record"), QStringLiteral("online_store")));
    matchFirst();
    syncOrders(); // the first connection's line between past and new orders
    OnlineArticles split(*m_db);
    const OnlineArticle bread = split.find(QStringLiteral("4006381333931")).value();
    QCOMPARE(bread.sku, QStringLiteral("A1"));
    QCOMPARE(bread.shopQuantity, 10);
    QVERIFY(!split.find(QStringLiteral("B2")).value().linked);
    QVERIFY(!split.setOnlineQuantity(split.find(QStringLiteral("B2")).value().variantId, 3)); // not online

    // The manager keeps 5 for online; the shop keeps its 10.
    QVERIFY_RESULT(split.setOnlineQuantity(bread.variantId, 5));
    QVERIFY(syncCatalog().first);
    QCOMPARE(m_store->state().onHand(QStringLiteral("A1")), 5);
    QVERIFY(!split.find(QStringLiteral("A1")).value().onlineQuantityWaiting.has_value());

    // A sale at the counter takes from the shop only; an online order from online only.
    SaleStore sales(*m_db, m_clock, QStringLiteral("R01"), Ed25519Key::generate().value());
    Catalog catalog(*m_db);
    QVERIFY_RESULT(sales.commit(test::cashSale(catalog, {QStringLiteral("4006381333931")}), test::cashier()));
    QCOMPARE(SyncOutbox(*m_db, m_clock, QStringLiteral("R01")).waiting().value(), 0);
    syncStock();
    m_store->state().addOrder(11, QStringLiteral("alice@example.fr"),
                              {{QStringLiteral("A1"), QStringLiteral("Pain"), 2}});
    syncOrders();
    QCOMPARE(registerStock(QStringLiteral("A1")), 9);
    QCOMPARE(m_store->state().onHand(QStringLiteral("A1")), 3);

    // One stock again: the store starts from the shop's level, then follows each sale once.
    QVERIFY_RESULT(split.share(bread.variantId));
    QVERIFY(syncCatalog().first);
    QCOMPARE(m_store->state().onHand(QStringLiteral("A1")), 9);
    QVERIFY_RESULT(sales.commit(test::cashSale(catalog, {QStringLiteral("4006381333931")}), test::cashier()));
    syncStock();
    QCOMPARE(m_store->state().onHand(QStringLiteral("A1")), 8);
    QCOMPARE(registerStock(QStringLiteral("A1")), 8);
}

void TestCatalogSync::pricesCanBeLeftToEachSide()
{
    Settings settings(*m_db);
    QVERIFY_RESULT(settings.setValue(QStringLiteral("store_product_record"), QStringLiteral("online_store")));
    QVERIFY_RESULT(settings.setValue(QStringLiteral("store_sync_prices"), QStringLiteral("0")));
    matchFirst();
    m_store->state().updateProduct(m_store->state().productOf(QStringLiteral("A1")).id, QStringLiteral("Pain bio"), 450,
                                   {});
    QVERIFY(syncCatalog().first);
    QCOMPARE(registerField(QStringLiteral("A1"), QStringLiteral("p.name")), QStringLiteral("Pain bio"));
    QCOMPARE(registerField(QStringLiteral("A1"), QStringLiteral("v.price_minor")), QStringLiteral("399"));
}

void TestCatalogSync::aVariantAddedOnlineJoinsItsProduct()
{
    QVERIFY_RESULT(Settings(*m_db).setValue(QStringLiteral("store_product_record"), QStringLiteral("online_store")));
    const qint64 shirt = m_store->state().addProduct(QStringLiteral("T-shirt bio"), QStringLiteral("TSH"), 1990, 2, 5);
    matchFirst(); // created at the register with its two sizes
    m_store->state().addVariant(shirt, QStringLiteral("TSH-3"), 4);
    QVERIFY(syncCatalog().first);
    QCOMPARE(registerStock(QStringLiteral("TSH-3")), 4);
    QCOMPARE(registerField(QStringLiteral("TSH-3"), QStringLiteral("p.id")),
             registerField(QStringLiteral("TSH-1"), QStringLiteral("p.id")));
    QCOMPARE(m_db->integer(QStringLiteral("SELECT count(*) FROM products WHERE name = 'T-shirt bio'"), {}).value(), 1);
}

void TestCatalogSync::anArticleFromAnOnlineOrderIsNotWrittenOver()
{
    // The register is the system of record (the default). A jacket in two sizes is added online after the matching,
    // weighed there, and one size is sold online at a sale price.
    matchFirst();
    QVERIFY(syncCatalog().first);
    syncOrders(); // the first connection
    StoreState& store = m_store->state();
    const qint64 jacket = store.addProduct(QStringLiteral("Veste"), QStringLiteral("VES"), 1500, 2, 6);
    store.products[jacket].weight = 0.4;
    store.addOrder(11, QStringLiteral("alice@example.fr"),
                   {{QStringLiteral("VES-1"), QStringLiteral("Veste"), 1, 1250}});
    syncOrders();
    QCOMPARE(registerField(QStringLiteral("VES-1"), QStringLiteral("v.price_minor")), QStringLiteral("1250"));

    // The article the order created is the store's product as the store holds it: nothing goes back.
    const QString updates = QStringLiteral("PUT /stores/demo/v3/catalog/products");
    QVERIFY(syncCatalog().first);
    QCOMPARE(m_store->requestCount(updates), 0);
    QCOMPARE(store.products[jacket].priceCents, 1500);
    QCOMPARE(store.products[jacket].weight, 0.4);
    QVERIFY(store.products[jacket].tracksInventory);

    // Its name changed at the register goes, alone: the store's price and weight stay.
    QSqlQuery rename(m_db->connection());
    QVERIFY(rename.exec(QStringLiteral("UPDATE products SET name = 'Veste de pluie', updated_at = "
                                       "'2999-01-01T00:00:00.000Z' WHERE id = (SELECT product_id FROM variants WHERE "
                                       "sku = 'VES-1')")));
    QVERIFY(syncCatalog().first);
    QCOMPARE(m_store->requestCount(updates), 1);
    QCOMPARE(store.products[jacket].name, QStringLiteral("Veste de pluie"));
    QCOMPARE(store.products[jacket].priceCents, 1500);
    QCOMPARE(store.products[jacket].weight, 0.4);
    QVERIFY(syncCatalog().first);
    QCOMPARE(m_store->requestCount(updates), 1);
}

void TestCatalogSync::oneRefusedOpeningStockDoesNotHoldTheOthers()
{
    // Two articles waiting for their opening stock, both read as tracked by product; the store has since stopped
    // tracking the bowl's stock, and refuses the request for it.
    StoreState& store = m_store->state();
    const qint64 bowl = store.addProduct(QStringLiteral("Bol"), QStringLiteral("B2"), 1250, 0, 10);
    matchFirst();
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE store_links SET opening_stock = CASE (SELECT sku FROM variants v WHERE "
                                      "v.id = variant_id) WHEN 'A1' THEN 25 ELSE 7 END")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO store_tracking(store_product_id, tracking, read_at) SELECT DISTINCT "
                                      "store_product_id, 'product', '2026-01-01T00:00:00.000Z' FROM store_links")));
    store.products[bowl].tracksInventory = false;

    // The bread's level is set; the bowl is held with the store's words, for the manager.
    const auto [ok, message] = syncCatalog();
    QVERIFY(!ok);
    QVERIFY2(message.contains(QStringLiteral("B2")) && message.contains(QStringLiteral("not tracked")),
             qPrintable(message));
    QCOMPARE(store.onHand(QStringLiteral("A1")), 25);
    QCOMPARE(store.onHand(QStringLiteral("B2")), 10);
    const auto entries = SyncLog(*m_db).entries(10).value();
    const auto held = std::ranges::find_if(entries, [](const SyncLogEntry& entry) { return entry.kind == u"opening"; });
    QVERIFY(held != entries.end());
    QCOMPARE(held->reference, QStringLiteral("B2"));
    QVERIFY(held->error.contains(QStringLiteral("not tracked")));

    // Not sent again by itself: the next run is clean.
    const QString absolute = QStringLiteral("PUT /stores/demo/v3/inventory/adjustments/absolute");
    const qint64 sent = m_store->requestCount(absolute);
    QVERIFY(syncCatalog().first);
    QCOMPARE(m_store->requestCount(absolute), sent);

    // Sent again by the manager: the store's tracking is read again, and an untracked product takes no stock.
    QVERIFY_RESULT(CatalogSync::retryOpeningStock(*m_db, held->retryableOpeningVariantId));
    QVERIFY(syncCatalog().first);
    QCOMPARE(m_store->requestCount(absolute), sent);
    QCOMPARE(
        m_db->integer(QStringLiteral("SELECT count(*) FROM store_links WHERE opening_stock IS NOT NULL"), {}).value(),
        0);
}

void TestCatalogSync::aVariantAddedAtTheRegisterJoinsItsStoreProduct()
{
    // A T-shirt in S and M online, taken in by the matching; the shop receives it in L and XL too.
    StoreState& store = m_store->state();
    const qint64 shirt = store.addProduct(QStringLiteral("T-shirt bio"), QStringLiteral("TSH"), 1990, 2, 5);
    store.items[QStringLiteral("TSH-1")].options = {{QStringLiteral("Taille"), QStringLiteral("S")}};
    store.items[QStringLiteral("TSH-2")].options = {{QStringLiteral("Taille"), QStringLiteral("M")}};
    matchFirst();
    const qint64 product
        = m_db->integer(QStringLiteral("SELECT product_id FROM variants WHERE sku = 'TSH-1'"), {}).value();
    const auto addSize = [&](const QString& sku, const QString& label) {
        QVERIFY_RESULT(Catalog(*m_db).addVariants(product, true, {{sku, label, 1990, {}, 4'000}}, QStringLiteral("R01"),
                                                  toStorageTime(QDateTime::currentDateTimeUtc())));
    };
    addSize(QStringLiteral("TSH-L"), QStringLiteral("L"));
    const auto [ok, message] = syncCatalog();
    QVERIFY2(ok, qPrintable(message));
    QCOMPARE(store.productOf(QStringLiteral("TSH-L")).id, shirt);
    QCOMPARE(store.items[QStringLiteral("TSH-L")].options,
             (QList<std::pair<QString, QString>> {{QStringLiteral("Taille"), QStringLiteral("L")}}));
    QCOMPARE(store.onHand(QStringLiteral("TSH-L")), 4); // its opening stock, set once
    const qint64 products = store.productCount();

    // XL: the answer to its creation is lost (the store's settings, its SKU looked up, the product's variants read,
    // then the creation); found by its SKU at the next run, never created twice.
    addSize(QStringLiteral("TSH-XL"), QStringLiteral("XL"));
    m_store->faults().queueFaults({StoreEmulator::Fault::None, StoreEmulator::Fault::None, StoreEmulator::Fault::None,
                                   StoreEmulator::Fault::DropAfter});
    QVERIFY(!syncCatalog().first);
    QVERIFY(syncCatalog().first);
    QCOMPARE(store.productCount(), products);
    QCOMPARE(store.products[shirt].skus.count(QStringLiteral("TSH-XL")), 1);
    QCOMPARE(store.onHand(QStringLiteral("TSH-XL")), 4);

    // A size named with two values where the product has one option: said, nothing created.
    addSize(QStringLiteral("TSH-XXL"), QStringLiteral("XXL / Rouge"));
    const auto [refused, why] = syncCatalog();
    QVERIFY(!refused);
    QVERIFY2(why.contains(QStringLiteral("TSH-XXL")), qPrintable(why));
    QVERIFY(!store.hasItem(QStringLiteral("TSH-XXL")));
}

void TestCatalogSync::openingStockIsSetAsEachProductIsTracked()
{
    // Three articles only the register has: a mug (one variant), a jumper in two sizes, gift bags it does not count.
    Catalog catalog(*m_db);
    const QString now = toStorageTime(QDateTime::currentDateTimeUtc());
    QVERIFY_RESULT(catalog.addProduct({QStringLiteral("Tasse"),
                                       QStringLiteral("Maison"),
                                       20'000,
                                       true,
                                       false,
                                       {{QStringLiteral("TAS"), {}, 900, {QStringLiteral("3760001000900")}, 4'000}}},
                                      QStringLiteral("R01"), now));
    QVERIFY_RESULT(catalog.addProduct({QStringLiteral("Pull"),
                                       QStringLiteral("Mode"),
                                       20'000,
                                       true,
                                       false,
                                       {{QStringLiteral("PUL-S"), QStringLiteral("S"), 4900, {}, 3'000},
                                        {QStringLiteral("PUL-M"), QStringLiteral("M"), 4900, {}, 5'000}}},
                                      QStringLiteral("R01"), now));
    QVERIFY_RESULT(catalog.addProduct({QStringLiteral("Sac cadeau"),
                                       QStringLiteral("Maison"),
                                       20'000,
                                       false,
                                       false,
                                       {{QStringLiteral("SAC"), {}, 50, {}, 0}}},
                                      QStringLiteral("R01"), now));
    matchFirst();
    const auto [ok, message] = syncCatalog();
    QVERIFY2(ok, qPrintable(message));
    StoreState& store = m_store->state();
    // Set once each, named as each is tracked (by product, by variant); the untracked one is created untracked.
    QCOMPARE(store.onHand(QStringLiteral("TAS")), 4);
    QCOMPARE(store.onHand(QStringLiteral("PUL-S")), 3);
    QCOMPARE(store.onHand(QStringLiteral("PUL-M")), 5);
    QVERIFY(store.productOf(QStringLiteral("PUL-S")).hasVariants);
    QVERIFY(!store.productOf(QStringLiteral("SAC")).tracksInventory);
    for (const StoreState::Adjustment& adjustment : store.adjustments) {
        for (const auto& [sku, quantity] : adjustment.items)
            QVERIFY2(sku != u"SAC", "an untracked product was sent stock");
    }

    // Then sold at the counter: each tracked one goes down once online.
    SaleStore sales(*m_db, m_clock, QStringLiteral("R01"), Ed25519Key::generate().value());
    QVERIFY_RESULT(sales.commit(test::cashSale(catalog, {QStringLiteral("3760001000900")}), test::cashier()));
    syncStock();
    QCOMPARE(store.onHand(QStringLiteral("TAS")), 3);
    QCOMPARE(registerStock(QStringLiteral("TAS")), 3);
}

QTEST_GUILESS_MAIN(TestCatalogSync)
#include "TestCatalogSync.moc"
