#include "fiscal/FiscalArchive.h"

#include "base/Currency.h"
#include "base/Money.h"
#include "base/MoneyFormat.h"
#include "fiscal/CanonicalJson.h"
#include "fiscal/ClosureRecord.h"
#include "fiscal/TicketRecord.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcArchive, "caisse.archive")

namespace caisse {

namespace {

const QString kManifest = QStringLiteral("manifest.json");
const QString kManifestSignature = QStringLiteral("manifest.sig");
const QString kJournal = QStringLiteral("journal.jsonl");
const QString kSignatures = QStringLiteral("signatures.csv");

const char* const kReadme
    = "Caisse fiscal archive (format 1)\n"
      "================================\n\n"
      "journal.jsonl   One journal record per line: the exact UTF-8 bytes that were hashed. The first line is the\n"
      "                chain's GENESIS record (register, SIRET, currency, software, Ed25519 public key); the others\n"
      "                are the period's records in order. Each record holds the SHA-256 of the one before (\"prev\").\n"
      "signatures.csv  seq,sha256,ed25519_signature_base64 for each line of journal.jsonl. sha256 is the lowercase\n"
      "                hex SHA-256 of the line; the signature is over the 32 raw bytes of that hash.\n"
      "tickets.csv     The period's tickets, amounts in the currency's units (decimal point).\n"
      "closures.csv    The period's daily, monthly and yearly closures with their perpetual grand totals.\n"
      "public_key.txt  The register's Ed25519 public key (hex), as in the GENESIS record.\n"
      "manifest.json   Period, first and last record, the hash of the record just before the period, and the\n"
      "                SHA-256 of every file; manifest.sig is the Ed25519 signature (base64) of "
      "SHA-256(manifest.json).\n\n"
      "Check it with: caisse-verify <this folder>, or with any JSON, SHA-256 and Ed25519 tool\n"
      "(openssl pkeyutl -verify -pubin -rawin).\n";

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QByteArray csvLine(const QStringList& fields)
{
    QStringList quoted;
    for (const QString& field : fields)
        quoted << csvField(field);
    return quoted.join(u',').toUtf8() + "\r\n";
}

struct ArchivedRecord
{
    qint64 seq = 0;
    QString type;
    QString time;
    QByteArray payload;
    QString hash;
    QByteArray signature;
};

QJsonObject dataOf(const QByteArray& payload)
{
    return QJsonDocument::fromJson(payload).object().value(QStringLiteral("data")).toObject();
}

/** The human views: one line per ticket, one per closure, amounts as decimals of the currency. */
Result<std::pair<QByteArray, QByteArray>> csvViews(const QList<ArchivedRecord>& records, const Currency& currency)
{
    const auto money = [&](qint64 minor) {
        return MoneyFormat::formatAmount(minor, currency, QLocale::c());
    };
    QByteArray tickets
        = csvLine({QStringLiteral("no"), QStringLiteral("time_utc"), QStringLiteral("operator"),
                   QStringLiteral("total_incl_vat"), QStringLiteral("total_excl_vat"), QStringLiteral("vat"),
                   QStringLiteral("payments"), QStringLiteral("refund_of"), QStringLiteral("sha256")});
    QByteArray closures
        = csvLine({QStringLiteral("type"), QStringLiteral("period"), QStringLiteral("tickets"),
                   QStringLiteral("first_ticket"), QStringLiteral("last_ticket"), QStringLiteral("total_incl_vat"),
                   QStringLiteral("grand_total"), QStringLiteral("sha256")});
    for (const ArchivedRecord& record : records) {
        const QJsonObject data = dataOf(record.payload);
        if (record.type == RecordType::Ticket) {
            const auto ticket = TicketRecord::fromJson(data);
            if (!ticket)
                return std::unexpected(ticket.error());
            QStringList payments;
            for (const TicketRecord::Payment& payment : ticket->payments)
                payments << payment.method + u' ' + money(payment.amount);
            tickets
                += csvLine({QString::number(ticket->number), record.time, ticket->operatorName, money(ticket->total),
                            money(ticket->totalExclVat), money(ticket->totalVat), payments.join(QStringLiteral("; ")),
                            ticket->refundOf ? QString::number(ticket->refundOf->number) : QString(), record.hash});
        } else if (record.type.startsWith(QStringLiteral("CLOSE_"))) {
            const auto closure = ClosureRecord::fromJson(data);
            if (!closure)
                return std::unexpected(closure.error());
            closures += csvLine({record.type, closure->period, QString::number(closure->tickets),
                                 closure->firstTicket ? QString::number(*closure->firstTicket) : QString(),
                                 closure->lastTicket ? QString::number(*closure->lastTicket) : QString(),
                                 money(closure->total), money(closure->grandTotal), record.hash});
        }
    }
    return std::pair {tickets, closures};
}

Result<void> writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failure(Error::Code::Storage,
                       FiscalArchive::tr("The archive file %1 could not be written: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

FiscalArchive::FiscalArchive(Database& database, const Clock& clock, const QString& registerId, TechnicalEvents& events,
                             Ed25519Key key)
    : m_database(database)
    , m_clock(clock)
    , m_chain(registerId)
    , m_events(events)
    , m_key(std::move(key))
{ }

Result<QString> FiscalArchive::create(const QString& period, const QString& parentDir, const Operator& by)
{
    if (auto allowed = by.require(Permission::Archive); !allowed)
        return std::unexpected(allowed.error());
    const bool year = period.size() == 4;
    const QString closeType = year ? RecordType::CloseYear : RecordType::CloseMonth;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto ran = Database::run(query,
                                 QStringLiteral("SELECT seq, hash FROM journal WHERE chain = ? AND type = ? AND "
                                                "json_extract(CAST(payload AS TEXT), '$.data.period') = ?"),
                                 {m_chain, closeType, period});
        !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return failure(Error::Code::NotFound,
                       tr("%1 is not closed yet: only closed periods are archived. A month is closed by the first sale "
                          "or start of the register after it ends.")
                           .arg(period));
    const qint64 lastSeq = query.value(0).toLongLong();
    const QString closureHash = query.value(1).toString();
    if (auto ran = Database::run(
            query,
            QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM journal WHERE chain = ? AND type = ? AND seq < ?"),
            {m_chain, closeType, lastSeq});
        !ran)
        return std::unexpected(ran.error());
    query.next();
    const qint64 firstSeq = query.value(0).toLongLong();

    if (auto ran = Database::run(query,
                                 QStringLiteral("SELECT seq, type, ts_utc, payload, hash, sig FROM journal WHERE chain "
                                                "= ? AND (seq = 0 OR seq >= ?) AND seq <= ? ORDER BY seq"),
                                 {m_chain, firstSeq - 1, lastSeq});
        !ran)
        return std::unexpected(ran.error());
    QList<ArchivedRecord> records;
    QString previousHash;
    while (query.next()) {
        ArchivedRecord record {query.value(0).toLongLong(),  query.value(1).toString(), query.value(2).toString(),
                               query.value(3).toByteArray(), query.value(4).toString(), query.value(5).toByteArray()};
        if (record.seq == firstSeq - 1)
            previousHash = record.hash;
        if (record.seq == 0 || record.seq >= firstSeq)
            records.append(record);
    }
    query.finish();
    const QJsonObject genesis = dataOf(records.first().payload);
    const auto views = csvViews(records, Currency::fromCode(genesis.value(QStringLiteral("currency")).toString()));
    if (!views)
        return std::unexpected(views.error());

    const QDir parent(parentDir);
    const QString folderName = QStringLiteral("caisse-archive-%1-%2").arg(m_chain, period);
    const QString folder = parent.filePath(folderName);
    if (QFileInfo::exists(folder))
        return failure(Error::Code::BusinessRule,
                       tr("The archive %1 already exists; an archive is never written over.").arg(folder));
    if (!parent.mkpath(folderName))
        return failure(Error::Code::Storage, tr("The folder %1 could not be created.").arg(folder));

    QByteArray journal;
    QByteArray signatures = csvLine({QStringLiteral("seq"), QStringLiteral("sha256"), QStringLiteral("signature")});
    for (const ArchivedRecord& record : records) {
        journal += record.payload + '\n';
        signatures
            += csvLine({QString::number(record.seq), record.hash, QString::fromLatin1(record.signature.toBase64())});
    }
    const auto& [tickets, closures] = *views;
    const QByteArray publicKey = m_key.publicKey().toHex();
    const QList<std::pair<QString, QByteArray>> files {{kJournal, journal},
                                                       {kSignatures, signatures},
                                                       {QStringLiteral("tickets.csv"), tickets},
                                                       {QStringLiteral("closures.csv"), closures},
                                                       {QStringLiteral("public_key.txt"), publicKey + '\n'},
                                                       {QStringLiteral("README.txt"), QByteArray(kReadme)}};
    QJsonObject hashes;
    for (const auto& [name, bytes] : files) {
        if (auto written = writeFile(QDir(folder).filePath(name), bytes); !written)
            return std::unexpected(written.error());
        hashes.insert(name, sha256Hex(bytes));
    }
    const QJsonObject manifest {{QStringLiteral("chain"), m_chain},
                                {QStringLiteral("closure_hash"), closureHash},
                                {QStringLiteral("created"), toStorageTime(m_clock.nowUtc())},
                                {QStringLiteral("files"), hashes},
                                {QStringLiteral("first_seq"), firstSeq},
                                {QStringLiteral("format"), 1},
                                {QStringLiteral("kind"), year ? QStringLiteral("year") : QStringLiteral("month")},
                                {QStringLiteral("last_seq"), lastSeq},
                                {QStringLiteral("period"), period},
                                {QStringLiteral("previous_hash"), previousHash},
                                {QStringLiteral("public_key"), QString::fromLatin1(publicKey)},
                                {QStringLiteral("software"), QStringLiteral("Caisse")},
                                {QStringLiteral("version"), QStringLiteral(CAISSE_VERSION)}};
    const auto manifestBytes = CanonicalJson::serialize(manifest);
    if (!manifestBytes)
        return std::unexpected(manifestBytes.error());
    const QByteArray manifestHash = QCryptographicHash::hash(*manifestBytes, QCryptographicHash::Sha256);
    const auto signature = m_key.sign(manifestHash);
    if (!signature)
        return std::unexpected(signature.error());
    for (const auto& [name, bytes] :
         {std::pair {kManifest, *manifestBytes}, std::pair {kManifestSignature, signature->toBase64() + '\n'}}) {
        if (auto written = writeFile(QDir(folder).filePath(name), bytes); !written)
            return std::unexpected(written.error());
    }

    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const QJsonObject archived {{QStringLiteral("first_seq"), firstSeq},
                                {QStringLiteral("kind"), manifest.value(QStringLiteral("kind"))},
                                {QStringLiteral("last_seq"), lastSeq},
                                {QStringLiteral("manifest_sha256"), QString::fromLatin1(manifestHash.toHex())},
                                {QStringLiteral("period"), period}};
    if (auto appended = Journal(m_database, m_chain, m_key).append(RecordType::Archive, archived, m_clock.nowUtc());
        !appended)
        return std::unexpected(appended.error());
    if (auto recorded = m_events.record(
            year ? TechnicalEvents::Code::YearArchive : TechnicalEvents::Code::PeriodArchive, by.name, archived);
        !recorded)
        return std::unexpected(recorded.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    qCInfo(lcArchive) << "archived" << m_chain << period << "records" << firstSeq << "to" << lastSeq << "in" << folder;
    return folder;
}

ChainReport FiscalArchive::verify(const QString& folder, JournalVerifier::Signatures signatures,
                                  const QByteArray& expectedPublicKey)
{
    ChainReport report;
    const QDir dir(folder);
    const auto read = [&](const QString& name) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray manifestBytes = read(kManifest);
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
    report.chain = manifest.value(QStringLiteral("chain")).toString();
    const auto broken = [&](const QString& what) {
        report.fault = tr("Archive %1: %2.").arg(folder, what);
        return report;
    };
    if (manifest.isEmpty())
        return broken(tr("its manifest is missing or unreadable"));
    const QByteArray publicKey
        = QByteArray::fromHex(manifest.value(QStringLiteral("public_key")).toString().toLatin1());
    if (!expectedPublicKey.isEmpty() && publicKey != expectedPublicKey)
        return broken(tr("it was signed with key %1, not the register's key %2")
                          .arg(QString::fromLatin1(publicKey.toHex()), QString::fromLatin1(expectedPublicKey.toHex())));
    if (!Ed25519Key::verify(publicKey, QCryptographicHash::hash(manifestBytes, QCryptographicHash::Sha256),
                            QByteArray::fromBase64(read(kManifestSignature).trimmed())))
        return broken(tr("its manifest is not signed by the register's key"));

    // Records first, so that an edited record is named; then the files, which catches edits of the views.
    QHash<qint64, std::pair<QString, QByteArray>> proofs;
    const QList<QByteArray> signatureLines = read(kSignatures).split('\n');
    for (qsizetype i = 1; i < signatureLines.size(); ++i) {
        const QList<QByteArray> fields = signatureLines[i].trimmed().split(',');
        if (fields.size() == 3)
            proofs.insert(fields[0].toLongLong(), {QString::fromLatin1(fields[1]), QByteArray::fromBase64(fields[2])});
    }
    JournalVerifier verifier(report.chain, signatures, publicKey);
    const qint64 firstSeq = manifest.value(QStringLiteral("first_seq")).toInteger();
    bool first = true;
    Result<void> checked;
    for (const QByteArray& line : read(kJournal).split('\n')) {
        if (line.isEmpty())
            continue;
        const qint64 seq = QJsonDocument::fromJson(line).object().value(QStringLiteral("seq")).toInteger(-1);
        if (!first && seq > 0 && verifier.lastSeq() == 0 && firstSeq > 1)
            verifier.continueAt(firstSeq, manifest.value(QStringLiteral("previous_hash")).toString(),
                                manifest.value(QStringLiteral("kind")).toString() == QStringLiteral("year")
                                    ? JournalVerifier::Boundary::Year
                                    : JournalVerifier::Boundary::Month);
        first = false;
        const auto proof = proofs.value(seq);
        checked = verifier.add({seq, line, proof.first, proof.second});
        if (!checked)
            break;
    }
    Result<qint64> finished = checked ? verifier.finish() : std::unexpected(checked.error());
    report = verifier.report(finished);
    if (!finished)
        return report;
    if (verifier.lastSeq() != manifest.value(QStringLiteral("last_seq")).toInteger()
        || verifier.lastHash() != manifest.value(QStringLiteral("closure_hash")).toString())
        return broken(tr("its journal does not end with the closure of %1")
                          .arg(manifest.value(QStringLiteral("period")).toString()));
    const QJsonObject files = manifest.value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (sha256Hex(read(it.key())) != it.value().toString())
            return broken(tr("file %1 was changed or removed after the archive was made").arg(it.key()));
    }
    return report;
}

} // namespace caisse
