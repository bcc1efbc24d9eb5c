// The store sync's outbox: every stock change the register makes is waiting to be sent, in the same transaction as
// the sale; batches sum changes per SKU, are on disk before their request leaves, and an unanswered batch stops
// everything until it is settled, so nothing can be applied twice.
#include "fiscal/Ed25519Key.h"
#include "sale/SaleStore.h"
#include "storage/Settings.h"
#include "storesync/SyncOutbox.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caisse;

namespace {

using Pairs = QList<std::pair<QString, qint64>>;

/** What a batch changes, SKU by SKU, without the store ids it is sent by. */
Pairs skuQuantities(const QList<StockDelta>& deltas)
{
    Pairs pairs;
    for (const StockDelta& delta : deltas)
        pairs.append({delta.sku, delta.quantity});
    return pairs;
}

} // namespace

class TestSyncOutbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void salesWaitInTheOutbox();
    void batchSumsPerSkuAndIsOnDiskFirst();
    void unansweredBatchStopsTheNextOne();
    void changesFromTheStoreAreNotSentBack();
    void articlesTheStoreDoesNotSyncWaitWithoutBlockingOthers();

private:
    void sell(const QStringList& barcodes)
    {
        QVERIFY_RESULT(m_store->commit(test::cashSale(*m_catalog, barcodes), test::cashier()));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    test::ManualClock m_clock;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<SaleStore> m_store;
    std::unique_ptr<SyncOutbox> m_outbox;
};

void TestSyncOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("caisse.db"))).value();
    test::addVectorsArticles(*m_db);
    test::linkAllToStore(*m_db);
    m_catalog = std::make_unique<Catalog>(*m_db);
    m_store = std::make_unique<SaleStore>(*m_db, m_clock, QStringLiteral("R01"), Ed25519Key::generate().value());
    m_outbox = std::make_unique<SyncOutbox>(*m_db, m_clock, QStringLiteral("R01"));
}

void TestSyncOutbox::cleanup()
{
    m_outbox.reset();
    m_store.reset();
    m_catalog.reset();
    m_db.reset();
    m_dir.reset();
}

void TestSyncOutbox::salesWaitInTheOutbox()
{
    // The articles' initial stock is the register's own starting point, not a change to send.
    QCOMPARE(m_outbox->waiting().value(), 0);
    sell({QStringLiteral("4006381333931"), QStringLiteral("96385074")});
    sell({QStringLiteral("4006381333931")});
    QCOMPARE(m_outbox->waiting().value(), 3);

    // Training tickets move no stock, so they send nothing.
    SaleStore training(*m_db, m_clock, QStringLiteral("R01"), Ed25519Key::generate().value(),
                       SaleStore::Mode::Training);
    QVERIFY_RESULT(training.commit(test::cashSale(*m_catalog, {QStringLiteral("96385074")}), test::cashier()));
    QCOMPARE(m_outbox->waiting().value(), 3);
}

void TestSyncOutbox::batchSumsPerSkuAndIsOnDiskFirst()
{
    sell({QStringLiteral("4006381333931"), QStringLiteral("96385074")});
    sell({QStringLiteral("4006381333931"), QStringLiteral("4006381333931")});
    const auto batch = m_outbox->prepareStockBatch();
    QVERIFY_RESULT(batch);
    QVERIFY(batch->has_value());
    QCOMPARE(skuQuantities((*batch)->deltas), (Pairs {{QStringLiteral("A1"), -3}, {QStringLiteral("B2"), -1}}));
    QVERIFY((*batch)->marker.startsWith(QStringLiteral("caisse-R01-")));
    // Prepared is on disk: a register killed now finds it unsettled at its next start.
    SyncOutbox restarted(*m_db, m_clock, QStringLiteral("R01"));
    QCOMPARE(restarted.unsettledBatches().value().size(), 1);
    QCOMPARE(restarted.unsettledBatches().value().first().deltas, (*batch)->deltas);

    QVERIFY_RESULT(m_outbox->markApplied((*batch)->id, QStringLiteral("tx-1")));
    QCOMPARE(m_outbox->waiting().value(), 0);
    QVERIFY(!m_outbox->prepareStockBatch().value().has_value());

    // A sale after the batch goes into the next one only.
    sell({QStringLiteral("96385074")});
    const auto next = m_outbox->prepareStockBatch().value();
    QVERIFY(next.has_value());
    QCOMPARE(skuQuantities(next->deltas), (Pairs {{QStringLiteral("B2"), -1}}));
    QVERIFY(next->marker != (*batch)->marker);
}

void TestSyncOutbox::unansweredBatchStopsTheNextOne()
{
    sell({QStringLiteral("4006381333931")});
    const auto batch = m_outbox->prepareStockBatch().value();
    QVERIFY(batch.has_value());
    QVERIFY_RESULT(m_outbox->markUnknown(batch->id, QStringLiteral("timeout")));
    sell({QStringLiteral("96385074")});
    // Nothing more leaves until the unknown batch is settled: resending it blindly could count it twice.
    QVERIFY(!m_outbox->prepareStockBatch().value().has_value());
    QCOMPARE(m_outbox->waiting().value(), 2);

    // Checked on the store: never applied. Its change waits again and goes with the next one.
    QVERIFY_RESULT(m_outbox->release(batch->id, QStringLiteral("not found on the store")));
    const auto again = m_outbox->prepareStockBatch().value();
    QVERIFY(again.has_value());
    QCOMPARE(skuQuantities(again->deltas), (Pairs {{QStringLiteral("A1"), -1}, {QStringLiteral("B2"), -1}}));
}

void TestSyncOutbox::changesFromTheStoreAreNotSentBack()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO stock_movements(uuid, variant_id, quantity_milli, reason, register_id, occurred_at, origin) "
        "SELECT 'online-1', id, -2000, 'adjustment', 'R01', '2026-11-23T10:00:00.000Z', 'store' FROM variants "
        "WHERE sku = 'A1'")));
    QCOMPARE(m_outbox->waiting().value(), 0);
}

void TestSyncOutbox::articlesTheStoreDoesNotSyncWaitWithoutBlockingOthers()
{
    // Sold only at the register (not linked): its change would make the store refuse the whole batch.
    test::addArticle(*m_db, QStringLiteral("SHOP-ONLY"), 500, 20000, QStringLiteral("3760001000023"));
    sell({QStringLiteral("4006381333931"), QStringLiteral("3760001000023")});
    QCOMPARE(m_outbox->waiting().value(), 1);
    auto batch = m_outbox->prepareStockBatch().value();
    QVERIFY(batch.has_value());
    QCOMPARE(skuQuantities(batch->deltas), (Pairs {{QStringLiteral("A1"), -1}}));
    QVERIFY_RESULT(m_outbox->markApplied(batch->id, QStringLiteral("tx-1")));

    // Only selected products sync: A1 is not selected, B2 is.
    QVERIFY_RESULT(Settings(*m_db).setValue(QStringLiteral("store_product_scope"), QStringLiteral("selected")));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE products SET online_selected = 1 WHERE id = (SELECT product_id FROM "
                                      "variants WHERE sku = 'B2')")));
    sell({QStringLiteral("4006381333931"), QStringLiteral("96385074")});
    batch = m_outbox->prepareStockBatch().value();
    QVERIFY(batch.has_value());
    QCOMPARE(skuQuantities(batch->deltas), (Pairs {{QStringLiteral("B2"), -1}}));
}

QTEST_MAIN(TestSyncOutbox)
#include "TestSyncOutbox.moc"
