// Stock changes reach the online store (the emulator) exactly once: answers lost before or after the change was
// made, a quota that runs out, 2,000 offline sales sent by a register killed at random moments under injected faults,
// and two registers of one shop sending the same articles' sales at once.
#include "StoreEmulator.h"
#include "base/RecordId.h"
#include "base/SystemClock.h"
#include "catalog/Catalog.h"
#include "fiscal/Ed25519Key.h"
#include "sale/SaleStore.h"
#include "stock/Receiving.h"
#include "stock/StockAdjustments.h"
#include "stock/Stocktake.h"
#include "storesync/OrderSync.h"
#include "storesync/ProductImport.h"
#include "storesync/Reconciliation.h"
#include "storesync/StockSync.h"
#include "storesync/SyncConventions.h"
#include "storesync/SyncOutbox.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace caisse;

namespace {

constexpr qint64 kStoreStock = 10'000;

QString barcodeOf(int n)
{
    const QString data = QStringLiteral("376000%1").arg(n, 6, 10, QLatin1Char('0'));
    return data + QString::number(BarcodeParser::checkDigit(data));
}

QString skuOf(int n)
{
    return QStringLiteral("ART-%1").arg(n, 3, 10, QLatin1Char('0'));
}

} // namespace

class TestStockSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void salesReachTheStoreOnce();
    void adjustmentWithAReasonReachesTheStoreOnce();
    void deliveryAndStocktakeReachTheStoreOnce();
    void lostAnswersAreSettledNotResent();
    void storeRefusalIsHeldForTheManager();
    void quotaIsSharedAndA429Waits();
    void clientsOfOneStoreShareItsQuota();
    void offlineSalesWithKillsAndFaults();
    void dayEndReconciliationListsDifferences();
    void eachItemIsNamedAsTheStoreTracksIt();
    void twoRegistersSellTheSameArticlesOffline();

private:
    enum class Link
    {
        Now,
        ByMatching,
    };
    enum class Tracking
    {
        ByProduct,
        /** By product, by variant (sizes of one T-shirt) and not at all, in turn. */
        Mixed,
    };
    void addArticles(int count, Link link = Link::Now, Tracking tracking = Tracking::ByProduct);
    /** Another register of the shop, selling the same articles, linked to the same store items. */
    std::unique_ptr<Database> addRegister(const QString& fileName, int articles);
    /** Sells count tickets of 1 to 3 random articles; returns the pieces sold per SKU. */
    QHash<QString, qint64> sell(int count, int articles, quint32 seed, Database* database = nullptr,
                                const QString& registerId = QStringLiteral("R01"));
    bool syncInProcess(int maxItems = 10, Database* database = nullptr,
                       const QString& registerId = QStringLiteral("R01"));
    /** Registers (database, id) send their waiting changes in processes killed at random under faults. */
    void syncWithKills(const QList<std::pair<Database*, QString>>& registers, int killsEach, quint32 seed);
    void expectStoreStock(const QHash<QString, qint64>& sold, int articles);
    /** Every batch of the register applied once: its ledger item counts them, nothing waits. */
    void expectLedger(Database& database, const QString& registerId);

    QSet<QString> m_untracked;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    test::ManualClock m_clock;
    SystemClock m_systemClock;
    std::unique_ptr<StoreEmulator> m_store;
};

void TestStockSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("caisse.db"))).value();
    m_store = std::make_unique<StoreEmulator>();
    QVERIFY(m_store->listen());
}

void TestStockSync::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestStockSync::addArticles(int count, Link link, Tracking tracking)
{
    StoreState& state = m_store->state();
    qint64 shirt = 0;
    for (int n = 1; n <= count; ++n) {
        test::addArticle(*m_db, skuOf(n), 250, 20000, barcodeOf(n), 10'000'000);
        if (tracking == Tracking::ByProduct || n % 3 == 1) {
            state.addProduct(skuOf(n), skuOf(n), 250, 0, kStoreStock);
        } else if (n % 3 == 2) {
            if (shirt == 0)
                shirt = state.addProduct(QStringLiteral("T-shirt"), QStringLiteral("TS"), 250, 1, kStoreStock);
            state.addVariant(shirt, skuOf(n), kStoreStock);
        } else {
            state.setProductDetails(state.addProduct(skuOf(n), skuOf(n), 250, 0, kStoreStock), {}, 0, 0, {}, false);
            m_untracked.insert(skuOf(n));
        }
    }
    if (link == Link::Now)
        test::linkAllToStore(*m_db, [this](const QString& sku) { return m_store->state().idsOf(sku); });
}

