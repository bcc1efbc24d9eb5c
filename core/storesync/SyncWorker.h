#pragma once

#include "base/Clock.h"
#include "bigcommerce/StoreClient.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <memory>

namespace caisse {

class Database;
class StockSync;
class SystemClock;

/** What the sale screen shows of the store sync. */
struct SyncStatus
{
    /** Changes not yet on the online store. */
    qint64 waiting = 0;
    /** The end of the last run that sent everything; invalid before the first. */
    QDateTime lastSuccess;
    /** The last run's problem in words; empty when it went well. */
    QString problem;
};

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
