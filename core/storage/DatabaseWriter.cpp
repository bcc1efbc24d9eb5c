#include "storage/DatabaseWriter.h"

namespace caisse {

Result<std::unique_ptr<DatabaseWriter>> DatabaseWriter::open(const QString& path)
{
    std::unique_ptr<DatabaseWriter> writer(new DatabaseWriter);
    writer->m_thread.setObjectName(QStringLiteral("database-writer"));
    writer->m_worker = new QObject;
    writer->m_worker->moveToThread(&writer->m_thread);
    QObject::connect(&writer->m_thread, &QThread::finished, writer->m_worker, &QObject::deleteLater);
    writer->m_thread.start();
    Result<void> opened;
    QMetaObject::invokeMethod(
        writer->m_worker,
        [&] {
            auto database = Database::open(path);
            if (database)
                writer->m_database = std::move(*database);
            else
                opened = std::unexpected(database.error());
        },
        Qt::BlockingQueuedConnection);
    if (!opened)
        return std::unexpected(opened.error());
    return writer;
}

DatabaseWriter::~DatabaseWriter()
{
    // Queued after every job given: they run first, then the connection closes on its own thread.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_database.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DatabaseWriter::post(std::function<void(Database&)> job)
{
    QMetaObject::invokeMethod(
        m_worker, [this, job = std::move(job)] { job(*m_database); }, Qt::QueuedConnection);
}

} // namespace caisse
