#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>

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

    /** Runs a script of several statements (triggers included) as SQLite reads it. */
    Result<void> executeScript(const QString& sql);

    /** Turns a failed statement into a sentence for the cashier, by what SQLite says went wrong. */
    static Error errorFrom(const QSqlError& error);
    /**
     * Binds values to a prepared query's placeholders in order. A null QString is bound as an empty text (Qt would
     * bind NULL); an invalid QVariant stands for SQL NULL.
     */
    static void bindAll(QSqlQuery& query, const QVariantList& values);
    /** Runs a prepared query; the error is errorFrom() of what failed. */
    static Result<void> exec(QSqlQuery& query);
    static Result<void> exec(QSqlQuery& query, const QString& sql);
    /** Prepares sql, binds values (bindAll) and runs it. */
    static Result<void> run(QSqlQuery& query, const QString& sql, const QVariantList& values);
    /** The first column of the first row of a query that yields one number (a count, a total). */
    Result<qint64> integer(const QString& sql, const QVariantList& values = {});

private:
    Database(QString connectionName, QString path);
    Result<void> configure(Access access);
    Result<void> migrate();

    QString m_connectionName;
    QString m_path;
};

/**
 * BEGIN IMMEDIATE ... COMMIT, rolled back when it goes out of scope uncommitted. IMMEDIATE takes the write lock at
 * the start, so two registers' writers queue instead of failing half-way.
 */
class Transaction
{
public:
    static Result<Transaction> begin(Database& database);
    /** A transaction of its own when none is open on this connection yet; none when one is. */
    static Result<std::optional<Transaction>> beginUnlessOpen(Database& database);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();

    /** Once this returns success, the data is on disk. */
    Result<void> commit();

private:
    explicit Transaction(Database* database);
    Database* m_database;
};

/**
 * Rows inserted into one table many to a statement, through SQLite's own interface. A store's catalog is a million rows
 * to write: one statement per row costs, on top of the row itself, the statement's start (cursors on the table and
 * each of its indexes, a statement journal when triggers may fire) and, through QSqlQuery, QVariant bindings and a
 * UTF-16 copy of each text. That made the register, not the store, set the pace of an import.
 *
 * Values bind by their C++ type, in placeholder order: a null QString as an empty text (as Database::bindAll does),
 * std::nullopt as NULL. Rows go to the database as the buffer fills and at finish(); call both inside a Transaction,
 * and finish() before anything reads the table.
 */
class BulkInsert
{
public:
    /** insert: "INSERT INTO table(columns) VALUES"; row: one row's values, such as "(?, ?, 'initial')". */
    BulkInsert(Database& database, QString insert, QString row);
    ~BulkInsert();
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;

    template <typename... Values> Result<void> add(const Values&... values)
    {
        (m_values.push_back(valueOf(values)), ...);
        return m_values.size() >= std::size_t(m_placeholdersPerRow) * kRowsPerStatement ? flush() : Result<void>();
    }
    /** Writes the rows still buffered. */
    Result<void> finish() { return flush(); }

private:
    using Value = std::variant<std::monostate, qint64, QByteArray>;
    static constexpr int kRowsPerStatement = 64;

    static Value valueOf(qint64 value) { return value; }
    static Value valueOf(const QString& value);
    static Value valueOf(const std::optional<qint64>& value);
    Result<void> flush();
    /** The statement for that many rows, prepared once. */
    sqlite3_stmt* statementFor(int rows);

    sqlite3* m_handle = nullptr;
    QString m_insert;
    QString m_row;
    int m_placeholdersPerRow = 0;
    std::vector<Value> m_values;
    /** By number of rows: a full buffer's, and the few a last one has. */
    QHash<int, sqlite3_stmt*> m_statements;
};

} // namespace caisse
