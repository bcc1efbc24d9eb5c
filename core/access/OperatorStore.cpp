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
    if (name.trimmed().isEmpty() || pin.size() < 4)
        return failure(Error::Code::InvalidInput, tr("An operator needs a name and a PIN of at least 4 characters."));
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    QSqlQuery query(m_database.connection());
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
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query, QStringLiteral("SELECT role, pin_hash FROM operators WHERE name = ?"), {name});
        !ran)
        return std::unexpected(ran.error());
    if (query.next() && pinMatches(pin, query.value(1).toString()))
        return Operator {name, roleFromKey(query.value(0).toString()).value_or(Role::Cashier), std::nullopt, {}};
    qCInfo(lcOperators) << "PIN refused for" << name;
    if (auto recorded = m_journal.recordAccess(AccessJournal::Event::LoginRefused, name); !recorded)
        return std::unexpected(recorded.error());
    return failure(Error::Code::Forbidden, tr("Wrong name or PIN."));
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

Result<QList<Operator>> OperatorStore::list()
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::exec(query, QStringLiteral("SELECT name, role FROM operators ORDER BY name")); !ran)
        return std::unexpected(ran.error());
    QList<Operator> operators;
    while (query.next())
        operators.append({query.value(0).toString(),
                          roleFromKey(query.value(1).toString()).value_or(Role::Cashier),
                          std::nullopt,
                          {}});
    return operators;
}

} // namespace caisse
