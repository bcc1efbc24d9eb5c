#include "fiscal/StartupCheck.h"

#include "fiscal/JournalEnd.h"
#include "fiscal/JournalVerifier.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace caisse {

namespace {

/** Where a damaged page would lose or hide a sale, a payment, a movement of stock or of cash, or a journal record. */
const QStringList kCheckedTables {
    QStringLiteral("settings"),        QStringLiteral("operators"),  QStringLiteral("tickets"),
    QStringLiteral("ticket_lines"),    QStringLiteral("ticket_vat"), QStringLiteral("payments"),
    QStringLiteral("stock_movements"), QStringLiteral("journal"),    QStringLiteral("parked_tickets"),
    QStringLiteral("card_attempts"),   QStringLiteral("print_jobs"), QStringLiteral("sync_outbox")};

void logFault(const QString& databasePath, const QString& message)
{
    QFile log(StartupCheck::logPath(databasePath));
    if (log.open(QIODevice::Append | QIODevice::Text))
        log.write((QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + u' ' + message + u'\n').toUtf8());
}

} // namespace

QString StartupCheck::logPath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".integrity.log");
}

Result<void> StartupCheck::run(const QString& databasePath, Start start)
{
    auto checked = checkFile(databasePath, start);
    if (checked && QFileInfo(databasePath).size() > 0)
        checked = checkContent(databasePath);
    if (!checked)
        logFault(databasePath, checked.error().message);
    return checked;
}

Result<void> StartupCheck::checkFile(const QString& databasePath, Start start)
{
    const QFileInfo file(databasePath);
    const QStringList soldBefore = JournalEnd::chainsBeside(databasePath);
    const bool missing = !file.exists();
    const bool empty = file.exists() && file.size() == 0;
    if (!missing && !empty)
        return {};
    if (start == Start::AsBefore) {
        if (empty)
            return failure(Error::Code::Corrupt,
                           tr("The sales database %1 is empty (0 bytes): it was emptied or lost. Restore it from a "
                              "backup; to make this computer a new register instead, start Caisse with "
                              "--new-register.")
                               .arg(databasePath));
        if (!soldBefore.isEmpty())
            return failure(Error::Code::NotFound,
                           tr("The sales database %1 is missing, but this register has sold before (the end markers "
                              "of its journal are beside it). Restore the database from a backup; to make this "
                              "computer a new register instead, start Caisse with --new-register.")
                               .arg(databasePath));
        return {};
    }
    if (empty && !QFile::remove(databasePath))
        return failure(Error::Code::ReadOnly, tr("The empty database %1 cannot be removed.").arg(databasePath));
    for (const QString& chain : soldBefore) {
        if (auto retired = JournalEnd::retire(databasePath, chain); !retired)
            return retired;
    }
    return {};
}

Result<void> StartupCheck::checkContent(const QString& databasePath)
{
    auto database = Database::open(databasePath, Database::Access::ReadOnly);
    if (!database)
        return std::unexpected(database.error());
    const auto damaged = [&](const QString& what) {
        return failure(Error::Code::Corrupt,
                       tr("The sales database is damaged (%1). Nothing was written to it: do not sell on this "
                          "register, keep the file as it is and call support.")
                           .arg(what));
    };
    QSqlQuery query((*database)->connection());
    for (const QString& table : kCheckedTables) {
        const auto exists = (*database)->integer(
            QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"), {table});
        if (!exists)
            return damaged(exists.error().message);
        if (*exists == 0)
            continue;
        if (auto ran = Database::exec(query, QStringLiteral("PRAGMA quick_check(%1)").arg(table)); !ran)
            return damaged(ran.error().message);
        QStringList problems;
        while (query.next()) {
            if (query.value(0).toString() != QStringLiteral("ok"))
                problems.append(query.value(0).toString());
        }
        if (!problems.isEmpty())
            return damaged(tr("table %1: %2").arg(table, problems.mid(0, 3).join(QStringLiteral("; "))));
    }
    query.finish();
    // Each chain once, through the journal's key (no scan of its records), and each chain that left a marker.
    QStringList chains = JournalEnd::chainsBeside(databasePath);
    for (QString chain;;) {
        const auto next = (*database)->text(
            QStringLiteral("SELECT chain FROM journal WHERE chain > ? ORDER BY chain LIMIT 1"), {chain});
        if (!next)
            return damaged(next.error().message);
        if (next->isEmpty())
            break;
        chain = *next;
        if (!chains.contains(chain))
            chains.append(chain);
    }
    for (const QString& chain : chains) {
        if (auto tail = JournalVerifier::checkTail(**database, chain); !tail)
            return failure(tail.error().code,
                           tail.error().message + u' '
                               + tr("Do not sell on this register: keep its files as they are and call support."));
    }
    return {};
}

} // namespace caisse
