#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "sale/PrintJob.h"

#include <optional>

namespace caisse {

class Database;

/** The receipts waiting for the printer, on disk: a job leaves the queue only when the printer printed it. */
class PrintQueue
{
public:
    PrintQueue(Database& database, const Clock& clock);

    Result<qint64> enqueue(const QByteArray& bytes, const QString& ticketUuid = {}, int copy = 0);
    /** The oldest job not printed yet. */
    Result<std::optional<PrintJob>> next();
    Result<void> markPrinted(qint64 id);
    Result<void> markFailed(qint64 id, const QString& reason);
    Result<qint64> waiting();

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace caisse
