// Online orders lower the register's stock once, give it back once when voided, and are never sent back to the store
// as the register's own changes; past orders stay out; statuses are mapped as the integration documents.
#include "StoreEmulator.h"
#include "base/SystemClock.h"
#include "catalog/Catalog.h"
#include "fiscal/Ed25519Key.h"
#include "fiscal/FiscalSettings.h"
#include "sale/SaleStore.h"
#include "storage/Settings.h"
#include "storesync/CustomerDirectory.h"
#include "storesync/OrderSync.h"
#include "storesync/SalePush.h"
#include "storesync/StorePickup.h"
#include "storesync/SyncOutbox.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caisse;

class TestOrderSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void statusesAreMapped();
    void ordersMoveTheRegisterStockOnce();
    void orderStockMovesWhenTheStoreMovesIt();
    void customersAreCreatedOnceAndTheirPurchasesShowTogether();
    void articlesSoldOnlyOnlineAndChargesBecomeRegisterItems();
    void pricesEnteredWithoutTaxOnlineComeInWithTax();
    void pickupInStoreIsHandedOverThenCompletedOnline();
    void counterSalesPushedToTheirOwnChannelOnce();

private:
    int sync();
    qint64 stockOf(const QString& sku);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    std::unique_ptr<StoreEmulator> m_store;
    std::unique_ptr<StoreClient> m_client;
};

void TestOrderSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("caisse.db"))).value();
    test::addVectorsArticles(*m_db); // A1 and B2, 10 pieces each
    m_store = std::make_unique<StoreEmulator>();
    QVERIFY(m_store->listen());
    m_store->state().addProduct(QStringLiteral("Pain"), QStringLiteral("A1"), 399, 0, 10);
    m_store->state().addProduct(QStringLiteral("Bol"), QStringLiteral("B2"), 1250, 0, 10);
    m_store->state().addProduct(QStringLiteral("Carte cadeau"), QStringLiteral("WEB-ONLY"), 2000, 0, 10);
    m_client = std::make_unique<StoreClient>(
        StoreConnection {QUrl(m_store->baseUrl()), m_store->storeHash(), m_store->token()});
}

