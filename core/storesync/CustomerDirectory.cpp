#include "storesync/CustomerDirectory.h"

#include "base/Clock.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace caisse {

namespace {

StoreCustomer customerFrom(const QJsonObject& object)
{
    return {object.value(QStringLiteral("id")).toInteger(), object.value(QStringLiteral("first_name")).toString(),
            object.value(QStringLiteral("last_name")).toString(), object.value(QStringLiteral("email")).toString()};
}

} // namespace

CustomerDirectory::CustomerDirectory(StoreClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<StoreCustomer>();
}

void CustomerDirectory::find(const QString& email)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("email:in"), email.trimmed());
    m_client.call(StoreClient::Kind::Read, "GET", QStringLiteral("v3/customers"), query, {},
                  [this, email](const ApiReply& reply) {
                      if (!reply.ok()) {
                          emit failed(reply.error);
                          return;
                      }
                      const QJsonArray data = reply.body.object().value(QStringLiteral("data")).toArray();
                      if (data.isEmpty())
                          emit notFound(email);
                      else
                          emit found(customerFrom(data.first().toObject()));
                  });
}

void CustomerDirectory::create(const StoreCustomer& customer)
{
    const QJsonArray body {QJsonObject {{QStringLiteral("first_name"), customer.firstName},
                                        {QStringLiteral("last_name"), customer.lastName},
                                        {QStringLiteral("email"), customer.email.trimmed()}}};
    m_client.call(StoreClient::Kind::Write, "POST", QStringLiteral("v3/customers"), {}, QJsonDocument(body),
                  [this, customer](const ApiReply& reply) {
                      if (reply.ok()) {
                          emit found(customerFrom(
                              reply.body.object().value(QStringLiteral("data")).toArray().first().toObject()));
                          return;
                      }
                      // Lost answer, or the e-mail is taken (maybe by this very request): the e-mail tells.
                      if (reply.ambiguous || reply.status == 409 || reply.status == 422) {
                          find(customer.email);
                          return;
                      }
                      emit failed(reply.error);
                  });
}

Result<QList<CustomerPurchase>> CustomerDirectory::purchases(Database& database, const QString& email)
{
    QSqlQuery query(database.connection());
    if (auto ran = Database::run(
            query,
            QStringLiteral("SELECT occurred_at, 'counter', register_id || '-' || number, total_minor FROM tickets "
                           "WHERE lower(customer_ref) = lower(?) "
                           "UNION ALL SELECT date_modified, 'online', store_order_id, total_minor FROM store_orders "
                           "WHERE lower(customer_email) = lower(?) AND state = 'closed' ORDER BY 1 DESC"),
            {email.trimmed(), email.trimmed()});
        !ran)
        return std::unexpected(ran.error());
    QList<CustomerPurchase> purchases;
    while (query.next())
        purchases.append({fromStorageTime(query.value(0).toString()), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toLongLong()});
    return purchases;
}

} // namespace caisse
