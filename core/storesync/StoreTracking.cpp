#include "storesync/StoreTracking.h"

#include "storage/Database.h"
#include "storesync/SyncLog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUrlQuery>

namespace caisse {

StoreTracking::StoreTracking(Database& database, const Clock& clock, StoreClient& client)
    : m_database(database)
    , m_clock(clock)
    , m_client(client)
{ }

void StoreTracking::lookUp(const QList<qint64>& storeProductIds, std::function<void(const Result<void>&)> done)
{
    QVariantList unknown;
    for (const qint64 id : storeProductIds) {
        if (!m_known.contains(id) && !unknown.contains(id))
            unknown.append(id);
    }
    if (!unknown.isEmpty()) {
        QSqlQuery query(m_database.connection());
        if (auto ran = Database::run(query,
                                     QStringLiteral("SELECT store_product_id, tracking FROM store_tracking WHERE "
                                                    "store_product_id IN (%1)")
                                         .arg(Database::placeholders(unknown.size())),
                                     unknown);
            !ran) {
            done(ran);
            return;
        }
        while (query.next()) {
            m_known.insert(query.value(0).toLongLong(), query.value(1).toString());
            unknown.removeAll(query.value(0));
        }
    }
    if (unknown.isEmpty()) {
        done({});
        return;
    }
    // The catalog's own filter and field list (products_catalog.v3.yml: id:in, include_fields), 250 to a page.
    constexpr qsizetype kPerRequest = 250;
    const QVariantList asked = unknown.mid(0, kPerRequest);
    QStringList ids;
    for (const QVariant& id : asked)
        ids.append(id.toString());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id:in"), ids.join(u','));
    query.addQueryItem(QStringLiteral("include_fields"), QStringLiteral("inventory_tracking"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(kPerRequest));
    m_client.call(
        StoreClient::Kind::Read, "GET", QStringLiteral("v3/catalog/products"), query, {},
        [this, storeProductIds, asked, done](const ApiReply& reply) {
            if (!reply.ok()) {
                done(failure(Error::Code::Storage, reply.error));
                return;
            }
            QHash<qint64, QString> read;
            for (const QJsonValue& value : reply.body.object().value(QStringLiteral("data")).toArray()) {
                const QJsonObject product = value.toObject();
                const QString tracking = product.value(QStringLiteral("inventory_tracking")).toString();
                if (tracking == u"product" || tracking == u"variant" || tracking == u"none")
                    read.insert(product.value(QStringLiteral("id")).toInteger(), tracking);
            }
            for (const QVariant& id : asked) {
                // A product gone from the store takes no stock: it is not sent, and the log says so.
                if (!read.contains(id.toLongLong()))
                    qCWarning(lcStoreSync)
                        << "product" << id.toLongLong() << "is not on the store: its stock is not sent";
                if (auto kept = remember(id.toLongLong(), read.value(id.toLongLong(), QStringLiteral("none"))); !kept) {
                    done(kept);
                    return;
                }
            }
            lookUp(storeProductIds, done);
        });
}

Result<void> StoreTracking::remember(qint64 storeProductId, const QString& tracking)
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query,
            QStringLiteral(
                "INSERT OR REPLACE INTO store_tracking(store_product_id, tracking, read_at) VALUES(?, ?, ?)"),
            {storeProductId, tracking, toStorageTime(m_clock.nowUtc())});
        !ran)
        return ran;
    m_known.insert(storeProductId, tracking);
    return {};
}

void StoreTracking::forget(const QList<qint64>& storeProductIds)
{
    QVariantList ids;
    for (const qint64 id : storeProductIds) {
        m_known.remove(id);
        ids.append(id);
    }
    if (ids.isEmpty())
        return;
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("DELETE FROM store_tracking WHERE store_product_id IN (%1)")
                                     .arg(Database::placeholders(ids.size())),
                                 ids);
        !ran)
        qCWarning(lcStoreSync) << "cannot forget the store's tracking:" << ran.error().message;
}

} // namespace caisse
