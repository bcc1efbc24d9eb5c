#include "OrderSync.h"

#include "Database.h"
#include "RecordId.h"
#include "Settings.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace caisse {

namespace {

const QString kOrdersSince = QStringLiteral("store_orders_since");
const QString kFirstOrderId = QStringLiteral("store_orders_first_id");
constexpr int kPageSize = 250;

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
                          processNext();
                  });
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
    if (orderId < m_firstOrderId) {
        processNext();
        return;
    }
    QSqlQuery query(m_database.connection());
    if (auto ran
        = Database::run(query, QStringLiteral("SELECT state FROM store_orders WHERE store_order_id = ?"), {orderId});
        !ran) {
        emit finished(false, ran.error().message, m_imported);
        return;
    }
    const std::optional<QString> known = query.next() ? std::optional(query.value(0).toString()) : std::nullopt;
    // What stock must do: an order seen closed for the first time takes it (-1); one voided after it took it gives it
    // back (+1); one closed again after a void takes it again; anything else leaves it.
    int direction = 0;
    if (state == State::Closed && known != u"closed")
        direction = -1;
    else if (state == State::Voided && known == u"closed")
        direction = +1;
    const bool changed = state && (!known || *known != stateKey(*state));
    if (!changed) {
        processNext();
        return;
    }
    if (direction == 0) {
        if (auto recorded = record(order, *state, {}, 0); !recorded) {
            emit finished(false, recorded.error().message, m_imported);
            return;
        }
        processNext();
        return;
    }
    m_client.call(StoreClient::Kind::Read, "GET", QStringLiteral("v2/orders/%1/products").arg(orderId), {}, {},
                  [this, order, state, direction](const ApiReply& reply) {
                      if (!reply.ok()) {
                          emit finished(false, reply.error, m_imported);
                          return;
                      }
                      if (auto recorded = record(order, *state, reply.body.array(), direction); !recorded) {
                          emit finished(false, recorded.error().message, m_imported);
                          return;
                      }
                      ++m_imported;
                      processNext();
                  });
}

Result<void> OrderSync::record(const QJsonObject& order, State state, const QJsonArray& lines, int direction)
{
    const qint64 orderId = order.value(QStringLiteral("id")).toInteger();
    const QDateTime modified
        = QDateTime::fromString(order.value(QStringLiteral("date_modified")).toString(), Qt::RFC2822Date);
    const QString now = toStorageTime(m_clock.nowUtc());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query,
            QStringLiteral("INSERT INTO store_orders(store_order_id, status_id, state, customer_email, total_minor, "
                           "date_modified, imported_at) VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(store_order_id) DO "
                           "UPDATE SET status_id = excluded.status_id, state = excluded.state, "
                           "date_modified = excluded.date_modified"),
            {orderId, order.value(QStringLiteral("status_id")).toInt(), stateKey(state),
             order.value(QStringLiteral("billing_address")).toObject().value(QStringLiteral("email")).toString(),
             qRound64(order.value(QStringLiteral("total_inc_tax")).toString().toDouble() * 100.0),
             toStorageTime(modified), now});
        !ran)
        return ran;
    for (const QJsonValue& value : lines) {
        const QJsonObject line = value.toObject();
        const QString sku = line.value(QStringLiteral("sku")).toString();
        const qint64 quantity = line.value(QStringLiteral("quantity")).toInteger();
        if (auto ran
            = Database::run(query,
                            QStringLiteral("SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id "
                                           "WHERE v.sku = ? AND p.tracks_stock = 1"),
                            {sku});
            !ran)
            return ran;
        if (!query.next()) {
            if (auto ran = Database::run(query,
                                         QStringLiteral("INSERT INTO store_order_unknown_lines(store_order_id, sku, "
                                                        "name, quantity) VALUES(?, ?, ?, ?)"),
                                         {orderId, sku, line.value(QStringLiteral("name")).toString(), quantity});
                !ran)
                return ran;
            continue;
        }
        const qint64 variantId = query.value(0).toLongLong();
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
    // The cursor moves with the order, in the same transaction: a killed register reads from here again, and the
    // order's row tells what was already done.
    if (auto saved = Settings(m_database).setValue(kOrdersSince, modified.toString(Qt::ISODate)); !saved)
        return saved;
    return transaction->commit();
}

} // namespace caisse
