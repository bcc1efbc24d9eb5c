#include "sale/PrintQueue.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace caisse {

PrintQueue::PrintQueue(Database& database, DatabaseWriter& writer, const Clock& clock)
    : m_database(database)
    , m_writer(writer)
    , m_clock(clock)
{ }

void PrintQueue::enqueue(const QByteArray& bytes, const QString& ticketUuid, int copy, QObject* context,
                         std::function<void(const Result<qint64>&)> done)
{
    DatabaseWriter::whenDone(
        m_writer.run<Result<qint64>>([bytes, ticketUuid, copy,
                                      now = toStorageTime(m_clock.nowUtc())](Database& database) -> Result<qint64> {
            QSqlQuery query(database.connection());
            if (auto ran = Database::run(query,
                                         QStringLiteral("INSERT INTO print_jobs(created_at, ticket_uuid, copy, bytes, "
                                                        "state) VALUES(?, ?, ?, ?, 'queued')"),
                                         {now, ticketUuid.isEmpty() ? QVariant() : ticketUuid, copy, bytes});
                !ran)
                return std::unexpected(ran.error());
            return query.lastInsertId().toLongLong();
        }),
        context, std::move(done));
}

Result<std::optional<PrintJob>> PrintQueue::next()
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::exec(query,
                                  QStringLiteral("SELECT id, bytes, COALESCE(ticket_uuid, ''), copy, attempts FROM "
                                                 "print_jobs WHERE state = 'queued' ORDER BY id LIMIT 1"));
        !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return std::optional<PrintJob>();
    return PrintJob {query.value(0).toLongLong(), query.value(1).toByteArray(), query.value(2).toString(),
                     query.value(3).toInt(), query.value(4).toInt()};
}

void PrintQueue::markPrinted(qint64 id, QObject* context, std::function<void(const Result<void>&)> done)
{
    DatabaseWriter::whenDone(
        m_writer.run<Result<void>>([id, now = toStorageTime(m_clock.nowUtc())](Database& database) {
            QSqlQuery query(database.connection());
            return Database::run(query,
                                 QStringLiteral("UPDATE print_jobs SET state = 'printed', attempts = attempts + 1, "
                                                "printed_at = ? WHERE id = ?"),
                                 {now, id});
        }),
        context, std::move(done));
}

void PrintQueue::markFailed(qint64 id, const QString& reason, QObject* context,
                            std::function<void(const Result<void>&)> done)
{
    DatabaseWriter::whenDone(m_writer.run<Result<void>>([id, reason](Database& database) {
        QSqlQuery query(database.connection());
        return Database::run(
            query, QStringLiteral("UPDATE print_jobs SET attempts = attempts + 1, last_error = ? WHERE id = ?"),
            {reason, id});
    }),
                             context, std::move(done));
}

Result<qint64> PrintQueue::waiting()
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::exec(query, QStringLiteral("SELECT COUNT(*) FROM print_jobs WHERE state = 'queued'"));
        !ran)
        return std::unexpected(ran.error());
    query.next();
    return query.value(0).toLongLong();
}

} // namespace caisse
