#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace caisse {

class Ed25519Key;

/**
 * Where a chain of the fiscal journal ends, kept outside the database in a file beside it ("caisse.db.end-R01") and
 * signed with the register's key. Deleting a chain's last records together with their tickets leaves a journal that
 * chains perfectly and tables that agree with it: only this marker says the chain went further. It is replaced after
 * each commit that appended to the chain, never before, so a crash in between leaves it one record behind, which the
 * checks accept; it never runs ahead of the database.
 *
 * What it signs is not a record's hash alone, which anyone could copy from the database to make an older end look
 * like the last one, but both under a label of its own.
 */
struct JournalEnd
{
    Q_DECLARE_TR_FUNCTIONS(caisse::JournalEnd)

public:
    /**
     * The first schema version written by a register that keeps end markers: a database below it is being upgraded,
     * and its chains get their markers at their next record instead of being refused for lacking them.
     */
    static constexpr int kSinceSchema = 13;

    QString chain;
    qint64 seq = -1;
    QString hash;
    QByteArray signature;

    static QString pathFor(const QString& databasePath, const QString& chain);
    /** NotFound when the chain has no marker beside that database; Corrupt when the file cannot be read as one. */
    static Result<JournalEnd> read(const QString& databasePath, const QString& chain);
    /** Signs and keeps end beside the database unless the marker there already says the chain goes further. */
    static void keep(const QString& databasePath, JournalEnd end, const Ed25519Key* key);
    /** Moves a chain's marker aside (kept, renamed with the time), for a register started anew on purpose. */
    static Result<void> retire(const QString& databasePath, const QString& chain);
    /** The markers beside that database, by chain name. */
    static QStringList chainsBeside(const QString& databasePath);

    /** True when the marker is signed by publicKey; an unsigned marker holds only for an unsigned chain. */
    bool signatureHolds(const QByteArray& publicKey) const;

private:
    QByteArray signedBytes() const;
};

} // namespace caisse