std::unique_ptr<Database> TestStockSync::addRegister(const QString& fileName, int articles)
{
    auto database = Database::open(m_dir->filePath(fileName)).value();
    for (int n = 1; n <= articles; ++n)
        test::addArticle(*database, skuOf(n), 250, 20000, barcodeOf(n), 10'000'000);
    test::linkAllToStore(*database, [this](const QString& sku) { return m_store->state().idsOf(sku); });
    return database;
}

QHash<QString, qint64> TestStockSync::sell(int count, int articles, quint32 seed, Database* database,
                                           const QString& registerId)
{
    Database& db = database ? *database : *m_db;
    QRandomGenerator random(seed);
    Catalog catalog(db);
    SaleStore store(db, m_clock, registerId, Ed25519Key::generate().value());
    QHash<QString, qint64> sold;
    for (int t = 0; t < count; ++t) {
        QStringList barcodes;
        for (int line = 0, lines = 1 + int(random.bounded(3)); line < lines; ++line) {
            const int n = 1 + int(random.bounded(articles));
            barcodes << barcodeOf(n);
            sold[skuOf(n)] += 1;
        }
        if (!store.commit(test::cashSale(catalog, barcodes), test::cashier()))
            qFatal("sale not recorded");
        m_clock.advance(1'000);
    }
    return sold;
}

bool TestStockSync::syncInProcess(int maxItems, Database* database, const QString& registerId)
{
    StoreClient client({QUrl(m_store->baseUrl()), m_store->storeHash(), m_store->token()});
    client.setTimeoutMs(1'000);
    StockSync sync(database ? *database : *m_db, m_systemClock, registerId, client);
    sync.setSettleDelayMs(100);
    sync.setMaxItemsPerBatch(maxItems);
    QSignalSpy finished(&sync, &StockSync::finished);
    sync.run();
    if (finished.isEmpty() && !finished.wait(60'000))
        return false;
    if (!finished.first().first().toBool())
        qWarning() << "sync stopped:" << finished.first().at(1).toString();
    return finished.first().first().toBool();
}

void TestStockSync::expectStoreStock(const QHash<QString, qint64>& sold, int articles)
{
    // Untracked online, their stock is not the register's to send.
    for (int n = 1; n <= articles; ++n)
        QCOMPARE(m_store->state().onHand(skuOf(n)),
                 kStoreStock - (m_untracked.contains(skuOf(n)) ? 0 : sold.value(skuOf(n))));
    // Each batch reached the store once: no reason (the batch's marker) twice among the adjustments it applied.
    QSet<QString> markers;
    for (const StoreState::Adjustment& adjustment : m_store->state().adjustments) {
        if (!adjustment.relative)
            continue;
        QVERIFY2(!markers.contains(adjustment.reason), qPrintable(adjustment.reason));
        markers.insert(adjustment.reason);
    }
    expectLedger(*m_db, QStringLiteral("R01"));
}

void TestStockSync::expectLedger(Database& database, const QString& registerId)
{
    SyncOutbox outbox(database, m_systemClock, registerId);
    QCOMPARE(outbox.waiting().value(), 0);
    QCOMPARE(m_store->state().onHand(SyncConventions::ledgerSku(registerId)), outbox.appliedBatches().value());
}

void TestStockSync::salesReachTheStoreOnce()
{
    addArticles(5);
    const auto sold = sell(20, 5, 1);
    QVERIFY(syncInProcess());
    expectStoreStock(sold, 5);
    // Ledger product, its first count, then one batch: the 5 SKUs of 20 sales in a single adjustment.
    QCOMPARE(m_store->requestCount(QStringLiteral("adjustments/relative")), 1);

    // Later sales go in the next run only.
    const auto more = sell(3, 5, 2);
    QVERIFY(syncInProcess());
    QHash<QString, qint64> all = sold;
    for (auto it = more.cbegin(); it != more.cend(); ++it)
        all[it.key()] += it.value();
    expectStoreStock(all, 5);
}

void TestStockSync::adjustmentWithAReasonReachesTheStoreOnce()
{
    addArticles(3);
    StockAdjustments adjustments(*m_db, m_systemClock, QStringLiteral("R01"));
    // A cashier may not; a manager's damaged jar must be a loss, not a gain.
    QCOMPARE(adjustments.adjust(skuOf(2), -2'000, StockAdjustments::Reason::Damaged, {}, test::cashier()).error().code,
             Error::Code::Forbidden);
    QCOMPARE(adjustments.adjust(skuOf(2), 2'000, StockAdjustments::Reason::Damaged, {}, test::manager()).error().code,
             Error::Code::InvalidInput);
    const auto after = adjustments.adjust(barcodeOf(2), -2'000, StockAdjustments::Reason::Damaged,
                                          QStringLiteral("Dropped from the shelf"), test::manager());
    QVERIFY_RESULT(after);
    QSqlQuery stored(m_db->connection());
    QVERIFY(stored.exec(QStringLiteral("SELECT reason, detail, note, operator, quantity_milli FROM stock_movements "
                                       "WHERE reason = 'adjustment'")));
    QVERIFY(stored.next());
    QCOMPARE(stored.value(1).toString(), QStringLiteral("damaged"));
    QCOMPARE(stored.value(2).toString(), QStringLiteral("Dropped from the shelf"));
    QCOMPARE(stored.value(3).toString(), QStringLiteral("op"));
    QCOMPARE(stored.value(4).toLongLong(), -2'000);
    stored.finish();

    // The store counts two fewer, once: a second run sends nothing more.
    QVERIFY(syncInProcess());
    QCOMPARE(m_store->state().onHand(skuOf(2)), kStoreStock - 2);
    const auto sent = m_store->requestCount(QStringLiteral("adjustments/relative"));
    QVERIFY(syncInProcess());
    QCOMPARE(m_store->requestCount(QStringLiteral("adjustments/relative")), sent);
    QCOMPARE(m_store->state().onHand(skuOf(2)), kStoreStock - 2);
    expectLedger(*m_db, QStringLiteral("R01"));
}

void TestStockSync::deliveryAndStocktakeReachTheStoreOnce()
{
    addArticles(3);
    Receiving receiving(*m_db, m_clock, QStringLiteral("R01"));
    const Reception delivery {
        newRecordId(), QStringLiteral("Moulin Dupré"), {{skuOf(1), 12'000, 150}, {barcodeOf(2), 6'000, std::nullopt}}};
    QCOMPARE(receiving.confirm(delivery, test::cashier()).error().code, Error::Code::Forbidden);
    QCOMPARE(receiving.confirm(delivery, test::manager()).value(), 18'000);
    // Confirmed again (a second click, a retry): refused, and the goods counted once.
    QCOMPARE(receiving.confirm(delivery, test::manager()).error().code, Error::Code::BusinessRule);
    QCOMPARE(m_db->integer(QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE reason = 'delivery'")).value(),
             2);
    QCOMPARE(m_db->integer(QStringLiteral("SELECT cost_price_minor FROM products p JOIN variants v ON v.product_id = "
                                          "p.id WHERE v.sku = ?"),
                           {skuOf(1)})
                 .value(),
             150);
    QCOMPARE(m_db->text(QStringLiteral("SELECT quote(cost_price_minor) FROM products p JOIN variants v ON "
                                       "v.product_id = p.id WHERE v.sku = ?"),
                        {skuOf(2)})
                 .value(),
             QStringLiteral("NULL"));

    // ART-003 is counted at 5 while the shop sells: one before it is counted (already off the shelf), one after.
    Stocktake stocktake(*m_db, m_clock, QStringLiteral("R01"));
    QVERIFY_RESULT(stocktake.start({}, test::manager()));
    QCOMPARE(stocktake.start({}, test::manager()).error().code, Error::Code::BusinessRule);
    SaleStore store(*m_db, m_clock, QStringLiteral("R01"), Ed25519Key::generate().value());
    Catalog catalog(*m_db);
    QVERIFY_RESULT(store.commit(test::cashSale(catalog, {barcodeOf(3)}), test::cashier()));
    m_clock.advance(60'000);
    QVERIFY_RESULT(stocktake.count(barcodeOf(3), 4'000));
    QCOMPARE(stocktake.count(skuOf(3), 1'000).value().countedMilli, 5'000);
    m_clock.advance(60'000);
    QVERIFY_RESULT(store.commit(test::cashSale(catalog, {barcodeOf(3)}), test::cashier()));
    const auto variances = stocktake.variances();
    QVERIFY_RESULT(variances);
    QCOMPARE(variances->size(), 1);
    QCOMPARE(variances->first().expectedMilli, kStoreStock * 1000 - 1'000);
    QCOMPARE(variances->first().differenceMilli(), 5'000 - (kStoreStock * 1000 - 1'000));
    QCOMPARE(stocktake.notCounted().value(), 2);
    QCOMPARE(stocktake.validate(test::manager()).value(), 1);
    QCOMPARE(Catalog(*m_db).stockLevelMilli(Catalog::variantOf(*m_db, skuOf(3)).value()).value(), 4'000);
    QVERIFY(!stocktake.current().value());

    // The store gets each change once: a second run sends nothing more.
    QVERIFY(syncInProcess());
    QCOMPARE(m_store->state().onHand(skuOf(1)), kStoreStock + 12);
    QCOMPARE(m_store->state().onHand(skuOf(2)), kStoreStock + 6);
    QCOMPARE(m_store->state().onHand(skuOf(3)), 4);
    const auto sent = m_store->requestCount(QStringLiteral("adjustments/relative"));
    QVERIFY(syncInProcess());
    QCOMPARE(m_store->requestCount(QStringLiteral("adjustments/relative")), sent);
    QCOMPARE(m_store->state().onHand(skuOf(3)), 4);
    expectLedger(*m_db, QStringLiteral("R01"));
}

void TestStockSync::lostAnswersAreSettledNotResent()
{
    addArticles(4);
    m_store->state().setApplyDelayMs(50); // the store applies adjustments after answering, as the real one does
    QVERIFY(syncInProcess()); // sets up the ledger
    auto sold = sell(10, 4, 3);
    // Applied, then the connection drops: settled by the ledger as applied, never sent again.
    m_store->faults().queueFaults({StoreEmulator::Fault::DropAfter});
    QVERIFY(syncInProcess());
    expectStoreStock(sold, 4);
    QCOMPARE(m_store->requestCount(QStringLiteral("adjustments/relative")), 1);

    // A 5xx before anything was done: settled as not applied, its changes go again, once.
    const auto more = sell(10, 4, 4);
    for (auto it = more.cbegin(); it != more.cend(); ++it)
        sold[it.key()] += it.value();
    m_store->faults().queueFaults({StoreEmulator::Fault::ServerErrorBefore});
    QVERIFY(syncInProcess());
    expectStoreStock(sold, 4);
    QCOMPARE(m_store->requestCount(QStringLiteral("adjustments/relative")), 3);
}

void TestStockSync::storeRefusalIsHeldForTheManager()
{
    addArticles(2);
    m_store->state().setSafetyStock(skuOf(1), kStoreStock); // the store keeps its whole stock of article 1 as a buffer
    sell(1, 1, 5);
    QVERIFY(!syncInProcess());
    SyncOutbox outbox(*m_db, m_systemClock, QStringLiteral("R01"));
    // Not lost, not resent blindly: still waiting, and the store's level is untouched.
    QCOMPARE(outbox.waiting().value(), 1);
    QCOMPARE(m_store->state().onHand(skuOf(1)), kStoreStock);

    // One refused article does not hold back the others: they reach the store in the same run, it waits alone.
    QHash<QString, qint64> sold;
    for (int round = 0; round < 5; ++round) {
        const auto more = sell(3, 2, 20 + quint32(round));
        for (auto it = more.cbegin(); it != more.cend(); ++it)
            sold[it.key()] += it.value();
    }
    QVERIFY(sold.value(skuOf(1)) > 0 && sold.value(skuOf(2)) > 0);
    QVERIFY(!syncInProcess()); // it still says what the store refused
    QCOMPARE(m_store->state().onHand(skuOf(2)), kStoreStock - sold.value(skuOf(2)));
    QCOMPARE(m_store->state().onHand(skuOf(1)), kStoreStock);
    // What waits is article 1's changes, all of them, and nothing of article 2's.
    QCOMPARE(outbox.waiting().value(),
             m_db->integer(QStringLiteral("SELECT COUNT(*) FROM sync_outbox o JOIN stock_movements m ON m.id = "
                                          "o.stock_movement_id JOIN variants v ON v.id = m.variant_id WHERE v.sku = ?"),
                           {skuOf(1)})
                 .value());
}

void TestStockSync::quotaIsSharedAndA429Waits()
{
    addArticles(12);
    const auto sold = sell(60, 12, 6);
    // 6 requests per second: the register keeps one for the store's other apps and never meets a 429 by itself.
    m_store->faults().setQuota(6, 1'000);
    QVERIFY(syncInProcess(1));
    expectStoreStock(sold, 12);
    QCOMPARE(m_store->faults().throttledCount(), 0);

    // Another app used the whole window: the 429 is waited out as the headers say, and the sync ends.
    const auto more = sell(5, 12, 7);
    QHash<QString, qint64> all = sold;
    for (auto it = more.cbegin(); it != more.cend(); ++it)
        all[it.key()] += it.value();
    m_store->faults().exhaustQuota();
    QVERIFY(syncInProcess(1));
    QVERIFY(m_store->faults().throttledCount() >= 1);
    expectStoreStock(all, 12);
}

void TestStockSync::clientsOfOneStoreShareItsQuota()
{
    // The sync worker and a manager's dialog call the store at the same time: together, not each, they keep the
    // window's reserve (one request of four) for the store's other apps.
    m_store->faults().setQuota(4, 3'000);
    const StoreConnection connection {QUrl(m_store->baseUrl()), m_store->storeHash(), m_store->token()};
    StoreClient worker(connection);
    StoreClient dialog(connection);
    int answered = 0;
    for (StoreClient* client : {&worker, &dialog})
        for (int call = 0; call < 3; ++call)
            client->call(StoreClient::Kind::Read, "GET", QStringLiteral("v2/store"), {}, {},
                         [&](const ApiReply& reply) { answered += reply.ok() ? 1 : 0; });
    QTRY_COMPARE_WITH_TIMEOUT(answered, 6, 15'000);
    QCOMPARE(m_store->faults().throttledCount(), 0);
    QVERIFY2(m_store->faults().lowestRequestsLeft() >= 1,
             qPrintable(QString::number(m_store->faults().lowestRequestsLeft())));
}

void TestStockSync::syncWithKills(const QList<std::pair<Database*, QString>>& registers, int killsEach, quint32 seed)
{
    m_store->state().setApplyDelayMs(30);
    m_store->faults().setSlowAnswerMs(300);
    m_store->faults().setRandomFaults(0.2, seed);
    m_store->faults().setQuota(100, 2'000);
    QRandomGenerator random(seed + 1);
    QList<int> kills(registers.size(), 0);
    const auto allSent = [&] {
        return std::ranges::all_of(registers, [this](const auto& shop) {
            return SyncOutbox(*shop.first, m_systemClock, shop.second).waiting().value() == 0;
        });
    };
    for (int run = 0; run < 100 && !allSent(); ++run) {
        // All the registers at once, each in its own process, each killed at a random moment (before, during or
        // after a request, or while settling) until it was killed often enough.
        std::vector<std::unique_ptr<QProcess>> children;
        for (const auto& [database, registerId] : registers) {
            auto& child = children.emplace_back(std::make_unique<QProcess>());
            child->start(QStringLiteral(SYNC_CHILD),
                         {database->connection().databaseName(), m_store->baseUrl(), m_store->storeHash(),
                          m_store->token(), QStringLiteral("200"), QStringLiteral("1"), registerId});
            QVERIFY(child->waitForStarted());
        }
        const int after = 10 + int(random.bounded(150));
        const auto allStopped = [&] {
            return std::ranges::all_of(children,
                                       [](const auto& child) { return child->state() == QProcess::NotRunning; });
        };
        (void)QTest::qWaitFor(allStopped, after);
        for (qsizetype r = 0; r < registers.size(); ++r) {
            if (kills[r] < killsEach && children[size_t(r)]->state() != QProcess::NotRunning) {
                children[size_t(r)]->kill();
                ++kills[r];
            }
        }
        QVERIFY(QTest::qWaitFor(allStopped, 60'000));
    }
    for (qsizetype r = 0; r < registers.size(); ++r)
        QVERIFY2(kills[r] >= 10,
                 qPrintable(QStringLiteral("%1 killed %2 times").arg(registers[r].second).arg(kills[r])));
    qInfo() << kills << "kills," << m_store->requestCount() << "requests," << m_store->faults().throttledCount()
            << "429s";
    m_store->faults().setRandomFaults(0, 0);
    for (const auto& [database, registerId] : registers)
        QVERIFY(syncInProcess(1, database, registerId));
}

void TestStockSync::offlineSalesWithKillsAndFaults()
{
    constexpr int articles = 42;
    addArticles(articles, Link::Now, Tracking::Mixed);
    const auto sold = sell(2'000, articles, 8);
    syncWithKills({{m_db.get(), QStringLiteral("R01")}}, 12, 9);
    expectStoreStock(sold, articles);
}

void TestStockSync::twoRegistersSellTheSameArticlesOffline()
{
    // Two registers of one shop sell the same articles offline, then both send at once, killed and faulted: the
    // store ends at its stock less both registers' sales, each register's batches applied once (its own ledger).
    constexpr int articles = 30;
    addArticles(articles, Link::Now, Tracking::Mixed);
    const auto second = addRegister(QStringLiteral("caisse-r02.db"), articles);
    QHash<QString, qint64> sold = sell(800, articles, 21);
    const auto soldThere = sell(800, articles, 22, second.get(), QStringLiteral("R02"));
    for (auto it = soldThere.cbegin(); it != soldThere.cend(); ++it)
        sold[it.key()] += it.value();
    syncWithKills({{m_db.get(), QStringLiteral("R01")}, {second.get(), QStringLiteral("R02")}}, 11, 23);
    expectStoreStock(sold, articles);
    expectLedger(*second, QStringLiteral("R02"));
    QVERIFY(m_store->state().onHand(SyncConventions::ledgerSku(QStringLiteral("R02"))) > 0);
}

void TestStockSync::dayEndReconciliationListsDifferences()
{
    addArticles(5, Link::ByMatching);
    StoreClient client({QUrl(m_store->baseUrl()), m_store->storeHash(), m_store->token()});
    // Linked at the first connection (same SKUs on both sides).
    ProductImport import(*m_db, m_systemClock, QStringLiteral("R01"), client);
    QSignalSpy planned(&import, &ProductImport::planned);
    import.plan();
    QVERIFY(planned.wait(10'000));
    QCOMPARE(
        ProductImport::apply(*m_db, m_systemClock, QStringLiteral("R01"), planned.first().first().value<ImportPlan>())
            .value(),
        5);
    OrderSync orders(*m_db, m_systemClock, client);
    QSignalSpy ordersDone(&orders, &OrderSync::finished);
    orders.run(); // the line between past and new orders
    QVERIFY(ordersDone.wait(10'000));

    const auto sold = sell(30, 5, 11);
    QVERIFY(syncInProcess());
    const auto reconcile = [&] {
        Reconciliation reconciliation(*m_db, m_systemClock, QStringLiteral("R01"), client);
        QSignalSpy finished(&reconciliation, &Reconciliation::finished);
        reconciliation.run();
        if (finished.isEmpty() && !finished.wait(10'000))
            qFatal("no reconciliation");
        if (!finished.first().at(1).toString().isEmpty())
            qFatal("reconciliation failed");
        return finished.first().first().value<ReconciliationReport>();
    };
    ReconciliationReport report = reconcile();
    QCOMPARE(report.changesWaiting, 0);
    QCOMPARE(report.ledgerOnStore, report.batchesApplied);
    QCOMPARE(report.articlesCompared, 5);
    QVERIFY(report.differences.isEmpty());

    // An online order the register has not taken in yet: listed, with both levels.
    m_store->state().addOrder(10, QStringLiteral("alice@example.fr"), {{skuOf(2), QStringLiteral("Article"), 3}});
    report = reconcile();
    QCOMPARE(report.differences.size(), 1);
    QCOMPARE(report.differences.first().sku, skuOf(2));
    QCOMPARE(report.differences.first().registerStock - report.differences.first().storeStock, 3);
    ordersDone.clear();
    orders.run();
    QVERIFY(ordersDone.wait(10'000));
    report = reconcile();
    QVERIFY(report.differences.isEmpty());
    QCOMPARE(report.ordersTaken, 1);
}

void TestStockSync::eachItemIsNamedAsTheStoreTracksIt()
{
    // Online: articles 1 and 2 are simple products (tracked by product), 3 a size of a T-shirt (tracked by variant),
    // 4 a product whose stock the store does not track.
    StoreState& state = m_store->state();
    for (int n = 1; n <= 4; ++n)
        test::addArticle(*m_db, skuOf(n), 250, 20000, barcodeOf(n), 10'000'000);
    state.addProduct(skuOf(1), skuOf(1), 250, 0, kStoreStock);
    state.addProduct(skuOf(2), skuOf(2), 250, 0, kStoreStock);
    state.addVariant(state.addProduct(QStringLiteral("T-shirt"), QStringLiteral("TS"), 250, 1, kStoreStock), skuOf(3),
                     kStoreStock);
    state.setProductDetails(state.addProduct(skuOf(4), skuOf(4), 250, 0, kStoreStock), {}, 0, 0, {}, false);
    test::linkAllToStore(*m_db, [&state](const QString& sku) { return state.idsOf(sku); });

    // The store refuses a product-tracked item named by SKU, in the words of its documentation.
    StoreClient client({QUrl(m_store->baseUrl()), m_store->storeHash(), m_store->token()});
    std::optional<ApiReply> refused;
    client.call(StoreClient::Kind::Write, "POST", QStringLiteral("v3/inventory/adjustments/relative"), {},
                QJsonDocument(QJsonObject {{QStringLiteral("items"),
                                            QJsonArray {QJsonObject {{QStringLiteral("location_id"), 1},
                                                                     {QStringLiteral("sku"), skuOf(1)},
                                                                     {QStringLiteral("quantity"), -1}}}}}),
                [&refused](const ApiReply& reply) { refused = reply; });
    QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 5'000);
    QCOMPARE(refused->status, 422);
    QVERIFY2(refused->error.contains(QStringLiteral("is tracked by product, please update stock by product id")),
             qPrintable(refused->error));

    const auto sold = sell(30, 4, 11);
    QVERIFY(syncInProcess());
    for (int n = 1; n <= 3; ++n)
        QCOMPARE(state.onHand(skuOf(n)), kStoreStock - sold.value(skuOf(n)));
    QCOMPARE(state.onHand(skuOf(4)), kStoreStock); // not the register's to count
    QVERIFY(sold.value(skuOf(4)) > 0);
}

QTEST_MAIN(TestStockSync)
#include "TestStockSync.moc"
