#include "storesync/SyncOutbox.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace caisse {

SyncOutbox::SyncOutbox(Database& database, const Clock& clock, QString registerId)
    : m_database(database)
    , m_clock(clock)
    , m_registerId(std::move(registerId))
{ }

Result<qint64> SyncOutbox::waiting() const
{
    // Changes of articles the store does not sync (not linked, not selected) wait for nobody: they are not counted.
    // An article created online whose opening stock is not set there yet waits too.
    return m_database.integer(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM sync_outbox o LEFT JOIN sync_batches b ON b.id = o.batch_id "
                       "WHERE (b.state IS NULL AND (SELECT variant_id FROM stock_movements WHERE id = "
                       "o.stock_movement_id) IN (SELECT variant_id FROM store_synced_variants)) "
                       "OR b.state NOT IN ('applied')) "
                       "+ (SELECT COUNT(*) FROM store_links WHERE opening_stock IS NOT NULL)"));
}

Result<QList<StockDelta>> SyncOutbox::deltasOf(qint64 batchId) const
{
    // Stock movements are in thousandths; only whole-unit goods reach the outbox (migration 0008).
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("SELECT v.sku, SUM(m.quantity_milli) / 1000, l.store_product_id, "
                                                "l.store_variant_id FROM sync_outbox o "
                                                "JOIN stock_movements m ON m.id = o.stock_movement_id "
                                                "JOIN variants v ON v.id = m.variant_id "
                                                "JOIN store_links l ON l.variant_id = v.id WHERE o.batch_id = ? "
                                                "GROUP BY v.sku HAVING SUM(m.quantity_milli) <> 0 ORDER BY v.sku"),
                                 {batchId});
        !ran)
        return std::unexpected(ran.error());
    QList<StockDelta> deltas;
    while (query.next())
        deltas.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                       query.value(3).toLongLong()});
    return deltas;
}

Result<std::optional<StockBatch>> SyncOutbox::prepareStockBatch(int maxItems)
{
    auto unsettled = unsettledBatches();
    if (!unsettled)
        return std::unexpected(unsettled.error());
    if (!unsettled->isEmpty())
        return std::nullopt;
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto prepared = newBatch();
    if (!prepared)
        return std::unexpected(prepared.error());
    const qint64 batchId = *prepared;
    QSqlQuery query(m_database.connection());
    // The oldest SKUs first, maxItems of them, each with all its waiting changes; only those the store syncs.
    if (auto ran = Database::run(
            query,
            QStringLiteral(
                "UPDATE sync_outbox SET batch_id = ? WHERE batch_id IS NULL AND stock_movement_id IN ("
                "SELECT m.id FROM stock_movements m WHERE m.variant_id IN ("
                "SELECT m2.variant_id FROM sync_outbox o2 JOIN stock_movements m2 ON m2.id = o2.stock_movement_id "
                "WHERE o2.batch_id IS NULL AND m2.variant_id IN (SELECT variant_id FROM store_synced_variants) "
                "GROUP BY m2.variant_id ORDER BY MIN(o2.id) LIMIT ?))"),
            {batchId, maxItems});
        !ran)
        return std::unexpected(ran.error());
    if (query.numRowsAffected() == 0)
        return std::nullopt; // the transaction rolls back: no empty batch
    auto deltas = deltasOf(batchId);
    if (!deltas)
        return std::unexpected(deltas.error());
    if (auto marker = Database::run(query, QStringLiteral("SELECT marker FROM sync_batches WHERE id = ?"), {batchId});
        !marker)
        return std::unexpected(marker.error());
    query.next();
    const QString marker = query.value(0).toString();
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return StockBatch {batchId, marker, *deltas, m_clock.nowUtc()};
}

