#include "storesync/OrderSync.h"

#include "base/RecordId.h"
#include "bigcommerce/InventoryLevels.h"
#include "bigcommerce/StorePricing.h"
#include "catalog/Catalog.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"
#include "storesync/ProductBaseline.h"
#include "storesync/SalePush.h"
#include "storesync/SyncConventions.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace caisse {

namespace {

const QString kOrdersSince = QStringLiteral("store_orders_since");
const QString kFirstOrderId = QStringLiteral("store_orders_first_id");
constexpr int kPageSize = 250;
constexpr int kCompletedStatus = 10;
const QString kShippingSku = SyncConventions::serviceSkuPrefix() + QStringLiteral("SHIPPING");
const QString kHandlingSku = SyncConventions::serviceSkuPrefix() + QStringLiteral("HANDLING");

QString stateKey(OrderSync::State state)
{
    return state == OrderSync::State::Closed ? QStringLiteral("closed") : QStringLiteral("voided");
}

} // namespace

std::optional<OrderSync::State> OrderSync::stateOf(int statusId)
{
    switch (statusId) {
    case 0: // Incomplete
    case 1: // Pending
        return std::nullopt;
    case 5: // Cancelled
    case 6: // Declined
        return State::Voided;
    default:
        return State::Closed;
    }
}

OrderSync::StockEffect OrderSync::stockEffectOf(int statusId, const StockRule& rule)
{
    // As the webhook reference describes the inventory settings (docs/integrations/webhooks/events): placed is any
    // status after checkout; completed or shipped is Shipped, Partially Shipped or Completed; Refunded and Cancelled
    // give back only when the setting says so, Partially Refunded never; a declined payment gives back what was taken.
    switch (statusId) {
    case 0: // Incomplete
    case 1: // Pending
        return StockEffect::Keep;
    case 2: // Shipped
    case 3: // Partially Shipped
    case 10: // Completed
        return StockEffect::Take;
    case 4: // Refunded
    case 5: // Cancelled
        return rule.refundGivesBack ? StockEffect::GiveBack : StockEffect::Keep;
    case 6: // Declined
        return StockEffect::GiveBack;
    default:
        return rule.takenWhenPlaced ? StockEffect::Take : StockEffect::Keep;
    }
}

OrderSync::OrderSync(Database& database, const Clock& clock, StoreClient& client, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_client(client)
{ }

Result<void> OrderSync::importPastOrders(Database& database)
{
    Settings settings(database);
    if (auto saved = settings.setValue(kFirstOrderId, QStringLiteral("0")); !saved)
        return saved;
    return settings.setValue(kOrdersSince, QStringLiteral("1970-01-01T00:00:00Z"));
}

void OrderSync::run()
{
    m_orders.clear();
    m_imported = 0;
    m_posChannelId = Settings(m_database).value(SalePush::kChannelIdKey).toLongLong();
    sendNextCompletion();
}

void OrderSync::sendNextCompletion()
{
    const auto orderId = m_database.integer(
        QStringLiteral("SELECT coalesce(min(store_order_id), 0) FROM store_orders WHERE handed_over_at IS NOT NULL AND "
                       "completion_sent_at IS NULL"),
        {});
    if (!orderId) {
        emit finished(false, orderId.error().message, 0);
        return;
    }
    if (*orderId == 0) {
        readOrders();
        return;
    }
    // Setting a status is idempotent: an answer lost here is harmless, the next run sets it again.
    m_client.call(StoreClient::Kind::Write, "PUT", QStringLiteral("v2/orders/%1").arg(*orderId), {},
                  QJsonDocument(QJsonObject {{QStringLiteral("status_id"), kCompletedStatus}}),
                  [this, orderId = *orderId](const ApiReply& reply) {
                      if (!reply.ok()) {
                          emit finished(false,
                                        tr("Order %1 was handed over but is not marked completed online yet: %2")
                                            .arg(orderId)
                                            .arg(reply.error),
                                        0);
                          return;
                      }
                      QSqlQuery query(m_database.connection());
                      if (auto ran = Database::run(query,
                                                   QStringLiteral("UPDATE store_orders SET completion_sent_at = ?, "
                                                                  "status_id = ? WHERE store_order_id = ?"),
                                                   {toStorageTime(m_clock.nowUtc()), kCompletedStatus, orderId});
                          !ran) {
                          emit finished(false, ran.error().message, 0);
                          return;
                      }
                      sendNextCompletion();
                  });
}

void OrderSync::readOrders()
{
    Settings settings(m_database);
    m_since = settings.value(kOrdersSince);
    m_firstOrderId = settings.value(kFirstOrderId, QStringLiteral("0")).toLongLong();
    if (m_since.isEmpty()) {
        // The first connection draws the line: orders that exist now are the past, which is not imported by default.
        // By id, since order dates are to the second only.
        QUrlQuery newest;
        newest.addQueryItem(QStringLiteral("sort"), QStringLiteral("id:desc"));
        newest.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        const QString now = m_clock.nowUtc().toString(Qt::ISODate);
        m_client.call(StoreClient::Kind::Read, "GET", QStringLiteral("v2/orders"), newest, {},
                      [this, now](const ApiReply& reply) {
                          if (!reply.ok()) {
                              emit finished(false, reply.error, 0);
                              return;
                          }
                          const qint64 newestId
                              = reply.body.array().first().toObject().value(QStringLiteral("id")).toInteger();
                          Settings line(m_database);
                          auto saved = line.setValue(kFirstOrderId, QString::number(newestId + 1));
                          if (saved)
                              saved = line.setValue(kOrdersSince, now);
                          emit finished(saved.has_value(), saved ? QString() : saved.error().message, 0);
                      });
        return;
    }
    readPage(1);
}

void OrderSync::readPage(int page)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("min_date_modified"), m_since);
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("date_modified:asc"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    m_client.call(StoreClient::Kind::Read, "GET", QStringLiteral("v2/orders"), query, {},
                  [this, page](const ApiReply& reply) {
                      if (!reply.ok()) {
                          emit finished(false, reply.error, m_imported);
                          return;
                      }
                      // v2 lists are bare arrays without pagination data; 204 means nothing (more).
                      const QJsonArray orders = reply.body.array();
                      for (const QJsonValue& order : orders)
                          m_orders.append(order.toObject());
                      if (reply.status != 204 && orders.size() == kPageSize)
                          readPage(page + 1);
                      else
                          readStockRules();
                  });
}

