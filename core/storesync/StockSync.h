#pragma once

#include "base/Clock.h"
#include "bigcommerce/StoreClient.h"
#include "storage/Settings.h"
#include "storesync/StoreTracking.h"
#include "storesync/SyncOutbox.h"

#include <QObject>
#include <QTimer>

namespace caisse {

class Database;

/**
 * Sends the register's stock changes to the online store as relative adjustments, each exactly once.
 *
 * Relative, so that several registers and the online shop never overwrite each other's counts. Exactly once, although
 * the store's API has no idempotency key and applies adjustments asynchronously, thanks to a ledger item: each register
 * owns one hidden product on the store (SKU "CAISSE-SYNC-<register>") whose stock counts the batches of this register
 * the store applied. Every batch carries, in the same request, +1 on it; the emulator applies a request whole or not at
 * all, as the API's 422 answers (one refused item refuses the request) suggest — an assumption the real store's
 * documentation does not state outright. A batch whose answer never came is settled after a delay long enough for
 * the store's asynchronous processing, by reading the ledger: one more than the batches known applied means it was
 * applied; equal means it was not, and its changes go into the next batch. Nothing else is sent before, so a change is
 * never applied twice and never lost, whenever the register is killed or the connection drops.
 */
class StockSync : public QObject
{
    Q_OBJECT

public:
    StockSync(Database& database, const Clock& clock, const QString& registerId, StoreClient& client,
              QObject* parent = nullptr);

    void setSettleDelayMs(int delay) { m_settleDelayMs = delay; }
    void setMaxItemsPerBatch(int items) { m_maxItems = items; }

    /** Sends what waits, settling first what an earlier run left unsettled; ends in finished. */
    void run();

    /** The SKUs of deltas the store's refusal names, by any of the identifiers it may use. */
    static QStringList refusedSkus(const QList<StockDelta>& deltas, const QString& answer);

signals:
    void finished(bool ok, const QString& message);

private:
    void ensureLedger();
    void initialiseLedger(qint64 applied);
    void settle();
    void sendNext();
    void send(const StockBatch& batch);
    void sendItems(const StockBatch& batch);

    void readLedger(std::function<void(std::optional<qint64>)> done);
    /** The adjustment item naming delta's store item as its tracking asks; nothing for an untracked product. */
    std::optional<QJsonObject> itemFor(const StockDelta& delta) const;
    void stop(bool ok, QString message);

    Database& m_database;
    Settings m_settings;
    SyncOutbox m_outbox;
    StoreClient& m_client;
    const Clock& m_clock;
    QString m_ledgerSku;
    /** The ledger is a product tracked by product: adjusted by its product id, learnt from the store. */
    qint64 m_ledgerProductId = 0;
    int m_locationId = 1;
    StoreTracking m_tracking;
    /** What the store refused during this run, said at its end. */
    QString m_held;
    int m_settleDelayMs = 60'000;
    int m_maxItems = SyncOutbox::maxItemsPerRequest - 1;
    QTimer m_settleTimer;
};

} // namespace caisse
