#pragma once

#include "base/Result.h"
#include "storage/Database.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>

namespace caisse {

/**
 * Where durable writes run away from the screen: a thread of its own with its own connection to the register's
 * database, so that a commit (an fsync, a day's closure, a signature, a wait for another connection's write lock) never
 * freezes the window that asked for it. Jobs run one at a time, in the order they were given. A job runs to its end
 * even when no one waits for its answer any more: what was asked to be written is written.
 */
class DatabaseWriter
{
public:
    /** Opens the writer's connection to the database at path, on its thread; fails as Database::open does. */
    static Result<std::unique_ptr<DatabaseWriter>> open(const QString& path);
    /** Runs the jobs already given, then closes the connection and stops the thread. */
    ~DatabaseWriter();

    DatabaseWriter(const DatabaseWriter&) = delete;
    DatabaseWriter& operator=(const DatabaseWriter&) = delete;

    /**
     * done with future's answer on context's thread; dropped if context is gone by then (the answer travels to a
     * watcher that context owns: Qt 6.4's QFuture::then(context) asserts context is alive instead).
     */
    template <typename T> static void whenDone(QFuture<T> future, QObject* context, std::function<void(const T&)> done)
    {
        auto* watcher = new QFutureWatcher<T>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, done = std::move(done)] {
            done(watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(std::move(future));
    }

    /** Runs job; its answer is the future's (result() waits for it). */
    template <typename T> QFuture<T> run(std::function<T(Database&)> job)
    {
        auto promise = std::make_shared<QPromise<T>>();
        promise->start();
        QFuture<T> future = promise->future();
        post([promise, job = std::move(job)](Database& database) {
            promise->addResult(job(database));
            promise->finish();
        });
        return future;
    }

private:
    DatabaseWriter() = default;
    void post(std::function<void(Database&)> job);

    QThread m_thread;
    /** Lives on m_thread: the jobs are its queued calls. */
    QObject* m_worker = nullptr;
    /** Opened and closed on m_thread: a Qt SQL connection belongs to the thread that opened it. */
    std::unique_ptr<Database> m_database;
};

} // namespace caisse
