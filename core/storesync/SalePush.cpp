#include "storesync/SalePush.h"

#include "bigcommerce/StorePricing.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"
#include "storesync/StoreSettings.h"
#include "storesync/SyncLog.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

namespace caisse {

namespace {

const QString kInDoubt = QStringLiteral("store_push_in_doubt");
constexpr int kCompletedStatus = 10;

/** The postal code and the town after it, from the shop's address as receipts print it (the last code wins: a street
 *  number comes before it). French and Swiss or Belgian codes are digits, with or without a country prefix; Canadian
 *  ones are letter-digit pairs. */
std::optional<std::pair<QString, QString>> postalCodeAndTown(const QString& address)
{
    static const QRegularExpression code(
        QStringLiteral("(?:\\b(?:F|CH|B)-)?\\b(\\d{4,5}|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d)\\b[ \\t]*([^,\\n]*)"));
    std::optional<std::pair<QString, QString>> found;
    for (auto it = code.globalMatch(address); it.hasNext();) {
        const auto match = it.next();
        found = std::pair {match.captured(1), match.captured(2).trimmed()};
    }
    return found;
}

} // namespace

SalePush::SalePush(Database& database, const Clock& clock, QString registerId, StoreClient& client, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_registerId(std::move(registerId))
    , m_client(client)
{ }

void SalePush::stop(bool ok, const QString& message)
{
    if (!ok)
        qCWarning(lcStoreSync) << "sale push stopped:" << message;
    emit finished(ok, message);
}

void SalePush::run()
{
    const StoreSettings::Values settings = StoreSettings::saved(m_database);
    if (!settings.pushSales) {
        stop(true, {});
        return;
    }
    settleDoubt();
}

void SalePush::settleDoubt()
{
    const QString ticket = Settings(m_database).value(kInDoubt);
    if (ticket.isEmpty()) {
        ensureChannel();
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("external_order_id"), ticket);
    m_client.call(StoreClient::Kind::Read, "GET", QStringLiteral("v2/orders"), query, {},
                  [this, ticket](const ApiReply& reply) {
                      if (!reply.ok()) {
                          stop(false, reply.error);
                          return;
                      }
                      // 204 or an empty list: the order never reached the store; the ticket goes again.
                      const QJsonArray found = reply.body.array();
                      const auto settled = found.isEmpty()
                          ? Settings(m_database).setValue(kInDoubt, {})
                          : recordPushed(ticket, found.first().toObject().value(QStringLiteral("id")).toInteger());
                      if (!settled) {
                          stop(false, settled.error().message);
                          return;
                      }
                      ensureChannel();
                  });
}

void SalePush::ensureChannel()
{
    const auto next = [this] {
        QSqlQuery query(m_database.connection());
        m_tickets.clear();
        if (auto ran = Database::run(
                query,
                QStringLiteral("SELECT uuid FROM tickets t WHERE kind = 'sale' AND training = 0 AND register_id = ? "
                               "AND occurred_at >= ? AND NOT EXISTS (SELECT 1 FROM store_sale_pushes p "
                               "WHERE p.ticket_uuid = t.uuid) ORDER BY id LIMIT ?"),
                {m_registerId, StoreSettings::pushSalesSince(m_database), kTicketsPerRun});
            !ran) {
            stop(false, ran.error().message);
            return;
        }
        while (query.next())
            m_tickets << query.value(0).toString();
        pushNext();
    };
    if (!Settings(m_database).value(kChannelIdKey).isEmpty()) {
        next();
        return;
    }
    // Created once; an answer lost leaves a second channel of the same name at worst, with no order in it.
    const QJsonObject channel {{QStringLiteral("name"), tr("Caisse %1 (in-store sales)").arg(m_registerId)},
                               {QStringLiteral("type"), QStringLiteral("pos")},
                               {QStringLiteral("platform"), QStringLiteral("custom")},
                               {QStringLiteral("status"), QStringLiteral("connected")}};
    m_client.call(
        StoreClient::Kind::Write, "POST", QStringLiteral("v3/channels"), {}, QJsonDocument(channel),
        [this, next](const ApiReply& reply) {
            if (!reply.ok()) {
                stop(false, reply.error);
                return;
            }
            const qint64 id
                = reply.body.object().value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toInteger();
            if (auto saved = Settings(m_database).setValue(kChannelIdKey, QString::number(id)); !saved) {
                stop(false, saved.error().message);
                return;
            }
            next();
        });
}

void SalePush::pushNext()
{
    if (m_tickets.isEmpty()) {
        stop(true, {});
        return;
    }
    const QString ticket = m_tickets.takeFirst();
    const auto order = orderOf(ticket, Settings(m_database).value(kChannelIdKey).toLongLong());
    if (!order) {
        stop(false, order.error().message);
        return;
    }
    // Written down before it leaves: a register killed now settles it at the next run.
    if (auto saved = Settings(m_database).setValue(kInDoubt, ticket); !saved) {
        stop(false, saved.error().message);
        return;
    }
    m_client.call(StoreClient::Kind::Write, "POST", QStringLiteral("v2/orders"), {}, QJsonDocument(*order),
                  [this, ticket](const ApiReply& reply) {
                      if (!reply.ok()) {
                          stop(false, tr("The sale %1 is not on the online store yet: %2").arg(ticket, reply.error));
                          return;
                      }
                      if (auto recorded
                          = recordPushed(ticket, reply.body.object().value(QStringLiteral("id")).toInteger());
                          !recorded) {
                          stop(false, recorded.error().message);
                          return;
                      }
                      pushNext();
                  });
}

Result<void> SalePush::recordPushed(const QString& ticketUuid, qint64 orderId)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query,
            QStringLiteral(
                "INSERT OR IGNORE INTO store_sale_pushes(ticket_uuid, store_order_id, pushed_at) VALUES(?, ?, ?)"),
            {ticketUuid, orderId, toStorageTime(m_clock.nowUtc())});
        !ran)
        return ran;
    if (auto cleared = Settings(m_database).setValue(kInDoubt, {}); !cleared)
        return cleared;
    return transaction->commit();
}