void OrderSync::readStockRules()
{
    m_channelStockRules.clear();
    m_stockRulesToRead.clear();
    // A run with no order costs no request.
    if (m_orders.isEmpty()) {
        processNext();
        return;
    }
    m_stockRulesToRead << 0; // the global settings, which manual orders follow and channels override
    for (const QJsonObject& order : std::as_const(m_orders)) {
        const qint64 channel = order.value(QStringLiteral("channel_id")).toInteger(1);
        if (channel != m_posChannelId && !m_stockRulesToRead.contains(channel))
            m_stockRulesToRead << channel;
    }
    readNextStockRule();
}

void OrderSync::readNextStockRule()
{
    if (m_stockRulesToRead.isEmpty()) {
        processNext();
        return;
    }
    const qint64 channel = m_stockRulesToRead.takeFirst();
    QUrlQuery query;
    if (channel > 0)
        query.addQueryItem(QStringLiteral("channel_id"), QString::number(channel));
    m_client.call(
        StoreClient::Kind::Read, "GET", QStringLiteral("v3/settings/inventory"), query, {},
        [this, channel](const ApiReply& reply) {
            if (!reply.ok()) {
                emit finished(false,
                              tr("The online store's inventory settings could not be read, so no order was "
                                 "taken in: %1")
                                  .arg(reply.error),
                              m_imported);
                return;
            }
            // A channel's null is "as the global settings".
            const QJsonObject data = reply.body.object().value(QStringLiteral("data")).toObject();
            StockRule rule = m_globalStockRule;
            if (const QJsonValue behavior = data.value(QStringLiteral("update_stock_behavior")); behavior.isString())
                rule.takenWhenPlaced = behavior.toString() == u"order_placed";
            if (const QJsonValue refund = data.value(QStringLiteral("refund_order_stock_adjustment")); refund.isBool())
                rule.refundGivesBack = refund.toBool();
            if (channel == 0)
                m_globalStockRule = rule;
            else
                m_channelStockRules.insert(channel, rule);
            readNextStockRule();
        });
}

OrderSync::StockRule OrderSync::stockRuleOf(const QJsonObject& order) const
{
    // orders.v2.oas2.yml: an order made in the control panel has the order_source "manual"; the global settings apply.
    if (order.value(QStringLiteral("order_source")).toString() == u"manual")
        return m_globalStockRule;
    return m_channelStockRules.value(order.value(QStringLiteral("channel_id")).toInteger(1), m_globalStockRule);
}

