#include "access/OperatorStore.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>

Q_LOGGING_CATEGORY(lcOperators, "caisse.operators")

namespace caisse {

namespace {

// scrypt with N = 2^15, r = 8: 32 MiB and about 0.1 s per attempt, bearable at the counter. It slows down a search
// through a stolen database but cannot save a four-digit PIN (10,000 tries); longer PINs are what it protects.
constexpr quint64 kCostN = 1 << 15;
constexpr quint64 kBlockR = 8;
constexpr quint64 kParallelP = 1;
constexpr qsizetype kHashBytes = 32;
constexpr quint64 kMaxMemory = 64ull * 1024 * 1024;

QByteArray scrypt(const QByteArray& pin, const QByteArray& salt, quint64 n, quint64 r, quint64 p)
{
    QByteArray out(kHashBytes, '\0');
    if (EVP_PBE_scrypt(pin.constData(), static_cast<size_t>(pin.size()),
                       reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<size_t>(salt.size()), n, r,
                       p, kMaxMemory, reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(out.size()))
        != 1)
        return {};
    return out;
}

} // namespace

OperatorStore::OperatorStore(Database& database, const Clock& clock, AccessJournal& journal)
    : m_database(database)
    , m_clock(clock)
    , m_journal(journal)
{ }

QString OperatorStore::hashPin(const QString& pin)
{
    QByteArray salt(16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), salt.size() / 4);
    const QByteArray hash = scrypt(pin.toUtf8(), salt, kCostN, kBlockR, kParallelP);
    return QStringList {QStringLiteral("scrypt"),
                        QString::number(kCostN),
                        QString::number(kBlockR),
                        QString::number(kParallelP),
                        QString::fromLatin1(salt.toBase64()),
                        QString::fromLatin1(hash.toBase64())}
        .join(u'$');
}

bool OperatorStore::pinMatches(const QString& pin, const QString& stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 6 || parts[0] != QStringLiteral("scrypt"))
        return false;
    const QByteArray expected = QByteArray::fromBase64(parts[5].toLatin1());
    const QByteArray actual = scrypt(pin.toUtf8(), QByteArray::fromBase64(parts[4].toLatin1()), parts[1].toULongLong(),
                                     parts[2].toULongLong(), parts[3].toULongLong());
    return !actual.isEmpty() && actual.size() == expected.size()
        && CRYPTO_memcmp(actual.constData(), expected.constData(), static_cast<size_t>(actual.size())) == 0;
}

Result<void> OperatorStore::save(const QString& name, Role role, const QString& pin, const Operator& by)
{
    if (name.trimmed().isEmpty() || (!pin.isEmpty() && pin.size() < 4))
        return failure(Error::Code::InvalidInput, tr("An operator needs a name and a PIN of at least 4 characters."));
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    QSqlQuery query(m_database.connection());
    if (pin.isEmpty()) {
        // A new role for someone who keeps their PIN.
        if (auto allowed = by.require(Permission::ManageOperators); !allowed)
            return allowed;
        if (auto ran = Database::run(query, QStringLiteral("UPDATE operators SET role = ? WHERE name = ?"),
                                     {roleKey(role), name});
            !ran)
            return ran;
        if (query.numRowsAffected() != 1)
            return failure(Error::Code::InvalidInput, tr("A new operator needs a PIN of at least 4 characters."));
        if (auto recorded
            = m_journal.recordAccess(AccessJournal::Event::RightsChange, by.name,
                                     {{QStringLiteral("operator"), name}, {QStringLiteral("role"), roleKey(role)}});
            !recorded)
            return std::unexpected(recorded.error());
        return transaction->commit();
    }
    if (auto ran = Database::exec(query, QStringLiteral("SELECT COUNT(*) FROM operators")); !ran)
        return ran;
    query.next();
    const bool first = query.value(0).toLongLong() == 0;
    if (first && role != Role::Administrator)
        return failure(Error::Code::BusinessRule, tr("The register's first operator must be an administrator."));
    if (!first) {
        if (auto allowed = by.require(Permission::ManageOperators); !allowed)
            return allowed;
    }
    if (auto ran = Database::run(query,
                                 QStringLiteral("INSERT INTO operators(name, role, pin_hash, created_at) "
                                                "VALUES(?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
                                                "role = excluded.role, pin_hash = excluded.pin_hash"),
                                 {name, roleKey(role), hashPin(pin), toStorageTime(m_clock.nowUtc())});
        !ran)
        return ran;
    if (auto recorded
        = m_journal.recordAccess(AccessJournal::Event::RightsChange, first ? name : by.name,
                                 {{QStringLiteral("operator"), name}, {QStringLiteral("role"), roleKey(role)}});
        !recorded)
        return std::unexpected(recorded.error());
    return transaction->commit();
}

