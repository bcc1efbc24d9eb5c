#include "mail/MailQueue.h"

#include "base/Clock.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace caisse {

MailQueue::MailQueue(Database& database)
    : m_database(database)
{ }

Result<QString> MailQueue::checkAddress(const QString& address)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s<>,;]+@[^@\\s<>,;]+\\.[^@\\s<>,;]+$"));
    const QString trimmed = address.trimmed();
    if (!shape.match(trimmed).hasMatch())
        return failure(Error::Code::InvalidInput, tr("%1 is not an e-mail address.").arg(trimmed));
    return trimmed;
}

Result<qint64> MailQueue::queue(const QString& ticketUuid, const QString& recipient, const QString& subject,
                                const QString& body, const QDateTime& at)
{
    const auto address = checkAddress(recipient);
    if (!address)
        return std::unexpected(address.error());
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query,
            QStringLiteral("INSERT INTO mail_outbox(ticket_uuid, recipient, subject, body, "
                           "queued_at) VALUES(?, ?, ?, ?, ?)"),
            {ticketUuid.isEmpty() ? QVariant() : QVariant(ticketUuid), *address, subject, body, toStorageTime(at)});
        !ran)
        return std::unexpected(ran.error());
    return query.lastInsertId().toLongLong();
}

Result<QList<QueuedMail>> MailQueue::waiting(int limit)
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("SELECT id, recipient, subject, body, attempts FROM mail_outbox WHERE "
                                                "sent_at IS NULL ORDER BY id LIMIT ?"),
                                 {limit});
        !ran)
        return std::unexpected(ran.error());
    QList<QueuedMail> mails;
    while (query.next())
        mails.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toInt()});
    return mails;
}

Result<void> MailQueue::markSent(qint64 id, const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    return Database::run(query,
                         QStringLiteral("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1, last_error = '' "
                                        "WHERE id = ?"),
                         {toStorageTime(at), id});
}

Result<void> MailQueue::markFailed(qint64 id, const QString& error)
{
    QSqlQuery query(m_database.connection());
    return Database::run(query,
                         QStringLiteral("UPDATE mail_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?"),
                         {error, id});
}

} // namespace caisse