Result<QList<StockBatch>> SyncOutbox::unsettledBatches() const
{
    QSqlQuery query(m_database.connection());
    if (auto ran
        = Database::run(query,
                        QStringLiteral("SELECT id, marker, COALESCE(answered_at, prepared_at) FROM sync_batches "
                                       "WHERE state IN ('prepared', 'unknown') ORDER BY id"),
                        {});
        !ran)
        return std::unexpected(ran.error());
    QList<StockBatch> batches;
    while (query.next())
        batches.append(
            {query.value(0).toLongLong(), query.value(1).toString(), {}, fromStorageTime(query.value(2).toString())});
    for (StockBatch& batch : batches) {
        auto deltas = deltasOf(batch.id);
        if (!deltas)
            return std::unexpected(deltas.error());
        batch.deltas = *deltas;
    }
    return batches;
}

Result<void> SyncOutbox::setState(qint64 batchId, const QString& state, const QString& transactionId,
                                  const QString& error)
{
    QSqlQuery query(m_database.connection());
    return Database::run(query,
                         QStringLiteral("UPDATE sync_batches SET state = ?, answered_at = ?, transaction_id = ?, "
                                        "error = ? WHERE id = ?"),
                         {state, toStorageTime(m_clock.nowUtc()), transactionId.isEmpty() ? QVariant() : transactionId,
                          error.isEmpty() ? QVariant() : error, batchId});
}

Result<void> SyncOutbox::markApplied(qint64 batchId, const QString& transactionId)
{
    return setState(batchId, QStringLiteral("applied"), transactionId, {});
}

Result<void> SyncOutbox::markUnknown(qint64 batchId, const QString& reason)
{
    return setState(batchId, QStringLiteral("unknown"), {}, reason);
}

Result<void> SyncOutbox::release(qint64 batchId, const QString& reason)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto state = setState(batchId, QStringLiteral("released"), {}, reason); !state)
        return state;
    QSqlQuery query(m_database.connection());
    if (auto ran
        = Database::run(query, QStringLiteral("UPDATE sync_outbox SET batch_id = NULL WHERE batch_id = ?"), {batchId});
        !ran)
        return ran;
    return transaction->commit();
}

Result<void> SyncOutbox::reject(qint64 batchId, const QString& reason)
{
    return setState(batchId, QStringLiteral("rejected"), {}, reason);
}

Result<qint64> SyncOutbox::newBatch()
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query,
            QStringLiteral(
                "INSERT INTO sync_batches(kind, marker, state, prepared_at) "
                "SELECT 'stock_delta', ? || '-' || (COALESCE(MAX(id), 0) + 1), 'prepared', ? FROM sync_batches"),
            {QStringLiteral("caisse-%1").arg(m_registerId), toStorageTime(m_clock.nowUtc())});
        !ran)
        return std::unexpected(ran.error());
    return query.lastInsertId().toLongLong();
}

Result<void> SyncOutbox::rejectItems(qint64 batchId, const QStringList& skus, const QString& reason)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto held = newBatch();
    if (!held)
        return std::unexpected(held.error());
    QVariantList values {*held, batchId};
    for (const QString& sku : skus)
        values.append(sku);
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("UPDATE sync_outbox SET batch_id = ? WHERE batch_id = ? AND "
                                                "stock_movement_id IN (SELECT m.id FROM stock_movements m JOIN "
                                                "variants v ON v.id = m.variant_id WHERE v.sku IN (%1))")
                                     .arg(Database::placeholders(skus.size())),
                                 values);
        !ran)
        return ran;
    if (auto state = setState(*held, QStringLiteral("rejected"), {}, reason); !state)
        return state;
    if (auto state = setState(batchId, QStringLiteral("released"), {}, reason); !state)
        return state;
    if (auto ran
        = Database::run(query, QStringLiteral("UPDATE sync_outbox SET batch_id = NULL WHERE batch_id = ?"), {batchId});
        !ran)
        return ran;
    return transaction->commit();
}

Result<qint64> SyncOutbox::appliedBatches() const
{
    return m_database.integer(
        QStringLiteral("SELECT COUNT(*) FROM sync_batches WHERE kind = 'stock_delta' AND state = 'applied'"));
}

} // namespace caisse