Result<Operator> OperatorStore::check(const QString& name, const QString& pin)
{
    auto transaction = Transaction::beginUnlessOpen(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto commit = [&]() {
        return *transaction ? (*transaction)->commit() : Result<void>();
    };
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query,
            QStringLiteral(
                "SELECT role, pin_hash, failed_pins, retry_after, locked, active FROM operators WHERE name = ?"),
            {name});
        !ran)
        return std::unexpected(ran.error());
    if (!query.next()) {
        qCInfo(lcOperators) << "login refused for an unknown operator";
        if (auto recorded = m_journal.recordAccess(AccessJournal::Event::LoginRefused, name); !recorded)
            return std::unexpected(recorded.error());
        if (auto done = commit(); !done)
            return std::unexpected(done.error());
        return failure(Error::Code::Forbidden, tr("Wrong name or PIN."));
    }
    const Role role = roleFromKey(query.value(0).toString()).value_or(Role::Cashier);
    const QString stored = query.value(1).toString();
    const int failed = query.value(2).toInt();
    const QDateTime retryAfter = fromStorageTime(query.value(3).toString());
    const bool locked = query.value(4).toBool();
    const bool active = query.value(5).toBool();
    query.finish();
    if (!active)
        return failure(
            Error::Code::Forbidden,
            tr("%1 no longer works at this register: a manager can reactivate them (Manager, Staff).").arg(name));
    // A locked or waiting operator's PIN is not even checked: guessing gains nothing, and costs no scrypt.
    if (locked)
        return failure(Error::Code::Forbidden,
                       tr("%1 is locked out after too many wrong PINs: a manager must unlock them.").arg(name));
    const QDateTime now = m_clock.nowUtc();
    if (retryAfter.isValid() && now < retryAfter) {
        const int seconds = static_cast<int>((now.msecsTo(retryAfter) + 999) / 1000);
        return failure(
            Error::Code::Forbidden,
            tr("Too many wrong PINs for %1: wait %n second(s), then try again.", nullptr, seconds).arg(name));
    }
    if (!pinMatches(pin, stored)) {
        qCInfo(lcOperators) << "PIN refused for" << name;
        auto refused = refuse(name, failed);
        if (!refused)
            return std::unexpected(refused.error());
        if (auto done = commit(); !done)
            return std::unexpected(done.error());
        return std::unexpected(*refused);
    }
    if (failed > 0) {
        if (auto ran = Database::run(
                query, QStringLiteral("UPDATE operators SET failed_pins = 0, retry_after = NULL WHERE name = ?"),
                {name});
            !ran)
            return std::unexpected(ran.error());
    }
    if (auto done = commit(); !done)
        return std::unexpected(done.error());
    return Operator {name, role, std::nullopt, {}};
}

Result<Error> OperatorStore::refuse(const QString& name, int failedBefore)
{
    constexpr qint64 kFirstWaitSeconds = 30;
    const int failed = failedBefore + 1;
    const bool lockOut = failed >= kLockAfter;
    const qint64 waitSeconds = failed >= kFreeTries ? kFirstWaitSeconds << (failed - kFreeTries) : 0;
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query, QStringLiteral("UPDATE operators SET failed_pins = ?, retry_after = ?, locked = ? WHERE name = ?"),
            {failed, waitSeconds > 0 ? QVariant(toStorageTime(m_clock.nowUtc().addSecs(waitSeconds))) : QVariant(),
             lockOut ? 1 : 0, name});
        !ran)
        return std::unexpected(ran.error());
    if (auto recorded
        = m_journal.recordAccess(AccessJournal::Event::LoginRefused, name, {{QStringLiteral("failed_pins"), failed}});
        !recorded)
        return std::unexpected(recorded.error());
    if (lockOut) {
        qCWarning(lcOperators) << name << "locked out after" << failed << "wrong PINs";
        if (auto recorded
            = m_journal.recordAccess(AccessJournal::Event::RightsChange, name,
                                     {{QStringLiteral("failed_pins"), failed}, {QStringLiteral("locked_out"), true}});
            !recorded)
            return std::unexpected(recorded.error());
        return Error {Error::Code::Forbidden,
                      tr("Wrong PIN. %1 is now locked out: a manager must unlock them.").arg(name)};
    }
    if (waitSeconds > 0)
        return Error {Error::Code::Forbidden,
                      tr("Wrong PIN. Too many wrong PINs: wait %n second(s) before the next try.", nullptr,
                         static_cast<int>(waitSeconds))};
    return Error {Error::Code::Forbidden, tr("Wrong name or PIN.")};
}

