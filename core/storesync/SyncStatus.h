#pragma once

#include <QDateTime>
#include <QString>

namespace caisse {

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

} // namespace caisse
