#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLoggingCategory>

/** The sync stages' messages for the technician (the manager reads SyncLog). */
Q_DECLARE_LOGGING_CATEGORY(lcStoreSync)

namespace caisse {

class Database;

/** One line of the sync log: a batch of stock changes sent, or an online order taken in. */
struct SyncLogEntry
{
    QDateTime at;
    /** "stock" or "order". */
    QString kind;
    /** The batch's marker or the order's number. */
    QString reference;
    /** In words: sent and applied, waiting for a check, refused by the store… */
    QString outcome;
    /** The store's or the network's words when it went wrong. */
    QString error;
    /** A refused batch the manager can send again. */
    qint64 retryableBatchId = 0;
};

/** What the store sync did, newest first, for the manager's sync log screen. */
class SyncLog
{
    Q_DECLARE_TR_FUNCTIONS(caisse::SyncLog)

public:
    explicit SyncLog(Database& database);

    Result<QList<SyncLogEntry>> entries(int limit = 200) const;
    /** Online order lines whose article the register does not sell, for the manager to create or map. */
    Result<QStringList> unknownOrderLines() const;

private:
    Database& m_database;
};

} // namespace caisse