Result<void> OperatorStore::unlock(const QString& name, const Operator& by)
{
    if (auto allowed = by.require(Permission::UnlockOperator); !allowed)
        return allowed;
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query,
            QStringLiteral("UPDATE operators SET failed_pins = 0, retry_after = NULL, locked = 0 WHERE name = ?"),
            {name});
        !ran)
        return ran;
    if (query.numRowsAffected() != 1)
        return failure(Error::Code::NotFound, tr("There is no operator named %1.").arg(name));
    if (auto recorded
        = m_journal.recordAccess(AccessJournal::Event::RightsChange, by.name, {{QStringLiteral("unlocked"), name}});
        !recorded)
        return std::unexpected(recorded.error());
    return transaction->commit();
}

Result<Operator> OperatorStore::login(const QString& name, const QString& pin)
{
    auto found = check(name, pin);
    if (!found)
        return found;
    if (auto recorded = m_journal.recordAccess(AccessJournal::Event::Login, name); !recorded)
        return std::unexpected(recorded.error());
    return found;
}

Result<Operator> OperatorStore::approve(const Operator& asking, Permission permission, const QString& managerName,
                                        const QString& managerPin)
{
    auto manager = check(managerName, managerPin);
    if (!manager)
        return manager;
    if (!manager->may(permission))
        return failure(Error::Code::Forbidden, tr("%1 may not approve this either.").arg(managerName));
    if (auto recorded = m_journal.recordAccess(
            AccessJournal::Event::RightsChange, managerName,
            {{QStringLiteral("override_for"), asking.name}, {QStringLiteral("permission"), permissionKey(permission)}});
        !recorded)
        return std::unexpected(recorded.error());
    Operator approved = asking;
    approved.approved = permission;
    approved.approvedBy = managerName;
    return approved;
}

Result<QStringList> OperatorStore::lockedOut()
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query, QStringLiteral("SELECT name FROM operators WHERE locked = 1 OR failed_pins >= ? ORDER BY name"),
            {kFreeTries});
        !ran)
        return std::unexpected(ran.error());
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

Result<QList<Operator>> OperatorStore::list()
{
    QSqlQuery query(m_database.connection());
    const auto everyone = staff();
    if (!everyone)
        return std::unexpected(everyone.error());
    QList<Operator> operators;
    for (const Member& member : *everyone)
        if (member.active)
            operators.append(member.person);
    return operators;
}

Result<QList<OperatorStore::Member>> OperatorStore::staff()
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::exec(query, QStringLiteral("SELECT name, role, active FROM operators ORDER BY name"));
        !ran)
        return std::unexpected(ran.error());
    QList<Member> members;
    while (query.next())
        members.append({{query.value(0).toString(),
                         roleFromKey(query.value(1).toString()).value_or(Role::Cashier),
                         std::nullopt,
                         {}},
                        query.value(2).toBool()});
    return members;
}

Result<void> OperatorStore::setActive(const QString& name, bool active, const Operator& by)
{
    if (auto allowed = by.require(Permission::ManageOperators); !allowed)
        return allowed;
    if (!active && name == by.name)
        return failure(Error::Code::BusinessRule, tr("You cannot deactivate yourself: another administrator can."));
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (!active) {
        const auto administrators = m_database.integer(
            QStringLiteral("SELECT COUNT(*) FROM operators WHERE role = 'administrator' AND active = 1 AND name <> ?"),
            {name});
        if (!administrators)
            return std::unexpected(administrators.error());
        if (*administrators == 0)
            return failure(Error::Code::BusinessRule,
                           tr("%1 is the last administrator: name another before deactivating them.").arg(name));
    }
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query, QStringLiteral("UPDATE operators SET active = ? WHERE name = ?"),
                                 {active ? 1 : 0, name});
        !ran)
        return ran;
    if (query.numRowsAffected() != 1)
        return failure(Error::Code::NotFound, tr("No operator is called %1.").arg(name));
    if (auto recorded
        = m_journal.recordAccess(AccessJournal::Event::RightsChange, by.name,
                                 {{QStringLiteral("operator"), name}, {QStringLiteral("active"), active}});
        !recorded)
        return std::unexpected(recorded.error());
    return transaction->commit();
}

} // namespace caisse