void OrderSync::processNext()
{
    if (m_orders.isEmpty()) {
        emit finished(true, {}, m_imported);
        return;
    }
    const QJsonObject order = m_orders.takeFirst();
    const qint64 orderId = order.value(QStringLiteral("id")).toInteger();
    const auto state = stateOf(order.value(QStringLiteral("status_id")).toInt());
    // The register's own sales, pushed to its channel (SalePush), are not online orders: their stock is already moved.
    if (orderId < m_firstOrderId
        || (m_posChannelId > 0 && order.value(QStringLiteral("channel_id")).toInteger() == m_posChannelId)) {
        processNext();
        return;
    }
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query, QStringLiteral("SELECT state, status_id, stock_taken FROM store_orders WHERE store_order_id = ?"),
            {orderId});
        !ran) {
        emit finished(false, ran.error().message, m_imported);
        return;
    }
    const std::optional<QString> known = query.next() ? std::optional(query.value(0).toString()) : std::nullopt;
    const int knownStatus = known ? query.value(1).toInt() : -1;
    const bool wasTaken = known && query.value(2).toBool();
    // What stock must do: taken (-1) when the store takes it and the register has not yet; given back (+1) when the
    // store gives it back after the register took it; left otherwise.
    const StockEffect effect = stockEffectOf(order.value(QStringLiteral("status_id")).toInt(), stockRuleOf(order));
    int direction = 0;
    if (effect == StockEffect::Take && !wasTaken)
        direction = -1;
    else if (effect == StockEffect::GiveBack && wasTaken)
        direction = +1;
    const bool stockTaken = direction == 0 ? wasTaken : direction < 0;
    // A new status within the same state (Awaiting Pickup to Completed) is kept too: the pickup list reads it.
    const bool changed = state
        && (!known || *known != stateKey(*state) || knownStatus != order.value(QStringLiteral("status_id")).toInt());
    if (!changed) {
        processNext();
        return;
    }
    if (direction == 0) {
        if (auto recorded = record(order, *state, {}, 0, stockTaken, {}); !recorded) {
            emit finished(false, recorded.error().message, m_imported);
            return;
        }
        processNext();
        return;
    }
    m_client.call(StoreClient::Kind::Read, "GET", QStringLiteral("v2/orders/%1/products").arg(orderId), {}, {},
                  [this, order, state, direction, stockTaken](const ApiReply& reply) {
                      if (!reply.ok()) {
                          emit finished(false, reply.error, m_imported);
                          return;
                      }
                      const QJsonArray lines = reply.body.array();
                      QStringList unknownSkus;
                      for (const QJsonValue& line : lines) {
                          const auto local = findVariant(line.toObject());
                          if (!local) {
                              emit finished(false, local.error().message, m_imported);
                              return;
                          }
                          if (const QString sku = line.toObject().value(QStringLiteral("sku")).toString();
                              !*local && !sku.isEmpty())
                              unknownSkus << sku;
                      }
                      if (unknownSkus.isEmpty()) {
                          takeIn(order, *state, lines, direction, stockTaken, {});
                          return;
                      }
                      // Articles sold only online are created with the store's stock: one read for the order's unknown
                      // lines.
                      QUrlQuery skus;
                      skus.addQueryItem(QStringLiteral("sku:in"), unknownSkus.join(u','));
                      m_client.call(StoreClient::Kind::Read, "GET", QStringLiteral("v3/inventory/items"), skus, {},
                                    [this, order, state, direction, stockTaken, lines](const ApiReply& levels) {
                                        if (!levels.ok()) {
                                            emit finished(false, levels.error, m_imported);
                                            return;
                                        }
                                        takeIn(order, *state, lines, direction, stockTaken,
                                               onHandAt(levels.body, Settings(m_database).storeLocationId()));
                                    });
                  });
}

void OrderSync::takeIn(const QJsonObject& order, State state, const QJsonArray& lines, int direction, bool stockTaken,
                       const QHash<QString, qint64>& storeLevels)
{
    if (auto recorded = record(order, state, lines, direction, stockTaken, storeLevels); !recorded) {
        emit finished(false, recorded.error().message, m_imported);
        return;
    }
    ++m_imported;
    processNext();
}

