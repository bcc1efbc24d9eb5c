#include "fiscal/Journal.h"

#include "fiscal/CanonicalJson.h"
#include "fiscal/JournalEnd.h"
#include "storage/Database.h"
#include "storage/SecretStore.h"
#include "storage/Settings.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace caisse {

Journal::Journal(Database& database, QString chain, std::optional<Ed25519Key> key)
    : m_database(database)
    , m_chain(std::move(chain))
    , m_key(std::move(key))
{ }

Result<Ed25519Key> Journal::signingKey(Database& database, SecretStore& secrets, const QString& chain)
{
    const QString name = QStringLiteral("journal-signing-key-") + chain;
    const auto genesis = Journal(database, chain).recordData(0);
    if (!genesis)
        return std::unexpected(genesis.error());
    const QString journalKey = genesis->value(QStringLiteral("pubkey_ed25519")).toString();
    const auto stored = secrets.read(name);
    if (stored) {
        auto key = Ed25519Key::fromPrivateSeed(*stored);
        // A register that signs never continues a chain without a key: its signatures were stripped.
        if (key && !genesis->isEmpty() && journalKey.isEmpty())
            return failure(Error::Code::Corrupt,
                           tr("Fiscal journal %1 is not signed, though this register signs it: its signatures were "
                              "removed. Do not sell on this register; call support.")
                               .arg(chain));
        if (key && !journalKey.isEmpty() && QString::fromLatin1(key->publicKey().toHex()) != journalKey)
            return failure(Error::Code::Corrupt,
                           tr("Fiscal journal %1 was signed with another key than this register's: it was replaced or "
                              "written again. Do not sell on this register; call support.")
                               .arg(chain));
        return key;
    }
    if (stored.error().code != Error::Code::NotFound)
        return std::unexpected(stored.error());
    if (!journalKey.isEmpty())
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

Result<QJsonObject> Journal::genesisData()
{
    const Settings settings(m_database);
    const auto currency = settings.currency();
    if (!currency)
        return std::unexpected(currency.error());
    const auto shop = settings.shop();
    if (!shop)
        return std::unexpected(shop.error());
    QString siret = shop->siret;
    siret.remove(u' ');
    return QJsonObject {
        {QStringLiteral("currency"), currency->code()},
        {QStringLiteral("minor_units"), currency->exponent()},
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
            query, QStringLiteral("SELECT seq, hash, ts_utc FROM journal WHERE chain = ? ORDER BY seq DESC LIMIT 1"),
            {m_chain});
        !ran)
        return std::unexpected(ran.error());
    JournalEntry previous;
    if (query.next()) {
        previous.seq = query.value(0).toLongLong();
        previous.hash = query.value(1).toString();
        const QString previousTime = query.value(2).toString();
        if (toStorageTime(time) < previousTime) {
            auto clockBack = write(
                previous.seq + 1, previous.hash, RecordType::ClockBack,
                {{QStringLiteral("from"), previousTime}, {QStringLiteral("to"), toStorageTime(time)}}, time, {});
            if (!clockBack)
                return clockBack;
            previous = *clockBack;
        }
    } else {
        const auto genesisFields = genesisData();
        if (!genesisFields)
            return std::unexpected(genesisFields.error());
        auto genesis = write(0, QString(64, u'0'), RecordType::Genesis, *genesisFields, time, {});
        if (!genesis)
            return genesis;
        previous = *genesis;
    }
    auto written = write(previous.seq + 1, previous.hash, type, data, time, objectUuid);
    if (written)
        m_database.afterCommit([path = m_database.path(), end = JournalEnd {m_chain, written->seq, written->hash, {}},
                                key = m_key] { JournalEnd::keep(path, end, key ? &*key : nullptr); });
    return written;
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
    JournalEntry entry {seq, QString::fromLatin1(hash.toHex()), *payload, {}};
    if (m_key) {
        auto signature = m_key->sign(hash);
        if (!signature)
            return std::unexpected(signature.error());
        entry.signature = *signature;
    }
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("INSERT INTO journal(chain, seq, type, ts_utc, payload, hash, sig, "
                                                "key_id, fmt, object_uuid) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                 {m_chain, seq, type, timestamp, entry.payload, entry.hash,
                                  m_key ? QVariant(entry.signature) : QVariant(),
                                  m_key ? QString::fromLatin1(m_key->publicKey().toHex().left(16)) : QString(), kFormat,
                                  objectUuid.isEmpty() ? QVariant() : QVariant(objectUuid)});
        !ran)
        return std::unexpected(ran.error());
    return entry;
}

Result<QString> Journal::hashOfObject(const QString& objectUuid)
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query, QStringLiteral("SELECT hash FROM journal WHERE object_uuid = ? AND chain = ? AND type = ?"),
            {objectUuid, m_chain, QString(RecordType::Ticket)});
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

Result<QJsonObject> Journal::lastDataWith(const QString& type, const QString& field, const QVariant& value)
{
    return dataOfFirst(QStringLiteral("chain = ? AND type = ? AND json_extract(CAST(payload AS TEXT), ?) = ? "
                                      "ORDER BY seq DESC LIMIT 1"),
                       {m_chain, type, QStringLiteral("$.data.") + field, value});
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

} // namespace caisse
