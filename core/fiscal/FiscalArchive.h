#pragma once

#include "access/Operator.h"
#include "fiscal/JournalVerifier.h"
#include "fiscal/TechnicalEvents.h"

namespace caisse {

/**
 * Monthly and yearly archives of the register's fiscal journal: a folder readable without the register.
 *
 *   journal.jsonl    the period's records, one per line, each exactly the bytes that were hashed (the GENESIS record
 *                    first, for the register's identity and public key)
 *   signatures.csv   seq, SHA-256 and Ed25519 signature (base64) of each line
 *   tickets.csv      the period's tickets, closures.csv its closures: views for a spreadsheet
 *   manifest.json    period, first and last record, the hash of the record before the period, the public key, and
 *                    the SHA-256 of every file; manifest.sig is its Ed25519 signature (base64)
 *   README.txt       this description, for whoever opens the folder in six years
 *
 * Qt has no public ZIP writer, so an archive is a folder; it can be zipped as it is. Making one appends an ARCHIVE
 * record to the journal and a technical event (20 for a month, 30 for a year).
 */
class FiscalArchive
{
    Q_DECLARE_TR_FUNCTIONS(caisse::FiscalArchive)

public:
    FiscalArchive(Database& database, const Clock& clock, const QString& registerId, TechnicalEvents& events,
                  Ed25519Key key);

    /**
     * Writes the archive of a closed month ("2026-11") or year ("2026") into a new folder inside parentDir and
     * returns its path. Fails, writing no journal record, when the period is not closed, the folder exists (an
     * archive is never overwritten) or cannot be written.
     */
    Result<QString> create(const QString& period, const QString& parentDir, const Operator& by);

    /** Checks an archive folder on its own: signature of the manifest, every file's hash, every record. */
    static ChainReport verify(const QString& folder, JournalVerifier::Signatures signatures,
                              const QByteArray& expectedPublicKey = {});

private:
    Database& m_database;
    const Clock& m_clock;
    QString m_chain;
    TechnicalEvents& m_events;
    Ed25519Key m_key;
};

} // namespace caisse
