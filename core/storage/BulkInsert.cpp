#include "storage/BulkInsert.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace caisse {

BulkInsert::Value BulkInsert::valueOf(const QString& value)
{
    return value.toUtf8();
}

BulkInsert::Value BulkInsert::valueOf(const std::optional<qint64>& value)
{
    return value ? Value(*value) : Value();
}

BulkInsert::Value BulkInsert::valueOf(const std::optional<QString>& value)
{
    return value ? valueOf(*value) : Value();
}

sqlite3_stmt* BulkInsert::statementFor(int rows)
{
    if (sqlite3_stmt* prepared = m_statements.value(rows))
        return prepared;
    const QByteArray sql = (m_insert + u' ' + QStringList(rows, m_row).join(u',')).toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK) {
        qCWarning(lcStorage) << "cannot prepare" << m_insert << ":" << sqlite3_errmsg(m_handle);
        return nullptr;
    }
    m_statements.insert(rows, statement);
    return statement;
}

Result<void> BulkInsert::flush()
{
    if (m_values.empty())
        return {};
    if (!m_handle || m_placeholdersPerRow == 0)
        return failure(Error::Code::Storage, Database::tr("The SQLite driver of this build cannot write in bulk."));
    const int rows = int(m_values.size()) / m_placeholdersPerRow;
    sqlite3_stmt* statement = statementFor(rows);
    if (!statement)
        return std::unexpected(
            Database::errorFromSqlite(sqlite3_errcode(m_handle), QString::fromUtf8(sqlite3_errmsg(m_handle))));
    int rc = SQLITE_OK;
    for (std::size_t i = 0; i < m_values.size() && rc == SQLITE_OK; ++i) {
        const int index = int(i) + 1;
        const Value& value = m_values[i];
        if (const auto* number = std::get_if<qint64>(&value))
            rc = sqlite3_bind_int64(statement, index, *number);
        else if (const auto* text = std::get_if<QByteArray>(&value))
            rc = sqlite3_bind_text(statement, index, text->isNull() ? "" : text->constData(), int(text->size()),
                                   SQLITE_STATIC);
        else
            rc = sqlite3_bind_null(statement, index);
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_step(statement);
    const QString detail = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement); // the texts bound without a copy go with the buffer
    m_values.clear();
    if (rc == SQLITE_DONE)
        return {};
    qCWarning(lcStorage) << "insert failed:" << detail;
    return std::unexpected(Database::errorFromSqlite(rc, detail));
}

} // namespace caisse