Result<void> OrderSync::record(const QJsonObject& order, State state, const QJsonArray& lines, int direction,
                               bool stockTaken, const QHash<QString, qint64>& storeLevels)
{
    const qint64 orderId = order.value(QStringLiteral("id")).toInteger();
    const QDateTime modified
        = QDateTime::fromString(order.value(QStringLiteral("date_modified")).toString(), Qt::RFC2822Date);
    const QJsonObject billing = order.value(QStringLiteral("billing_address")).toObject();
    const QString customerName = QStringList {billing.value(QStringLiteral("first_name")).toString(),
                                              billing.value(QStringLiteral("last_name")).toString()}
                                     .join(u' ')
                                     .trimmed();
    const QString now = toStorageTime(m_clock.nowUtc());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query,
            QStringLiteral("INSERT INTO store_orders(store_order_id, status_id, state, customer_email, customer_name, "
                           "total_minor, date_modified, imported_at, stock_taken) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT(store_order_id) DO UPDATE SET status_id = excluded.status_id, "
                           "state = excluded.state, date_modified = excluded.date_modified, "
                           "stock_taken = excluded.stock_taken"),
            {orderId, order.value(QStringLiteral("status_id")).toInt(), stateKey(state),
             billing.value(QStringLiteral("email")).toString(), customerName,
             minorFromStore(order.value(QStringLiteral("total_inc_tax"))), toStorageTime(modified), now, stockTaken});
        !ran)
        return ran;
    // Lines come with an order that moves stock; taken in again after a void, they are already there.
    int lineNo = 0;
    const auto keepLine = [&](qint64 variantId, const QString& name, qint64 quantity, qint64 unitPriceMinor) {
        return Database::run(query,
                             QStringLiteral("INSERT OR IGNORE INTO store_order_lines(store_order_id, line_no, "
                                            "variant_id, name, quantity, unit_price_minor) VALUES(?, ?, ?, ?, ?, ?)"),
                             {orderId, ++lineNo, variantId, name, quantity, unitPriceMinor});
    };
    for (const QJsonValue& value : lines) {
        const QJsonObject line = value.toObject();
        const qint64 quantity = line.value(QStringLiteral("quantity")).toInteger();
        const auto found = findVariant(line);
        if (!found)
            return std::unexpected(found.error());
        const QString sku = line.value(QStringLiteral("sku")).toString();
        const auto variant = *found
            ? Result<LocalVariant>(**found)
            : createVariant(orderId, line,
                            storeLevels.contains(sku) ? std::optional(storeLevels.value(sku)) : std::nullopt);
        if (!variant)
            return std::unexpected(variant.error());
        const auto [variantId, tracksStock] = *variant;
        if (auto kept = keepLine(variantId, line.value(QStringLiteral("name")).toString(), quantity,
                                 minorFromStore(line.value(QStringLiteral("price_inc_tax"))));
            !kept)
            return kept;
        if (!tracksStock)
            continue;
        // origin 'store': the online store moved this stock itself, so it is never sent back to it.
        if (auto ran = Database::run(
                query,
                QStringLiteral("INSERT INTO stock_movements(uuid, variant_id, quantity_milli, reason, register_id, "
                               "occurred_at, origin) VALUES(?, ?, ?, ?, 'store', ?, 'store')"),
                {newRecordId(), variantId, direction * quantity * 1000,
                 direction < 0 ? QStringLiteral("sale") : QStringLiteral("refund"), now});
            !ran)
            return ran;
    }
    if (!lines.isEmpty()) {
        for (const auto& [sku, name, field] :
             {std::tuple {kShippingSku, tr("Shipping (online store)"), QStringLiteral("shipping_cost_inc_tax")},
              std::tuple {kHandlingSku, tr("Handling (online store)"), QStringLiteral("handling_cost_inc_tax")}}) {
            const qint64 amount = minorFromStore(order.value(field));
            if (amount <= 0)
                continue;
            const auto service = serviceVariant(sku, name);
            if (!service)
                return std::unexpected(service.error());
            if (auto kept = keepLine(*service, name, 1, amount); !kept)
                return kept;
        }
    }
    // The cursor moves with the order, in the same transaction: a killed register reads from here again, and the
    // order's row tells what was already done.
    if (auto saved = Settings(m_database).setValue(kOrdersSince, modified.toString(Qt::ISODate)); !saved)
        return saved;
    return transaction->commit();
}

Result<std::optional<OrderSync::LocalVariant>> OrderSync::findVariant(const QJsonObject& line)
{
    // The link first: the SKU may have been changed online since the article was matched. Two lookups, each on an
    // index, rather than one OR that would read the whole catalog.
    QSqlQuery query(m_database.connection());
    for (const auto& [sql, key] :
         {std::pair {
              QStringLiteral("SELECT v.id, p.tracks_stock AND NOT v.split_stock FROM store_links l JOIN variants v "
                             "ON v.id = l.variant_id JOIN products p ON p.id = v.product_id WHERE "
                             "l.store_variant_id = ?"),
              QVariant(line.value(QStringLiteral("variant_id")).toInteger())},
          std::pair {QStringLiteral("SELECT v.id, p.tracks_stock AND NOT v.split_stock FROM variants v JOIN products p "
                                    "ON p.id = v.product_id WHERE v.sku = ?"),
                     QVariant(line.value(QStringLiteral("sku")).toString())}}) {
        if (auto ran = Database::run(query, sql, {key}); !ran)
            return std::unexpected(ran.error());
        if (query.next())
            return std::optional(LocalVariant {query.value(0).toLongLong(), query.value(1).toBool()});
    }
    return std::optional<LocalVariant>();
}

