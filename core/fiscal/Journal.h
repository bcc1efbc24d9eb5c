#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "fiscal/Ed25519Key.h"
#include "fiscal/JournalEntry.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace caisse {

class Database;
class SecretStore;

/** The types of journal records; the TICKET chain holds all but EVENT, which is the technical events' (JET) chain. */
namespace RecordType {
inline constexpr QLatin1String Genesis("GENESIS");
inline constexpr QLatin1String Ticket("TICKET");
inline constexpr QLatin1String AbandonedTicket("TICKET_ABANDONED");
inline constexpr QLatin1String Duplicate("DUPLICATE");
inline constexpr QLatin1String CloseDay("CLOSE_DAY");
inline constexpr QLatin1String CloseMonth("CLOSE_MONTH");
inline constexpr QLatin1String CloseYear("CLOSE_YEAR");
inline constexpr QLatin1String Archive("ARCHIVE");
/** Written before a record whose time is earlier than the record before it: the clock was set back. */
inline constexpr QLatin1String ClockBack("CLOCK_BACK");
inline constexpr QLatin1String Event("EVENT");
} // namespace RecordType

/**
 * The register's fiscal journal: records appended to one hash chain per register, each holding the hash of the one
 * before, in canonical bytes (CanonicalJson), signed when the register has its key. append() runs inside the caller's
 * transaction, so a ticket and its journal record are written together or not at all. The first append of a chain
 * writes its GENESIS record (register, shop, currency, software version, public key).
 */
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(caisse::Journal)

public:
    static constexpr int kFormat = 1;

    Journal(Database& database, QString chain, std::optional<Ed25519Key> key = std::nullopt);

    /**
     * The register's signing key from the secret store, made and stored on the first start. A key that was made
     * before but cannot be read now is an error, never replaced by a new one: that would split the chain.
     */
    static Result<Ed25519Key> signingKey(Database& database, SecretStore& secrets, const QString& chain);

    /** Appends a record of type with data at time; objectUuid links it to a ticket. Call inside a Transaction. */
    Result<JournalEntry> append(const QString& type, const QJsonObject& data, const QDateTime& time,
                                const QString& objectUuid = {});

    /** The hash of the record journaling a ticket; NotFound when there is none. */
    Result<QString> hashOfObject(const QString& objectUuid);
    /** The data of record seq, empty when there is none. */
    Result<QJsonObject> recordData(qint64 seq);
    /** The data of the chain's last record of type, empty when there is none. */
    Result<QJsonObject> lastDataOfType(const QString& type);
    /** The data of the chain's last record of type whose data field equals value; empty when there is none. */
    Result<QJsonObject> lastDataWith(const QString& type, const QString& field, const QVariant& value);

private:
    Result<JournalEntry> write(qint64 seq, const QString& previous, const QString& type, const QJsonObject& data,
                               const QDateTime& time, const QString& objectUuid);
    Result<QJsonObject> genesisData();
    /** The data of the first record matching condition (SQL after WHERE, with ? for values); empty when none. */
    Result<QJsonObject> dataOfFirst(const QString& condition, const QVariantList& values);

    Database& m_database;
    QString m_chain;
    std::optional<Ed25519Key> m_key;
};

} // namespace caisse
