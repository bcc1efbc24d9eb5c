#include "storesync/Reconciliation.h"

#include "base/Clock.h"
#include "bigcommerce/InventoryLevels.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storesync/SyncConventions.h"
#include "storesync/SyncOutbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace caisse {

namespace {

// SKUs per inventory read: short enough for any URL, and a handful of requests for a shop's catalog.
constexpr int kSkusPerRequest = 50;

} // namespace

Reconciliation::Reconciliation(Database& database, const Clock& clock, QString registerId, StoreClient& client,
                               QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_registerId(std::move(registerId))
    , m_client(client)
    , m_locationId(Settings(database).storeLocationId())
{
    qRegisterMetaType<ReconciliationReport>();
}

void Reconciliation::run()
{
    m_report = {};
    m_registerStock.clear();
    SyncOutbox outbox(m_database, m_clock, m_registerId);
    const auto waiting = outbox.waiting();
    const auto applied = outbox.appliedBatches();
    QSqlQuery query(m_database.connection());
    auto ran = Database::run(
        query,
        // Only what syncs: split stock, unselected products and opening levels not yet set differ by design.
        QStringLiteral("SELECT v.sku, COALESCE(SUM(m.quantity_milli), 0) FROM store_synced_variants s "
                       "JOIN variants v ON v.id = s.variant_id JOIN products p ON p.id = v.product_id "
                       "LEFT JOIN stock_movements m ON m.variant_id = v.id "
                       "WHERE p.tracks_stock = 1 AND p.sold_by_weight = 0 GROUP BY v.id ORDER BY v.sku"),
        {});
    if (!waiting || !applied || !ran) {
        emit finished(m_report,
                      !waiting       ? waiting.error().message
                          : !applied ? applied.error().message
                                     : ran.error().message);
        return;
    }
    m_report.changesWaiting = *waiting;
    m_report.batchesApplied = *applied;
    while (query.next())
        m_registerStock.insert(query.value(0).toString(), query.value(1).toLongLong() / 1000);
    m_report.ordersTaken
        = m_database.integer(QStringLiteral("SELECT COUNT(*) FROM store_orders WHERE state = 'closed'")).value_or(0);
    m_pendingSkus = m_registerStock.keys();
    m_pendingSkus.sort();
    m_pendingSkus.prepend(SyncConventions::ledgerSku(m_registerId));
    readNext();
}

void Reconciliation::readNext()
{
    if (m_pendingSkus.isEmpty()) {
        emit finished(m_report, {});
        return;
    }
    const QStringList skus = m_pendingSkus.mid(0, kSkusPerRequest);
    m_pendingSkus.remove(0, skus.size());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sku:in"), skus.join(u','));
    query.addQueryItem(QStringLiteral("limit"), QString::number(kSkusPerRequest));
    m_client.call(StoreClient::Kind::Read, "GET", QStringLiteral("v3/inventory/items"), query, {},
                  [this, skus](const ApiReply& reply) {
                      if (!reply.ok()) {
                          emit finished(m_report, reply.error);
                          return;
                      }
                      const QHash<QString, qint64> onStore = onHandAt(reply.body, m_locationId);
                      for (const QString& sku : skus) {
                          if (sku == SyncConventions::ledgerSku(m_registerId)) {
                              m_report.ledgerOnStore = onStore.value(sku, -1);
                              continue;
                          }
                          ++m_report.articlesCompared;
                          const qint64 here = m_registerStock.value(sku);
                          const qint64 there = onStore.value(sku, 0);
                          if (here != there)
                              m_report.differences.append({sku, here, there});
                      }
                      readNext();
                  });
}

} // namespace caisse