Result<OrderSync::LocalVariant> OrderSync::createVariant(qint64 orderId, const QJsonObject& line,
                                                         std::optional<qint64> storeLevel)
{
    const qint64 storeProductId = line.value(QStringLiteral("product_id")).toInteger();
    const qint64 storeVariantId = line.value(QStringLiteral("variant_id")).toInteger();
    const qint64 quantity = line.value(QStringLiteral("quantity")).toInteger();
    const QString name = line.value(QStringLiteral("name")).toString();
    QString sku = line.value(QStringLiteral("sku")).toString();
    if (sku.isEmpty())
        sku = QStringLiteral("WEB-%1-%2").arg(orderId).arg(line.value(QStringLiteral("id")).toInteger());
    QStringList barcodes;
    if (const QString upc = line.value(QStringLiteral("upc")).toString();
        !upc.isEmpty() && BarcodeParser::lookupKeyOf(upc))
        barcodes << upc;
    // A custom line (no product on the store) has no stock anywhere: the article does not track it either.
    const bool tracksStock = storeProductId > 0 && storeLevel.has_value();
    const QString now = toStorageTime(m_clock.nowUtc());
    const auto registerId = Settings(m_database).registerId();
    if (!registerId)
        return std::unexpected(registerId.error());
    const auto added = Catalog(m_database)
                           .addProduct({name,
                                        tr("Online store"),
                                        kStoreDefaultVatMilliPercent,
                                        tracksStock,
                                        false,
                                        {{sku,
                                          {},
                                          minorFromStore(line.value(QStringLiteral("price_inc_tax"))),
                                          barcodes,
                                          tracksStock ? (*storeLevel + quantity) * 1000 : 0}}},
                                       *registerId, now);
    if (!added)
        return std::unexpected(added.error());
    const qint64 variantId = added->first();
    QSqlQuery query(m_database.connection());
    if (storeVariantId > 0) {
        if (auto ran = Database::run(
                query,
                QStringLiteral("INSERT OR IGNORE INTO store_links(variant_id, store_product_id, store_variant_id, "
                               "matched_by, linked_at) VALUES(?, ?, ?, 'created', ?)"),
                {variantId, storeProductId, storeVariantId, now});
            !ran)
            return std::unexpected(ran.error());
        // The store's product, as the store holds it: nothing of it is sent back unless changed at the register.
        const QString ofThisVariant = QStringLiteral("id = (SELECT product_id FROM variants WHERE id = ?)");
        if (auto ran = Database::run(
                query, QStringLiteral("UPDATE products SET online_pushed_at = updated_at WHERE ") + ofThisVariant,
                {variantId});
            !ran)
            return std::unexpected(ran.error());
        if (auto agreed
            = ProductBaseline::agreeAsTheyAre(m_database, QStringLiteral("p.") + ofThisVariant, {variantId});
            !agreed)
            return std::unexpected(agreed.error());
    }
    if (auto ran = Database::run(query,
                                 QStringLiteral("INSERT INTO store_order_unknown_lines(store_order_id, sku, name, "
                                                "quantity) VALUES(?, ?, ?, ?)"),
                                 {orderId, sku, name, quantity});
        !ran)
        return std::unexpected(ran.error());
    return LocalVariant {variantId, tracksStock};
}

Result<qint64> OrderSync::serviceVariant(const QString& sku, const QString& name)
{
    if (auto known
        = m_database.integer(QStringLiteral("SELECT coalesce(max(id), 0) FROM variants WHERE sku = ?"), {sku});
        !known || *known > 0)
        return known;
    // No stock and no set price: each order says what the customer paid.
    const auto added
        = Catalog(m_database)
              .addProduct({name, tr("Services"), kStoreDefaultVatMilliPercent, false, false, {{sku, {}, 0, {}, 0}}}, {},
                          toStorageTime(m_clock.nowUtc()));
    if (!added)
        return std::unexpected(added.error());
    return added->first();
}

} // namespace caisse
