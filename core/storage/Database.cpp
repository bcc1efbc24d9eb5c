#include "storage/Database.h"

#include "storage/BulkInsert.h"
#include "storage/RowScan.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStorage, "caisse.storage")

namespace caisse {

namespace {

struct Migration
{
    int version;
    QString resource;
};

QList<Migration> shippedMigrations()
{
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = name.match(file);
        if (match.hasMatch())
            migrations.append({match.captured(1).toInt(), dir.filePath(file)});
    }
    return migrations;
}

sqlite3* nativeHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

/**
 * Below this, a start would fail on its first write (the start-up record, a migration) with a message about a sale.
 * The -1 of a file system that cannot tell is let through.
 */
constexpr qint64 kMinimumFreeBytes = 4 * 1024 * 1024;

} // namespace

Error Database::openingError(Error error, const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (error.code == Error::Code::ReadOnly)
        return {error.code,
                tr("The register's data folder %1 cannot be written: nothing could be sold. Give "
                   "the register's user the right to write there, or start Caisse with "
                   "--data-dir on a folder it can write to.")
                    .arg(folder)};
    if (error.code == Error::Code::StorageFull)
        return {error.code,
                tr("The disk that holds %1 is full: nothing could be sold. Free some space on "
                   "it, then start Caisse again.")
                    .arg(folder)};
    return error;
}

int Database::latestVersion()
{
    const QList<Migration> migrations = shippedMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Access access)
{
    if (access == Access::ReadOnly && !QFileInfo::exists(path))
        return failure(Error::Code::NotFound, tr("There is no database at %1.").arg(path));
    const QFileInfo info(path);
    if (access == Access::ReadWrite) {
        const bool newFolder = !info.dir().exists();
        if (!QDir().mkpath(info.absolutePath()))
            return failure(Error::Code::ReadOnly,
                           tr("The folder %1 cannot be created: choose a folder the register can write to.")
                               .arg(info.absolutePath()));
        // Sales, PIN hashes and the journal: for the register's user only. SQLite gives its -wal and -shm files the
        // mode of the database, so the database is made first, with that mode.
        constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (newFolder)
            QFile::setPermissions(info.absolutePath(), kOwnerOnly | QFileDevice::ExeOwner);
        if (!info.exists()) {
            QFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.setPermissions(kOwnerOnly);
        }
        for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            if (QFile::exists(file))
                QFile::setPermissions(file, kOwnerOnly);
        }
    }

    const QString connectionName = QStringLiteral("caisse-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(connectionName, path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return std::unexpected(openingError(errorFrom(db.lastError()), path));

    if (auto configured = database->configure(access); !configured)
        return std::unexpected(openingError(configured.error(), path));
    if (access == Access::ReadWrite) {
        if (const qint64 free = QStorageInfo(info.absolutePath()).bytesAvailable();
            free >= 0 && free < kMinimumFreeBytes)
            return std::unexpected(openingError({Error::Code::StorageFull, {}}, path));
        if (auto migrated = database->migrate(); !migrated)
            return std::unexpected(openingError(migrated.error(), path));
    } else if (database->version() > latestVersion()) {
        return failure(Error::Code::TooNew, tr("This database was written by a newer version of Caisse."));
    }
    return database;
}

Result<void> Database::configure(Access access)
{
    QSqlQuery query(connection());
    // The first read of the header: a file that is not a database, or a damaged one, fails here, before any write.
    if (auto read = exec(query, QStringLiteral("PRAGMA schema_version")); !read)
        return read;
    // Switching to WAL writes the file: a reader (an auditor's copy) takes the database in whatever mode it is.
    if (access == Access::ReadWrite) {
        if (auto applied = exec(query, QStringLiteral("PRAGMA journal_mode = WAL")); !applied)
            return applied;
    }
    for (const char* pragma : {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON", "PRAGMA cache_size = -8000",
                               "PRAGMA temp_store = MEMORY"}) {
        if (auto applied = exec(query, QString::fromLatin1(pragma)); !applied)
            return applied;
    }
    return {};
}

int Database::version() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<void> Database::migrate()
{
    const int current = version();
    const int latest = latestVersion();
    if (current > latest)
        return failure(Error::Code::TooNew,
                       tr("This database was written by a newer version of Caisse (schema %1; this one knows up to "
                          "%2). Install the newer version; the database was left untouched.")
                           .arg(current)
                           .arg(latest));
    for (const Migration& migration : shippedMigrations()) {
        if (migration.version <= current)
            continue;
        QFile file(migration.resource);
        if (!file.open(QIODevice::ReadOnly))
            return failure(Error::Code::Storage,
                           tr("The schema update %1 is missing from this build.").arg(migration.resource));
        auto transaction = Transaction::begin(*this);
        if (!transaction)
            return std::unexpected(transaction.error());
        const QString script
            = QString::fromUtf8(file.readAll()) + QStringLiteral("\nPRAGMA user_version = %1;").arg(migration.version);
        if (auto applied = executeScript(script); !applied)
            return applied;
        if (auto committed = transaction->commit(); !committed)
            return committed;
        qCInfo(lcStorage) << "schema migrated to version" << migration.version;
    }
    return {};
}

