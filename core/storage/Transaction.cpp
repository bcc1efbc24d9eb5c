#include "storage/Transaction.h"

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
#include <utility>

namespace caisse {

Result<Transaction> Transaction::begin(Database& database)
{
    QSqlQuery query(database.connection());
    if (auto begun = Database::exec(query, QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return std::unexpected(begun.error());
    return Transaction(&database);
}

Result<std::optional<Transaction>> Transaction::beginUnlessOpen(Database& database)
{
    if (database.inTransaction())
        return std::optional<Transaction>();
    auto begun = begin(database);
    if (!begun)
        return std::unexpected(begun.error());
    return std::optional<Transaction>(std::move(*begun));
}

Result<void> Transaction::commit()
{
    QSqlQuery query(m_database->connection());
    auto committed = Database::exec(query, QStringLiteral("COMMIT"));
    if (!committed)
        return committed;
    for (const auto& action : std::exchange(m_database->m_afterCommit, {}))
        action();
    m_database = nullptr;
    return committed;
}

} // namespace caisse
