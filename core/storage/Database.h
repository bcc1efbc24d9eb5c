#pragma once

#include "base/Result.h"
#include "storage/BulkInsert.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

class QSqlError;
class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace caisse {

/**
 * The register's SQLite database: WAL with synchronous=FULL, so that a transaction whose commit returned survives a
 * killed process or a power cut. Opening applies the schema migrations shipped in resources, one version per
 * transaction, and refuses a damaged database or one written by a newer version without touching it.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(caisse::Database)

public:
    enum class Access
    {
        ReadWrite,
        ReadOnly,
    };

    /** The schema version this build writes; the highest migration shipped. */
    static int latestVersion();

    /**
     * Opens (and creates, unless read-only) the database at path and brings its schema up to date.
     * Fails with Corrupt for a file that is not a sound SQLite database, TooNew for one from a newer version,
     * ReadOnly or Storage when the file cannot be written; the file is left as it was in every case.
     */
    static Result<std::unique_ptr<Database>> open(const QString& path, Access access = Access::ReadWrite);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    int version() const;

    /** Whether a Transaction (or any BEGIN) is open on this connection. */
    bool inTransaction() const;

    /**
     * Runs action once the open transaction has committed, at once when none is open; a rollback drops it. For what
     * must follow the data to disk and never precede it, such as the journal's end marker kept outside the database.
     */
    void afterCommit(std::function<void()> action);

    /**
     * Long statements on this connection stop (SQLITE_INTERRUPT) once their thread is asked to stop
     * (QThread::requestInterruption): for checks read beside the counter, which must not hold up the register's exit.
     */
    void stopWhenThreadInterrupted();

    /** Runs a script of several statements (triggers included) as SQLite reads it. */
    Result<void> executeScript(const QString& sql);

    /** Turns a failed statement into a sentence for the cashier, by what SQLite says went wrong. */
    static Error errorFrom(const QSqlError& error);
    /** The error, in words the cashier can act on, for an SQLite result code and its message. */
    static Error errorFromSqlite(int code, const QString& detail);
    /**
     * Binds values to a prepared query's placeholders in order. A null QString is bound as an empty text (Qt would
     * bind NULL); an invalid QVariant stands for SQL NULL.
     */
    static void bindAll(QSqlQuery& query, const QVariantList& values);
    /** "?,?,?": count placeholders for an IN (…) list of values bound with bindAll. */
    static QString placeholders(qsizetype count);
    /** Runs a prepared query; the error is errorFrom() of what failed. */
    static Result<void> exec(QSqlQuery& query);
    static Result<void> exec(QSqlQuery& query, const QString& sql);
    /** Prepares sql, binds values (bindAll) and runs it. */
    static Result<void> run(QSqlQuery& query, const QString& sql, const QVariantList& values);
    /** The first column of the first row of a query that yields one number (a count, a total). */
    Result<qint64> integer(const QString& sql, const QVariantList& values = {});
    /** The first column of the first row of a query as text; empty when there is no row. */
    Result<QString> text(const QString& sql, const QVariantList& values = {});

private:
    Database(QString connectionName, QString path);
    /** When the register opens its database no sale is at stake yet: what is wrong with the folder or the disk. */
    static Error openingError(Error error, const QString& path);
    Result<void> configure(Access access);
    Result<void> migrate();

    friend class Transaction;

    QString m_connectionName;
    QString m_path;
    std::vector<std::function<void()>> m_afterCommit;
};

} // namespace caisse
