#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariant>

#include <optional>
#include <variant>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace caisse {

class Database;

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
    static Value valueOf(const std::optional<QString>& value);
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
