#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace caisse {

/**
 * What the register checks before it opens its database for writing, in milliseconds on any database: the file is
 * there when the register sold before, SQLite's quick_check over the tables that hold sales, money and the journal,
 * and the tail of every journal chain against its end marker and the sales tables (JournalVerifier::checkTail). The
 * database is opened read-only, so a faulty file is left byte-identical for the auditor; the fault is written to a log
 * beside it instead (Journaling it in the database would change the file that must be shown as it was).
 */
class StartupCheck
{
    Q_DECLARE_TR_FUNCTIONS(caisse::StartupCheck)

public:
    enum class Start
    {
        /** The register goes on with the database it has. */
        AsBefore,
        /** The operator starts a new register on purpose: a missing or empty database becomes a new one. */
        NewRegister,
    };

    /** Corrupt (or NotFound) with what is wrong and what to do, in words; the fault is also logged beside the file. */
    static Result<void> run(const QString& databasePath, Start start);
    /** Where faults found at start-up are written: a text file beside the database. */
    static QString logPath(const QString& databasePath);

private:
    static Result<void> checkFile(const QString& databasePath, Start start);
    static Result<void> checkContent(const QString& databasePath);
};

} // namespace caisse
