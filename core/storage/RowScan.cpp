#include "storage/RowScan.h"

#include "storage/Database.h"

#include <sqlite3.h>

namespace caisse {

RowScan::~RowScan()
{
    sqlite3_finalize(m_statement);
}

Error RowScan::error() const
{
    if (!m_handle)
        return Error {Error::Code::Storage, QStringLiteral("the database is not open")};
    return Database::errorFromSqlite(sqlite3_errcode(m_handle), QString::fromUtf8(sqlite3_errmsg(m_handle)));
}

Result<void> RowScan::bind(const QVariantList& values)
{
    if (!m_statement)
        return std::unexpected(error());
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    for (int index = 0; index < values.size(); ++index) {
        const QVariant& value = values.at(index);
        int rc = SQLITE_OK;
        if (value.typeId() == QMetaType::QString) {
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text(m_statement, index + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else {
            rc = sqlite3_bind_int64(m_statement, index + 1, value.toLongLong());
        }
        if (rc != SQLITE_OK)
            return std::unexpected(error());
    }
    return {};
}

Result<bool> RowScan::next()
{
    if (!m_statement)
        return std::unexpected(error());
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return std::unexpected(error());
}

Result<void> RowScan::forEach(const std::function<void()>& row)
{
    while (true) {
        const auto next = this->next();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            return {};
        row();
    }
}

qint64 RowScan::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView RowScan::text(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

bool RowScan::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace caisse
