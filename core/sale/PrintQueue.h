#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "sale/PrintJob.h"
#include "storage/DatabaseWriter.h"

#include <functional>
#include <optional>

namespace caisse {

/**
 * The receipts waiting for the printer, on disk: a job leaves the queue only when the printer printed it. Reads go
 * through the screen's connection; every write runs on the database writer, and its answer comes to context.
 */
class PrintQueue
{
public:
    PrintQueue(Database& database, DatabaseWriter& writer, const Clock& clock);

    void enqueue(const QByteArray& bytes, const QString& ticketUuid, int copy, QObject* context,
                 std::function<void(const Result<qint64>&)> done);
    /** The oldest job not printed yet. */
    Result<std::optional<PrintJob>> next();
    void markPrinted(qint64 id, QObject* context, std::function<void(const Result<void>&)> done);
    void markFailed(qint64 id, const QString& reason, QObject* context, std::function<void(const Result<void>&)> done);
    Result<qint64> waiting();

private:
    Database& m_database;
    DatabaseWriter& m_writer;
    const Clock& m_clock;
};

} // namespace caisse
