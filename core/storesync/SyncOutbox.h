#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "storesync/StockBatch.h"
#include "storesync/StockDelta.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace caisse {

class Database;

/**
 * What the register still has to tell the online store. Rows come in by trigger, in the transaction of the change
 * that made them (migration 0008), so a sale and its stock change are on disk together or not at all.
 *
 * Sending follows one rule, because the store's API has no idempotency key and applies adjustments asynchronously: a
 * batch is written with its rows before its request leaves, and a batch whose answer never came (timeout, killed
 * register) is "unknown" — nothing more is sent until it has been checked on the store by its marker, then marked
 * applied or released. A batch is never simply resent, so no change can be applied twice.
 */
class SyncOutbox
{
public:
    /** Items per inventory adjustment request: the API's limit (../shared/reference/bigcommerce/NOTES.md). */
    static constexpr int maxItemsPerRequest = 2000;

    SyncOutbox(Database& database, const Clock& clock, QString registerId);

    /** Changes not yet applied on the store: what the sale screen shows as waiting. */
    Result<qint64> waiting() const;
    /**
     * Puts the waiting stock changes, summed per SKU (at most maxItems SKUs), into a new batch. Nothing when none wait,
     * or while a batch is prepared or unknown: its fate must be settled first.
     */
    Result<std::optional<StockBatch>> prepareStockBatch(int maxItems = maxItemsPerRequest);
    /** Batches whose request may have left without an answer on record: to check on the store before going on. */
    Result<QList<StockBatch>> unsettledBatches() const;
    Result<void> markApplied(qint64 batchId, const QString& transactionId);
    /** The request got no answer: the batch may or may not have been applied. */
    Result<void> markUnknown(qint64 batchId, const QString& reason);
    /** A check showed it was never applied, or a manager retries a rejected one: its changes wait again. */
    Result<void> release(qint64 batchId, const QString& reason);
    /** The store refused it: its changes stay with it, shown in the sync log, until a manager retries it. */
    Result<void> reject(qint64 batchId, const QString& reason);
    /**
     * The store refused the batch for some of its items: their changes are held in a rejected batch of their own
     * (shown in the sync log with the store's words until a manager retries it), the others wait again.
     */
    Result<void> rejectItems(qint64 batchId, const QStringList& skus, const QString& reason);
    /** Stock batches the store applied: what this register's ledger item on the store counts. */
    Result<qint64> appliedBatches() const;

private:
    /** A new prepared batch with the next marker, in the caller's transaction. */
    Result<qint64> newBatch();
    Result<void> setState(qint64 batchId, const QString& state, const QString& transactionId, const QString& error);
    Result<QList<StockDelta>> deltasOf(qint64 batchId) const;

    Database& m_database;
    const Clock& m_clock;
    QString m_registerId;
};

} // namespace caisse
