#pragma once

#include "base/Result.h"
#include "storesync/SyncLogEntry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLoggingCategory>

/** The sync stages' messages for the technician (the manager reads SyncLog). */
Q_DECLARE_LOGGING_CATEGORY(lcStoreSync)

namespace caisse {

class Database;

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
