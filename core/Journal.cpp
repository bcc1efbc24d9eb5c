#include "Journal.h"

#include "CanonicalJson.h"
#include "Database.h"
#include "SecretStore.h"
#include "Settings.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace caisse {

namespace {

const QString kGenesis = QStringLiteral("GENESIS");

} // namespace

Journal::Journal(Database& database, QString chain, std::optional<Ed25519Key> key)
    : m_database(database)
    , m_chain(std::move(chain))
    , m_key(std::move(key))
{ }

Result<Ed25519Key> Journal::signingKey(Database& database, SecretStore& secrets, const QString& chain)
{
    const QString name = QStringLiteral("journal-signing-key-") + chain;
    const auto stored = secrets.read(name);
    if (stored)
        return Ed25519Key::fromPrivateSeed(*stored);
    if (stored.error().code != Error::Code::NotFound)
        return std::unexpected(stored.error());
    const auto genesis = Journal(database, chain).recordData(0);
    if (!genesis)
        return std::unexpected(genesis.error());
    if (!genesis->value(QStringLiteral("pubkey_ed25519")).toString().isEmpty())
        return failure(Error::Code::NotFound,
                       tr("The signing key of fiscal journal %1 is missing from this computer's secret store. Restore "
                          "it before selling: a new key would break the journal.")
                           .arg(chain));
    auto key = Ed25519Key::generate();
    if (!key)
        return key;
    if (auto written = secrets.write(name, key->privateSeed()); !written)
        return std::unexpected(written.error());
    return key;
}

Result<QJsonObject> Journal::recordData(qint64 seq)
{
    return dataOfFirst(QStringLiteral("chain = ? AND seq = ?"), {m_chain, seq});
}

QJsonObject Journal::genesisData()
{
    const Settings settings(m_database);
    const Currency currency = settings.currency();
    QString siret = settings.shop().siret;
    siret.remove(u' ');
    return {{QStringLiteral("currency"), currency.code()},
            {QStringLiteral("minor_units"), currency.exponent()},
            {QStringLiteral("pubkey_ed25519"),
             m_key ? QJsonValue(QString::fromLatin1(m_key->publicKey().toHex())) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("register"), m_chain},
            {QStringLiteral("siret"), siret},
            {QStringLiteral("software"), QStringLiteral("Caisse")},
            {QStringLiteral("version"), QStringLiteral(CAISSE_VERSION)}};
}

Result<JournalEntry> Journal::append(const QString& type, const QJsonObject& data, const QDateTime& time,
                                     const QString& objectUuid)
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query, QStringLiteral("SELECT seq, hash FROM journal WHERE chain = ? ORDER BY seq DESC LIMIT 1"),
            {m_chain});
        !ran)
        return std::unexpected(ran.error());
    JournalEntry previous;
    if (query.next()) {
        previous.seq = query.value(0).toLongLong();
        previous.hash = query.value(1).toString();
    } else {
        auto genesis = write(0, QString(64, u'0'), kGenesis, genesisData(), time, {});
        if (!genesis)
            return genesis;
        previous = *genesis;
    }
    return write(previous.seq + 1, previous.hash, type, data, time, objectUuid);
}

Result<JournalEntry> Journal::write(qint64 seq, const QString& previous, const QString& type, const QJsonObject& data,
                                    const QDateTime& time, const QString& objectUuid)
{
    const QString timestamp = toStorageTime(time);
    const QJsonObject record {{QStringLiteral("chain"), m_chain}, {QStringLiteral("data"), data},
                              {QStringLiteral("prev"), previous}, {QStringLiteral("seq"), seq},
                              {QStringLiteral("ts"), timestamp},  {QStringLiteral("type"), type},
                              {QStringLiteral("v"), kFormat}};
    auto payload = CanonicalJson::serialize(record);
    if (!payload)
        return std::unexpected(payload.error());
    const QByteArray hash = QCryptographicHash::hash(*payload, QCryptographicHash::Sha256);
    QVariant signature;
    if (m_key) {
        auto signed_ = m_key->sign(hash);
        if (!signed_)
            return std::unexpected(signed_.error());
        signature = *signed_;
    }
    JournalEntry entry {seq, QString::fromLatin1(hash.toHex()), *payload};
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("INSERT INTO journal(chain, seq, type, ts_utc, payload, hash, sig, "
                                                "key_id, fmt, object_uuid) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                 {m_chain, seq, type, timestamp, entry.payload, entry.hash, signature,
                                  m_key ? QString::fromLatin1(m_key->publicKey().toHex().left(16)) : QString(), kFormat,
                                  objectUuid.isEmpty() ? QVariant() : QVariant(objectUuid)});
        !ran)
        return std::unexpected(ran.error());
    return entry;
}

Result<QString> Journal::hashOfObject(const QString& objectUuid)
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query, QStringLiteral("SELECT hash FROM journal WHERE object_uuid = ? AND chain = ?"),
                                 {objectUuid, m_chain});
        !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return failure(Error::Code::NotFound, tr("The ticket has no record in the fiscal journal."));
    return query.value(0).toString();
}

Result<QJsonObject> Journal::lastDataOfType(const QString& type)
{
    return dataOfFirst(QStringLiteral("chain = ? AND type = ? ORDER BY seq DESC LIMIT 1"), {m_chain, type});
}

Result<QJsonObject> Journal::dataOfFirst(const QString& condition, const QVariantList& values)
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query, QStringLiteral("SELECT payload FROM journal WHERE ") + condition, values); !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return QJsonObject();
    return QJsonDocument::fromJson(query.value(0).toByteArray()).object().value(QStringLiteral("data")).toObject();
}

Result<qint64> Journal::verify()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto ran = Database::run(
            query, QStringLiteral("SELECT seq, payload, hash, sig FROM journal WHERE chain = ? ORDER BY seq"),
            {m_chain});
        !ran)
        return std::unexpected(ran.error());
    qint64 expected = 0;
    QString previous(64, u'0');
    QByteArray publicKey;
    const auto broken = [&](const QString& what) {
        return failure(Error::Code::Corrupt,
                       tr("Fiscal journal %1, record %2: %3.").arg(m_chain).arg(expected).arg(what));
    };
    while (query.next()) {
        const qint64 seq = query.value(0).toLongLong();
        const QByteArray payload = query.value(1).toByteArray();
        if (seq != expected)
            return broken(tr("record missing (the next one is %1)").arg(seq));
        const QByteArray hash = QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
        if (QString::fromLatin1(hash.toHex()) != query.value(2).toString())
            return broken(tr("its content does not match its hash"));
        const QJsonObject record = QJsonDocument::fromJson(payload).object();
        if (record.value(QStringLiteral("prev")).toString() != previous
            || record.value(QStringLiteral("seq")).toInteger(-1) != seq
            || record.value(QStringLiteral("chain")).toString() != m_chain)
            return broken(tr("it is not linked to the record before it"));
        if (seq == 0) {
            if (record.value(QStringLiteral("type")).toString() != kGenesis)
                return broken(tr("the chain does not start with its genesis record"));
            publicKey = QByteArray::fromHex(record.value(QStringLiteral("data"))
                                                .toObject()
                                                .value(QStringLiteral("pubkey_ed25519"))
                                                .toString()
                                                .toLatin1());
        }
        const QByteArray signature = query.value(3).toByteArray();
        if (!publicKey.isEmpty() && !Ed25519Key::verify(publicKey, hash, signature))
            return broken(tr("its signature is not the register's"));
        previous = QString::fromLatin1(hash.toHex());
        ++expected;
    }
    return expected;
}

} // namespace caisse
