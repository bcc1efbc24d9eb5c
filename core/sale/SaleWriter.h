#pragma once

#include "sale/SaleStore.h"
#include "storage/DatabaseWriter.h"

namespace caisse {

/**
 * The sale's durable work on the database writer: each job gets a SaleStore of the register (same chain, key and
 * mode as the counter's) on the writer's own connection, off the GUI thread.
 */
class SaleWriter
{
public:
    SaleWriter(DatabaseWriter& writer, const Clock& clock, QString registerId, std::optional<Ed25519Key> journalKey,
               SaleStore::Mode mode);

    template <typename T> QFuture<T> run(std::function<T(SaleStore&)> job)
    {
        return m_writer.run<T>([&clock = m_clock, registerId = m_registerId, key = m_journalKey, mode = m_mode,
                                job = std::move(job)](Database& database) {
            SaleStore store(database, clock, registerId, key, mode);
            return job(store);
        });
    }
    /** done with the job's answer on context's thread, unless context is gone by then. */
    template <typename T>
    void run(std::function<T(SaleStore&)> job, QObject* context, std::function<void(const T&)> done)
    {
        DatabaseWriter::whenDone(run(std::move(job)), context, std::move(done));
    }

private:
    DatabaseWriter& m_writer;
    const Clock& m_clock;
    QString m_registerId;
    std::optional<Ed25519Key> m_journalKey;
    SaleStore::Mode m_mode;
};

} // namespace caisse