void TestOrderSync::cleanup()
{
    m_client.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

int TestOrderSync::sync()
{
    OrderSync orders(*m_db, m_clock, *m_client);
    QSignalSpy finished(&orders, &OrderSync::finished);
    orders.run();
    if (finished.isEmpty() && !finished.wait(10'000))
        qFatal("the order sync did not finish");
    if (!finished.first().first().toBool())
        qFatal("order sync failed: %s", qPrintable(finished.first().at(1).toString()));
    return finished.first().at(2).toInt();
}

qint64 TestOrderSync::stockOf(const QString& sku)
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT id FROM variants WHERE sku = ?"));
    query.addBindValue(sku);
    if (!query.exec() || !query.next())
        qFatal("no such article");
    return Catalog(*m_db).stockLevelMilli(query.value(0).toLongLong()).value() / 1000;
}

void TestOrderSync::statusesAreMapped()
{
    QCOMPARE(OrderSync::stateOf(0), std::nullopt); // Incomplete
    QCOMPARE(OrderSync::stateOf(1), std::nullopt); // Pending
    for (const int closed : {2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 14})
        QCOMPARE(OrderSync::stateOf(closed), std::optional(OrderSync::State::Closed));
    QCOMPARE(OrderSync::stateOf(5), std::optional(OrderSync::State::Voided)); // Cancelled
    QCOMPARE(OrderSync::stateOf(6), std::optional(OrderSync::State::Voided)); // Declined
}

void TestOrderSync::ordersMoveTheRegisterStockOnce()
{
    // Before the first connection: the past, not imported by default (even when modified in the second of the
    // connection: v2 dates are to the second).
    m_store->state().addOrder(10, QStringLiteral("ancien@example.fr"),
                              {{QStringLiteral("A1"), QStringLiteral("Pain"), 4}});
    QCOMPARE(sync(), 0);
    QCOMPARE(stockOf(QStringLiteral("A1")), 10);

    // Awaiting Fulfillment takes stock; Pending does not yet; an article the register does not sell is listed.
    m_store->state().addOrder(11, QStringLiteral("alice@example.fr"),
                              {{QStringLiteral("A1"), QStringLiteral("Pain"), 2},
                               {QStringLiteral("WEB-ONLY"), QStringLiteral("Carte cadeau"), 1}});
    const qint64 pending = m_store->state().addOrder(1, QStringLiteral("bob@example.fr"),
                                                     {{QStringLiteral("B2"), QStringLiteral("Bol"), 3}});
    QCOMPARE(sync(), 1);
    QCOMPARE(stockOf(QStringLiteral("A1")), 8);
    QCOMPARE(stockOf(QStringLiteral("B2")), 10);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT sku, quantity FROM store_order_unknown_lines")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("WEB-ONLY"));

    // Read again: nothing moves twice.
    QCOMPARE(sync(), 0);
    QCOMPARE(stockOf(QStringLiteral("A1")), 8);

    // The pending order is paid, then cancelled: stock taken once, given back once.
    m_store->state().setOrderStatus(pending, 9);
    QCOMPARE(sync(), 1);
    QCOMPARE(stockOf(QStringLiteral("B2")), 7);
    m_store->state().setOrderStatus(pending, 5);
    QCOMPARE(sync(), 1);
    QCOMPARE(stockOf(QStringLiteral("B2")), 10);
    QCOMPARE(sync(), 0);
    QCOMPARE(stockOf(QStringLiteral("B2")), 10);

    // The store moved its own stock for these orders: nothing of them goes back as the register's changes.
    QCOMPARE(SyncOutbox(*m_db, m_clock, QStringLiteral("R01")).waiting().value(), 0);

    // The manager chooses to take in the past too: the old order lowers the stock, the others do not count again.
    QVERIFY_RESULT(OrderSync::importPastOrders(*m_db));
    QCOMPARE(sync(), 1);
    QCOMPARE(stockOf(QStringLiteral("A1")), 4);
    QCOMPARE(stockOf(QStringLiteral("B2")), 10);
    QCOMPARE(sync(), 0);
}

void TestOrderSync::customersAreCreatedOnceAndTheirPurchasesShowTogether()
{
    CustomerDirectory directory(*m_client);
    QSignalSpy found(&directory, &CustomerDirectory::found);
    QSignalSpy notFound(&directory, &CustomerDirectory::notFound);
    directory.find(QStringLiteral("claire@example.fr"));
    QVERIFY(notFound.wait(5'000));

    // Created, but the answer is lost: the e-mail settles it, and nobody is created twice.
    m_store->faults().queueFaults({StoreEmulator::Fault::DropAfter});
    const StoreCustomer claire {0, QStringLiteral("Claire"), QStringLiteral("Martin"),
                                QStringLiteral("claire@example.fr")};
    directory.create(claire);
    QVERIFY(found.wait(5'000));
    QCOMPARE(found.last().first().value<StoreCustomer>().email, claire.email);
    directory.create(claire);
    QVERIFY(found.wait(5'000));
    QCOMPARE(m_store->state().customers.size(), 1);

    // Her purchases at the counter and online, together.
    QCOMPARE(sync(), 0); // first connection
    Catalog catalog(*m_db);
    Ticket ticket = test::cashSale(catalog, {QStringLiteral("4006381333931")});
    ticket.setCustomerRef(claire.email);
    test::ManualClock clock;
    QVERIFY_RESULT(
        SaleStore(*m_db, clock, QStringLiteral("R01"), Ed25519Key::generate().value()).commit(ticket, test::cashier()));
    m_store->state().addOrder(10, claire.email, {{QStringLiteral("B2"), QStringLiteral("Bol"), 1}});
    QCOMPARE(sync(), 1);
    const auto purchases = CustomerDirectory::purchases(*m_db, QStringLiteral("Claire@Example.fr")).value();
    QCOMPARE(purchases.size(), 2);
    QStringList where;
    for (const CustomerPurchase& purchase : purchases)
        where << purchase.where;
    where.sort();
    QCOMPARE(where, (QStringList {QStringLiteral("counter"), QStringLiteral("online")}));
}

void TestOrderSync::articlesSoldOnlyOnlineAndChargesBecomeRegisterItems()
{
    QCOMPARE(sync(), 0); // the first connection draws the line
    const qint64 order = m_store->state().addOrder(11, QStringLiteral("alice@example.fr"),
                                                   {{QStringLiteral("WEB-ONLY"), QStringLiteral("Carte cadeau"), 2},
                                                    {QStringLiteral(""), QStringLiteral("Gravure du prénom"), 1, 500}});
    m_store->state().setOrderDetails(order, QStringLiteral("Alice"), QStringLiteral("Durand"), 690, 150);
    QCOMPARE(sync(), 1);
    // Created with the store's stock (10, less the 2 of this order), linked, at the order's price, listed.
    QCOMPARE(stockOf(QStringLiteral("WEB-ONLY")), m_store->state().onHand(QStringLiteral("WEB-ONLY")));
    QCOMPARE(stockOf(QStringLiteral("WEB-ONLY")), 8);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT v.price_minor, p.category, l.matched_by FROM variants v JOIN products p "
                                      "ON p.id = v.product_id JOIN store_links l ON l.variant_id = v.id "
                                      "WHERE v.sku = 'WEB-ONLY'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 2000);
    QCOMPARE(query.value(2).toString(), QStringLiteral("created"));
    // The custom line (no product online) is an article without stock; shipping and handling are service lines.
    QVERIFY(query.exec(QStringLiteral("SELECT l.name, l.quantity, l.unit_price_minor, v.sku, p.tracks_stock FROM "
                                      "store_order_lines l JOIN variants v ON v.id = l.variant_id JOIN products p ON "
                                      "p.id = v.product_id ORDER BY l.line_no")));
    QStringList lines;
    while (query.next())
        lines << QStringLiteral("%1 %2×%3 %4 %5")
                     .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toString());
    QCOMPARE(lines,
             QStringList({QStringLiteral("Carte cadeau 2×2000 WEB-ONLY 1"),
                          QStringLiteral("Gravure du prénom 1×500 WEB-%1-2 0").arg(order),
                          QStringLiteral("Shipping (online store) 1×690 SERVICE-SHIPPING 0"),
                          QStringLiteral("Handling (online store) 1×150 SERVICE-HANDLING 0")}));
    // A second order of the same article: no second copy of it.
    m_store->state().addOrder(11, QStringLiteral("bob@example.fr"),
                              {{QStringLiteral("WEB-ONLY"), QStringLiteral("Carte cadeau"), 1}});
    QCOMPARE(sync(), 1);
    QCOMPARE(stockOf(QStringLiteral("WEB-ONLY")), 7);
    QCOMPARE(m_db->integer(QStringLiteral("SELECT count(*) FROM variants WHERE sku LIKE 'WEB-%'"), {}).value(), 2);
}

void TestOrderSync::pricesEnteredWithoutTaxOnlineComeInWithTax()
{
    // The store enters 20.00 without tax and charges 20 %: the customer paid 24.00, which the register records.
    m_store->state().setCurrency(QStringLiteral("EUR"), false);
    QCOMPARE(sync(), 0); // the first connection
    m_store->state().addOrder(11, QStringLiteral("alice@example.fr"),
                              {{QStringLiteral("WEB-ONLY"), QStringLiteral("Carte cadeau"), 2}});
    QCOMPARE(sync(), 1);
    QCOMPARE(m_db->integer(QStringLiteral("SELECT price_minor FROM variants WHERE sku = 'WEB-ONLY'"), {}).value(),
             2400);
    QCOMPARE(m_db->integer(QStringLiteral("SELECT unit_price_minor FROM store_order_lines"), {}).value(), 2400);
    QCOMPARE(m_db->integer(QStringLiteral("SELECT total_minor FROM store_orders"), {}).value(), 4800);
}

void TestOrderSync::pickupInStoreIsHandedOverThenCompletedOnline()
{
    QCOMPARE(sync(), 0);
    const qint64 order
        = m_store->state().addOrder(StorePickup::kAwaitingPickupStatus, QStringLiteral("claire@example.fr"),
                                    {{QStringLiteral("B2"), QStringLiteral("Bol"), 2}});
    m_store->state().setOrderDetails(order, QStringLiteral("Claire"), QStringLiteral("Martin"), 0, 0);
    m_store->state().addOrder(11, QStringLiteral("denis@example.fr"),
                              {{QStringLiteral("A1"), QStringLiteral("Pain"), 1}});
    QCOMPARE(sync(), 2);
    QCOMPARE(stockOf(QStringLiteral("B2")), 8); // taken when the order came in, not again at the handover

    StorePickup pickup(*m_db);
    for (const QString& search : {QString::number(order), QStringLiteral("martin"), QStringLiteral("claire@")}) {
        const auto found = pickup.awaiting(search).value();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().orderId, order);
        QCOMPARE(found.first().customerName, QStringLiteral("Claire Martin"));
        QCOMPARE(found.first().lines.first().name, QStringLiteral("Bol"));
        QCOMPARE(found.first().lines.first().quantity, 2);
    }
    QVERIFY(pickup.awaiting(QStringLiteral("denis")).value().isEmpty()); // not awaiting pickup

    QVERIFY_RESULT(pickup.handOver(order, QStringLiteral("Dominique"), QDateTime::currentDateTimeUtc()));
    QVERIFY(pickup.awaiting({}).value().isEmpty());
    QVERIFY(!pickup.handOver(order, QStringLiteral("Dominique"), QDateTime::currentDateTimeUtc()));
    QCOMPARE(m_store->state().orderStatus(order),
             StorePickup::kAwaitingPickupStatus); // the counter did not wait online

    sync();
    QCOMPARE(m_store->state().orderStatus(order), 10); // Completed
    QCOMPARE(stockOf(QStringLiteral("B2")), 8);
    QCOMPARE(m_store->state().onHand(QStringLiteral("B2")), 8);
    const qint64 puts = m_store->requestCount(QStringLiteral("v2/orders/%1").arg(order));
    sync();
    QCOMPARE(m_store->requestCount(QStringLiteral("v2/orders/%1").arg(order)), puts); // sent once
}

void TestOrderSync::orderStockMovesWhenTheStoreMovesIt()
{
    QCOMPARE(sync(), 0); // the first connection
    StoreState& store = m_store->state();
    const auto bothSides = [&](const QString& sku, qint64 expected) {
        QCOMPARE(store.onHand(sku), expected);
        QCOMPARE(stockOf(sku), expected);
    };

    // The store's defaults: stock taken when the order is placed, given back when it is refunded.
    const qint64 refunded
        = store.addOrder(11, QStringLiteral("alice@example.fr"), {{QStringLiteral("A1"), QStringLiteral("Pain"), 2}});
    QCOMPARE(sync(), 1);
    bothSides(QStringLiteral("A1"), 8);
    store.setOrderStatus(refunded, 4);
    QCOMPARE(sync(), 1);
    bothSides(QStringLiteral("A1"), 10);
    // A partial refund never gives stock back.
    const qint64 partly
        = store.addOrder(11, QStringLiteral("alice@example.fr"), {{QStringLiteral("A1"), QStringLiteral("Pain"), 1}});
    store.setOrderStatus(partly, 14);
    sync();
    bothSides(QStringLiteral("A1"), 9);

    // Refunds and cancellations leave the stock where it is when the merchant turned that off.
    store.inventorySettings.refundAdjustsStock = false;
    const qint64 kept
        = store.addOrder(11, QStringLiteral("bob@example.fr"), {{QStringLiteral("B2"), QStringLiteral("Bol"), 3}});
    QCOMPARE(sync(), 1);
    bothSides(QStringLiteral("B2"), 7);
    store.setOrderStatus(kept, 5);
    QCOMPARE(sync(), 0);
    bothSides(QStringLiteral("B2"), 7);

    // The storefront's channel takes stock only once an order is shipped or completed, over the global setting.
    store.channelInventorySettings[1].updateStockBehavior = QStringLiteral("order_completed_or_shipped");
    store.channelInventorySettings[1].refundAdjustsStock = true;
    const qint64 shipped
        = store.addOrder(11, QStringLiteral("carla@example.fr"), {{QStringLiteral("B2"), QStringLiteral("Bol"), 2}});
    QCOMPARE(sync(), 0);
    bothSides(QStringLiteral("B2"), 7);
    store.setOrderStatus(shipped, 2);
    QCOMPARE(sync(), 1);
    bothSides(QStringLiteral("B2"), 5);
    store.setOrderStatus(shipped, 10);
    QCOMPARE(sync(), 0);
    bothSides(QStringLiteral("B2"), 5);
    store.setOrderStatus(shipped, 4);
    QCOMPARE(sync(), 1);
    bothSides(QStringLiteral("B2"), 7);
    // Cancelled before it was shipped: nothing was taken, nothing comes back.
    const qint64 neverShipped
        = store.addOrder(11, QStringLiteral("carla@example.fr"), {{QStringLiteral("A1"), QStringLiteral("Pain"), 4}});
    sync();
    store.setOrderStatus(neverShipped, 5);
    sync();
    bothSides(QStringLiteral("A1"), 9);
    // Still a purchase of the customer's, though its stock never moved.
    QCOMPARE(CustomerDirectory::purchases(*m_db, QStringLiteral("carla@example.fr"))->size(), 1);
}

void TestOrderSync::counterSalesPushedToTheirOwnChannelOnce()
{
    QCOMPARE(sync(), 0); // the first connection
    SaleStore sales(*m_db, m_clock, QStringLiteral("R01"), Ed25519Key::generate().value());
    Catalog catalog(*m_db);
    const auto pushOnce = [&] {
        SalePush push(*m_db, m_clock, QStringLiteral("R01"), *m_client);
        QSignalSpy done(&push, &SalePush::finished);
        push.run();
        if (done.isEmpty() && !done.wait(10'000))
            qFatal("the sale push did not finish");
        return done.first().first().toBool();
    };
    // Off by default: the store's sales figures do not count the shop's.
    const auto first = sales.commit(test::cashSale(catalog, {QStringLiteral("4006381333931")}), test::cashier());
    QVERIFY_RESULT(first);
    QVERIFY(pushOnce());
    QCOMPARE(m_store->requestCount(QStringLiteral("channels")), 0);

    Settings settings(*m_db);
    QVERIFY_RESULT(settings.setValue(QStringLiteral("store_push_sales"), QStringLiteral("1")));
    QVERIFY_RESULT(
        settings.setValue(QStringLiteral("store_push_sales_since"), QStringLiteral("2000-01-01T00:00:00.000Z")));
    const auto committed = sales.commit(
        test::cashSale(catalog,
                       {QStringLiteral("4006381333931"), QStringLiteral("4006381333931"), QStringLiteral("96385074")}),
        test::cashier());
    QVERIFY_RESULT(committed);
    // The store requires the billing address's zip: without one in the shop's address, nothing leaves, and the
    // manager is told what to add.
    FiscalSettings shopSettings(*m_db, sales.technicalEvents());
    const Operator owner {QStringLiteral("Dominique"), Role::Administrator, std::nullopt, {}};
    QVERIFY_RESULT(shopSettings.change(QStringLiteral("shop_address"), QStringLiteral("Place du Marché"), owner));
    {
        const qint64 orderRequests = m_store->requestCount(QStringLiteral("v2/orders"));
        SalePush push(*m_db, m_clock, QStringLiteral("R01"), *m_client);
        QSignalSpy done(&push, &SalePush::finished);
        push.run();
        QVERIFY(!done.isEmpty() || done.wait(10'000));
        QVERIFY(!done.first().first().toBool());
        QVERIFY2(done.first().at(1).toString().contains(QStringLiteral("postal code")),
                 qPrintable(done.first().at(1).toString()));
        QCOMPARE(m_store->requestCount(QStringLiteral("v2/orders")), orderRequests);
    }
    QVERIFY_RESULT(shopSettings.change(QStringLiteral("shop_address"),
                                       QStringLiteral("12 place du Marché\nCH-1204 Genève"), owner));
    // The channel was created above; the first order's answer is lost.
    m_store->faults().queueFaults({StoreEmulator::Fault::DropAfter});
    QVERIFY(!pushOnce());
    QVERIFY(pushOnce());
    const qint64 channel = settings.value(SalePush::kChannelIdKey).toLongLong();
    QVERIFY(channel > 1);
    const auto pushed = m_store->state().ordersOfChannel(channel);
    QCOMPARE(pushed.size(), 2); // both sales, each once
    const auto order = std::ranges::find_if(
        pushed, [&](const StoreState::Order& o) { return o.externalOrderId == committed->uuid; });
    QVERIFY(order != pushed.end());
    QCOMPARE(order->totalCents, committed->ticket.totals().totalMinor);
    QCOMPARE(order->statusId, 10);
    QCOMPARE(order->billingZip, QStringLiteral("1204"));
    QCOMPARE(order->email, QString()); // no customer: no e-mail, rather than an empty one the store refuses
    // No catalog item in them: the store's stock moved by the adjustments only (none sent here).
    QCOMPARE(m_store->state().onHand(QStringLiteral("A1")), 10);
    QVERIFY(pushOnce());
    QCOMPARE(m_store->state().ordersOfChannel(channel).size(), 2);

    // The order sync does not take them in as online orders.
    QCOMPARE(sync(), 0);
    QCOMPARE(stockOf(QStringLiteral("A1")), 7);
    QCOMPARE(m_db->integer(QStringLiteral("SELECT count(*) FROM store_order_unknown_lines"), {}).value(), 0);
}

QTEST_MAIN(TestOrderSync)
#include "TestOrderSync.moc"
