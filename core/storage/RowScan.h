#pragma once

#include "base/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace caisse {

class Database;

/**
 * Rows read through SQLite's own interface. A month's report reads a million ticket lines: through QSqlQuery each value
 * is a QVariant (and each text a UTF-16 copy), which costs more than reading the row. Integers bind and read as
 * qint64, texts as UTF-8 views valid until the next row.
 */
class RowScan
{
public:
    RowScan(Database& database, const QString& select);
    ~RowScan();
    RowScan(const RowScan&) = delete;
    RowScan& operator=(const RowScan&) = delete;

    /** Binds the placeholders in order (qint64 or QString values) and starts from the first row again. */
    Result<void> bind(const QVariantList& values);
    /** Moves to the next row: false after the last one. */
    Result<bool> next();
    /** Calls row on each row left, reading it through this scan's accessors. */
    Result<void> forEach(const std::function<void()>& row);
    qint64 integer(int column) const;
    QByteArrayView text(int column) const;
    bool isNull(int column) const;

private:
    Error error() const;

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace caisse
