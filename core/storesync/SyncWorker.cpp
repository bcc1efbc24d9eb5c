#include "storesync/SyncWorker.h"

#include "base/Clock.h"
#include "storage/Database.h"
#include "storesync/CatalogSync.h"
#include "storesync/CustomerLink.h"
#include "storesync/OrderSync.h"
#include "storesync/SalePush.h"
#include "storesync/StockSync.h"
#include "storesync/SyncOutbox.h"

#include <QTimer>

namespace caisse {

/** Everything that touches the network or the database for the sync; created and used on the worker thread only. */
class SyncWorker::Runner final : public QObject
{
    Q_OBJECT

public:
    Runner(QString databasePath, const Clock& clock, StoreConnection connection, QString registerId, int intervalMs)
        : m_databasePath(std::move(databasePath))
        , m_clock(clock)
        , m_connection(std::move(connection))
        , m_registerId(std::move(registerId))
        , m_intervalMs(intervalMs)
    { }

    void begin()
    {
        auto database = Database::open(m_databasePath);
        if (!database) {
            emit statusChanged({0, {}, database.error().message});
            return;
        }
        m_database = std::move(*database);
        m_client = std::make_unique<StoreClient>(m_connection);
        m_catalog = std::make_unique<CatalogSync>(*m_database, m_clock, *m_client);
        m_sync = std::make_unique<StockSync>(*m_database, m_clock, m_registerId, *m_client);
        m_salePush = std::make_unique<SalePush>(*m_database, m_clock, m_registerId, *m_client);
        m_orders = std::make_unique<OrderSync>(*m_database, m_clock, *m_client);
        m_customers = std::make_unique<CustomerLink>(*m_database, m_clock, *m_client);
        // Products first (a product created online gets its stock set before any change of it leaves), then the
        // register's stock changes, then the store's orders: one run, one status. A step that fails does not keep the
        // next ones from running: each settles on its own. Counter sales pushed as orders (an option) go before the
        // orders are read, so that the order sync knows their channel.
        connect(m_catalog.get(), &CatalogSync::finished, this, [this](bool ok, const QString& message) {
            m_runOk = ok;
            m_status.problem = message;
            m_sync->run();
        });
        connect(m_sync.get(), &StockSync::finished, this, [this](bool ok, const QString& message) {
            note(ok, message);
            m_salePush->run();
        });
        connect(m_salePush.get(), &SalePush::finished, this, [this](bool ok, const QString& message) {
            note(ok, message);
            m_orders->run();
        });
        connect(m_orders.get(), &OrderSync::finished, this, [this](bool ordersOk, const QString& message) {
            note(ordersOk, message);
            m_customers->run();
        });
        // Customers created at the counter, offline too, are linked last: nothing else waits on them.
        connect(m_customers.get(), &CustomerLink::finished, this, [this](bool customersOk, const QString& message) {
            note(customersOk, message);
            const bool ok = m_runOk;
            if (ok)
                m_status.lastSuccess = m_clock.nowUtc();
            m_running = false;
            report();
            // A sale recorded during the run may have missed it: go again at once rather than at the next poll.
            m_next->start(std::exchange(m_again, false) && ok ? 0 : m_intervalMs);
        });
        m_next = new QTimer(this);
        m_next->setSingleShot(true);
        connect(m_next, &QTimer::timeout, this, &Runner::runOnce);
        runOnce();
    }

    /** A sale was recorded: its change goes at once if the store is reachable, not at the next poll. */
    void kick()
    {
        if (m_sync && !m_running)
            m_next->start(0);
        else
            m_again = true;
    }

signals:
    void statusChanged(const caisse::SyncStatus& status);

private:
    void runOnce()
    {
        m_running = true;
        report();
        m_catalog->run();
    }

    void note(bool ok, const QString& message)
    {
        m_runOk = m_runOk && ok;
        if (!message.isEmpty())
            m_status.problem = m_status.problem.isEmpty() ? message : m_status.problem + u' ' + message;
    }

    void report()
    {
        m_status.waiting = SyncOutbox(*m_database, m_clock, m_registerId).waiting().value_or(m_status.waiting);
        emit statusChanged(m_status);
    }

    QString m_databasePath;
    /** Read from this thread too: a Clock has no state of its own to share. */
    const Clock& m_clock;
    StoreConnection m_connection;
    QString m_registerId;
    int m_intervalMs;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<StoreClient> m_client;
    std::unique_ptr<CatalogSync> m_catalog;
    std::unique_ptr<StockSync> m_sync;
    std::unique_ptr<SalePush> m_salePush;
    std::unique_ptr<OrderSync> m_orders;
    std::unique_ptr<CustomerLink> m_customers;
    bool m_runOk = false;
    QTimer* m_next = nullptr;
    SyncStatus m_status;
    bool m_running = false;
    bool m_again = false;
};

SyncWorker::SyncWorker(QString databasePath, const Clock& clock, StoreConnection connection, QString registerId,
                       int intervalMs)
    : m_runner(new Runner(std::move(databasePath), clock, std::move(connection), std::move(registerId), intervalMs))
{
    qRegisterMetaType<SyncStatus>();
    m_thread.setObjectName(QStringLiteral("store-sync"));
    m_runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(m_runner, &Runner::statusChanged, this, &SyncWorker::statusChanged);
}

SyncWorker::~SyncWorker()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncWorker::kick()
{
    QMetaObject::invokeMethod(m_runner, &Runner::kick, Qt::QueuedConnection);
}

void SyncWorker::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_runner, &Runner::begin, Qt::QueuedConnection);
}

} // namespace caisse

#include "SyncWorker.moc"
