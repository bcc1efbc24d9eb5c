#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace caisse {

class Database;

/** An e-mail waiting in the outbox. */
struct QueuedMail
{
    qint64 id = 0;
    QString recipient;
    QString subject;
    QString body;
    int attempts = 0;
};

/** The e-mails to send (migration 0020): queued durably with the request, marked sent once the server took them. */
class MailQueue
{
    Q_DECLARE_TR_FUNCTIONS(caisse::MailQueue)

public:
    explicit MailQueue(Database& database);

    /** A well-formed address, or the sentence that says why not. */
    static Result<QString> checkAddress(const QString& address);

    Result<qint64> queue(const QString& ticketUuid, const QString& recipient, const QString& subject,
                         const QString& body, const QDateTime& at);
    /** Those not sent yet, oldest first. */
    Result<QList<QueuedMail>> waiting(int limit);
    Result<void> markSent(qint64 id, const QDateTime& at);
    Result<void> markFailed(qint64 id, const QString& error);

private:
    Database& m_database;
};

} // namespace caisse