Result<QJsonObject> SalePush::orderOf(const QString& ticketUuid, qint64 channelId)
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("SELECT t.occurred_at, t.customer_ref, l.label, l.quantity_milli, "
                                                "l.total_minor, l.vat_rate_milli_percent FROM tickets t "
                                                "JOIN ticket_lines l ON l.ticket_id = t.id WHERE t.uuid = ? "
                                                "ORDER BY l.line_no"),
                                 {ticketUuid});
        !ran)
        return std::unexpected(ran.error());
    QJsonArray lines;
    QString occurredAt;
    QString customer;
    const StorePricing withTax {{}, true};
    const StorePricing withoutTax {{}, false};
    const QLocale locale; // the register's language and formats
    while (query.next()) {
        occurredAt = query.value(0).toString();
        customer = query.value(1).toString();
        const qint64 quantityMilli = query.value(3).toLongLong();
        const qint64 total = query.value(4).toLongLong();
        const qint32 rate = query.value(5).toInt();
        // Whole pieces at one price keep their quantity; a weight or an uneven discount is one line of its total.
        const bool whole = quantityMilli > 0 && quantityMilli % 1000 == 0 && total % (quantityMilli / 1000) == 0;
        const qint64 quantity = whole ? quantityMilli / 1000 : 1;
        const QString name = whole
            ? query.value(2).toString()
            : tr("%1 (%2)").arg(query.value(2).toString(), locale.toString(double(quantityMilli) / 1000.0, 'f', 3));
        const qint64 unit = total / quantity;
        lines.append(QJsonObject {{QStringLiteral("name"), name},
                                  {QStringLiteral("quantity"), quantity},
                                  {QStringLiteral("price_inc_tax"), storePrice(unit, withTax, rate)},
                                  {QStringLiteral("price_ex_tax"), storePrice(unit, withoutTax, rate)}});
    }
    if (lines.isEmpty())
        return failure(Error::Code::NotFound, tr("The sale %1 has no lines.").arg(ticketUuid));
    const auto shop = Settings(m_database).shop();
    if (!shop)
        return std::unexpected(shop.error());
    // orders.v2.oas2.yml requires the billing address's zip; a counter sale's is the shop's.
    const auto postal = postalCodeAndTown(shop->address);
    if (!postal)
        return failure(Error::Code::InvalidInput,
                       tr("The online store needs the shop's postal code for the sales it records, and the shop's "
                          "address has none. Add it to the shop's address in the settings."));
    QJsonObject billing {{QStringLiteral("first_name"), shop->name},
                         {QStringLiteral("last_name"), m_registerId},
                         {QStringLiteral("street_1"), shop->address.section(u'\n', 0, 0).section(u',', 0, 0)},
                         {QStringLiteral("zip"), postal->first},
                         {QStringLiteral("city"), postal->second}};
    // An empty e-mail is not an address: a sale without a customer sends none.
    if (customer.contains(u'@'))
        billing.insert(QStringLiteral("email"), customer);
    return QJsonObject {{QStringLiteral("status_id"), kCompletedStatus},
                        {QStringLiteral("channel_id"), channelId},
                        {QStringLiteral("external_order_id"), ticketUuid},
                        {QStringLiteral("external_source"), QStringLiteral("POS (Caisse)")},
                        {QStringLiteral("customer_id"), 0},
                        {QStringLiteral("date_created"), fromStorageTime(occurredAt).toString(Qt::RFC2822Date)},
                        {QStringLiteral("billing_address"), billing},
                        {QStringLiteral("products"), lines}};
}

} // namespace caisse
