#include "storesync/SyncLog.h"

#include "base/Clock.h"
#include "storage/Database.h"

#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcStoreSync, "caisse.sync")

namespace caisse {

SyncLog::SyncLog(Database& database)
    : m_database(database)
{ }

Result<QList<SyncLogEntry>> SyncLog::entries(int limit) const
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query,
            QStringLiteral(
                "SELECT * FROM ("
                "SELECT COALESCE(b.answered_at, b.prepared_at) AS at, 'stock', b.marker, b.state, "
                "COALESCE(b.error, ''), b.id, (SELECT COUNT(*) FROM sync_outbox o WHERE o.batch_id = b.id) "
                "FROM sync_batches b "
                "UNION ALL SELECT imported_at, 'order', store_order_id, CASE WHEN state = 'closed' AND "
                "stock_taken THEN 'taken' WHEN state = 'closed' THEN 'waiting' WHEN stock_taken THEN "
                "'kept' ELSE 'voided' END, '', 0, 0 FROM store_orders "
                "UNION ALL SELECT l.linked_at, 'opening', v.sku, 'refused', l.opening_refused, l.variant_id, "
                "1 FROM store_links l JOIN variants v ON v.id = l.variant_id WHERE l.opening_refused IS NOT "
                "NULL) ORDER BY at DESC LIMIT ?"),
            {limit});
        !ran)
        return std::unexpected(ran.error());
    QList<SyncLogEntry> entries;
    while (query.next()) {
        SyncLogEntry entry {fromStorageTime(query.value(0).toString()),
                            query.value(1).toString(),
                            query.value(2).toString(),
                            {},
                            query.value(4).toString(),
                            0};
        const QString state = query.value(3).toString();
        const int changes = query.value(6).toInt();
        if (entry.kind == u"order") {
            entry.outcome = state == u"taken" ? tr("Online order taken into the stock")
                : state == u"waiting" ? tr("Online order recorded: the store takes its stock once it is shipped")
                : state == u"kept"    ? tr("Online order cancelled: the store does not put its stock back")
                                      : tr("Online order voided: its stock is back");
        } else if (entry.kind == u"opening") {
            entry.outcome = tr("Opening stock refused by the online store: held until sent again");
            entry.retryableOpeningVariantId = query.value(5).toLongLong();
        } else if (state == u"applied") {
            entry.outcome = tr("%n stock change(s) sent and applied", nullptr, changes);
        } else if (state == u"rejected") {
            entry.outcome = tr("%n stock change(s) refused by the online store", nullptr, changes);
            entry.retryableBatchId = query.value(5).toLongLong();
        } else if (state == u"released") {
            entry.outcome = tr("Not applied by the online store: sent again with the next changes");
        } else {
            entry.outcome = tr("Sent, no answer yet: checked on the online store before anything else is sent");
        }
        entries.append(entry);
    }
    return entries;
}

Result<QStringList> SyncLog::unknownOrderLines() const
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("SELECT store_order_id, sku, name, quantity FROM "
                                                "store_order_unknown_lines ORDER BY store_order_id"),
                                 {});
        !ran)
        return std::unexpected(ran.error());
    QStringList lines;
    while (query.next())
        lines << tr("Order %1: %2 × %3 (%4) was not sold at the register: created in the category “Online store”. "
                    "Check its VAT rate.")
                     .arg(query.value(0).toString(), query.value(3).toString(), query.value(2).toString(),
                          query.value(1).toString());
    return lines;
}

} // namespace caisse