bool Database::inTransaction() const
{
    sqlite3* handle = nativeHandle(connection());
    return handle && !sqlite3_get_autocommit(handle);
}

void Database::afterCommit(std::function<void()> action)
{
    if (inTransaction())
        m_afterCommit.push_back(std::move(action));
    else
        action();
}

void Database::stopWhenThreadInterrupted()
{
    constexpr int kInstructionsBetweenLooks = 100'000;
    if (sqlite3* handle = nativeHandle(connection()))
        sqlite3_progress_handler(
            handle, kInstructionsBetweenLooks,
            [](void*) { return QThread::currentThread()->isInterruptionRequested() ? 1 : 0; }, nullptr);
}

Result<void> Database::executeScript(const QString& sql)
{
    sqlite3* handle = nativeHandle(connection());
    if (!handle)
        return failure(Error::Code::Storage, tr("The SQLite driver of this build cannot run schema updates."));
    char* message = nullptr;
    const int rc = sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    qCWarning(lcStorage) << "script failed:" << detail;
    return std::unexpected(errorFromSqlite(sqlite3_extended_errcode(handle), detail));
}

Error Database::errorFromSqlite(int code, const QString& detail)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return {Error::Code::StorageFull,
                tr("The disk is full: the sale was not recorded. Free some space, then try again.")};
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return {Error::Code::ReadOnly,
                tr("The sales database cannot be written (%1): the sale was not recorded. Check the disk "
                   "and its permissions, then try again.")
                    .arg(detail)};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {Error::Code::Corrupt,
                tr("The sales database is damaged (%1). Nothing was written to it. Keep the file as it is "
                   "and call support.")
                    .arg(detail)};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {Error::Code::Storage,
                tr("The sales database is busy with another program: the sale was not recorded. Try again "
                   "in a moment.")};
    default:
        return {Error::Code::Storage,
                tr("The sales database reported an error (%1): the sale was not recorded.").arg(detail)};
    }
}

Error Database::errorFrom(const QSqlError& error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    qCWarning(lcStorage) << "SQLite error" << error.nativeErrorCode() << error.text();
    return errorFromSqlite(numeric ? code : SQLITE_ERROR,
                           error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

void Database::bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& value = values[i];
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(static_cast<int>(i), nullText ? QVariant(QStringLiteral("")) : value);
    }
}

QString Database::placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(u',');
}

Result<void> Database::exec(QSqlQuery& query)
{
    if (query.exec())
        return {};
    return std::unexpected(errorFrom(query.lastError()));
}

Result<void> Database::exec(QSqlQuery& query, const QString& sql)
{
    if (query.exec(sql))
        return {};
    return std::unexpected(errorFrom(query.lastError()));
}

Result<void> Database::run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    query.prepare(sql);
    bindAll(query, values);
    return exec(query);
}

Result<qint64> Database::integer(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(connection());
    if (auto ran = run(query, sql, values); !ran)
        return std::unexpected(ran.error());
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<QString> Database::text(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(connection());
    if (auto ran = run(query, sql, values); !ran)
        return std::unexpected(ran.error());
    return query.next() ? query.value(0).toString() : QString();
}

Transaction::Transaction(Database* database)
    : m_database(database)
{ }

Transaction::Transaction(Transaction&& other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
{ }

Transaction::~Transaction()
{
    if (!m_database)
        return;
    m_database->m_afterCommit.clear();
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStorage) << "rollback failed:" << query.lastError().text();
}

BulkInsert::BulkInsert(Database& database, QString insert, QString row)
    : m_handle(nativeHandle(database.connection()))
    , m_insert(std::move(insert))
    , m_row(std::move(row))
    , m_placeholdersPerRow(int(m_row.count(u'?')))
{
    m_values.reserve(std::size_t(m_placeholdersPerRow) * kRowsPerStatement);
}

RowScan::RowScan(Database& database, const QString& select)
    : m_handle(nativeHandle(database.connection()))
{
    const QByteArray sql = select.toUtf8();
    if (m_handle && sqlite3_prepare_v2(m_handle, sql.constData(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK)
        qCWarning(lcStorage) << "cannot prepare" << select << ":" << sqlite3_errmsg(m_handle);
}

BulkInsert::~BulkInsert()
{
    for (sqlite3_stmt* statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
}

} // namespace caisse
