#pragma once

#include "base/Clock.h"
#include "base/SystemClock.h"
#include "bigcommerce/StoreClient.h"
#include "storesync/SyncStatus.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <memory>

namespace caisse {

class Database;
class StockSync;
class SystemClock;

/**
 * The store sync, on a thread of its own with its own connection to the register's database, so that the counter
 * never waits on the network: a run at start, then one every interval (polling: a shop's network has no public
 * address for webhooks). Sales keep going to disk while it runs; their changes go in the next run.
 */
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(QString databasePath, const Clock& clock, StoreConnection connection, QString registerId,
               int intervalMs);
    ~SyncWorker() override;

    /** Starts the thread and the first run. */
    void start();
    /** Runs now rather than at the next poll (after a sale), unless a run is under way. */
    void kick();

signals:
    void statusChanged(const caisse::SyncStatus& status);

private:
    class Runner;

    QThread m_thread;
    Runner* m_runner;
};

} // namespace caisse

Q_DECLARE_METATYPE(caisse::SyncStatus)
