#include "sale/PrintQueue.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace caisse {

PrintQueue::PrintQueue(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{ }

Result<qint64> PrintQueue::enqueue(const QByteArray& bytes, const QString& ticketUuid, int copy)
{
    QSqlQuery query(m_database.connection());
    if (auto ran
        = Database::run(query,
                        QStringLiteral("INSERT INTO print_jobs(created_at, ticket_uuid, copy, bytes, state) "
                                       "VALUES(?, ?, ?, ?, 'queued')"),
                        {toStorageTime(m_clock.nowUtc()), ticketUuid.isEmpty() ? QVariant() : ticketUuid, copy, bytes});
        !ran)
        return std::unexpected(ran.error());
    return query.lastInsertId().toLongLong();
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

Result<void> PrintQueue::markPrinted(qint64 id)
{
    QSqlQuery query(m_database.connection());
    return Database::run(query,
                         QStringLiteral("UPDATE print_jobs SET state = 'printed', attempts = attempts + 1, "
                                        "printed_at = ? WHERE id = ?"),
                         {toStorageTime(m_clock.nowUtc()), id});
}

Result<void> PrintQueue::markFailed(qint64 id, const QString& reason)
{
    QSqlQuery query(m_database.connection());
    return Database::run(query,
                         QStringLiteral("UPDATE print_jobs SET attempts = attempts + 1, last_error = ? WHERE id = ?"),
                         {reason, id});
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
