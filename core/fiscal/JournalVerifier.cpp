#include "fiscal/JournalVerifier.h"

#include "fiscal/ClosureRecord.h"
#include "fiscal/Ed25519Key.h"
#include "fiscal/Journal.h"
#include "fiscal/TicketRecord.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace caisse {

namespace {

bool isClosure(const QString& type)
{
    return type == RecordType::CloseDay || type == RecordType::CloseMonth || type == RecordType::CloseYear;
}

/** The first key whose value differs, to name what a closure got wrong. */
QString firstDifference(const QJsonObject& expected, const QJsonObject& actual)
{
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (actual.value(it.key()) != it.value())
            return it.key();
    }
    return {};
}

} // namespace

JournalVerifier::JournalVerifier(QString chain, Signatures signatures, QByteArray expectedPublicKey)
    : m_chain(std::move(chain))
    , m_signatures(signatures)
    , m_expectedPublicKey(std::move(expectedPublicKey))
    , m_previousHash(64, u'0')
{ }

void JournalVerifier::continueAt(qint64 seq, const QString& previousHash, Boundary boundary)
{
    m_expectedSeq = seq;
    m_previousHash = previousHash;
    m_lastTicketNumber.reset();
    m_grandTotals.reset();
    m_day = {};
    m_month = {};
    m_year = {};
    m_dayComplete = true;
    m_monthComplete = true;
    m_yearComplete = boundary == Boundary::Year;
}

std::unexpected<Error> JournalVerifier::fault(qint64 seq, const QString& what) const
{
    return failure(Error::Code::Corrupt, tr("Fiscal journal %1, record %2: %3.").arg(m_chain).arg(seq).arg(what));
}

std::unexpected<Error> JournalVerifier::signatureFault(qint64 seq)
{
    m_signatureFault = true;
    return fault(seq, tr("its signature is not the register's"));
}

Result<void> JournalVerifier::add(const StoredRecord& stored)
{
    const qint64 seq = m_expectedSeq;
    if (stored.seq != seq)
        return fault(seq, tr("record missing (the next one is %1)").arg(stored.seq));
    const QByteArray hash = QCryptographicHash::hash(stored.payload, QCryptographicHash::Sha256);
    const QString hashHex = QString::fromLatin1(hash.toHex());
    if (hashHex != stored.hash)
        return fault(seq, tr("its content does not match its hash"));
    const QJsonObject record = QJsonDocument::fromJson(stored.payload).object();
    if (record.value(QStringLiteral("prev")).toString() != m_previousHash
        || record.value(QStringLiteral("seq")).toInteger(-1) != seq
        || record.value(QStringLiteral("chain")).toString() != m_chain) {
        // A record changed and hashed again breaks the link of the next one; its own signature tells which it was.
        if (m_last && !m_publicKey.isEmpty()
            && !Ed25519Key::verify(m_publicKey, QByteArray::fromHex(m_last->hash.toLatin1()), m_last->signature))
            return signatureFault(m_last->seq);
        return fault(seq, tr("it is not linked to the record before it"));
    }
    const QString type = record.value(QStringLiteral("type")).toString();
    const QJsonObject data = record.value(QStringLiteral("data")).toObject();
    if (seq == 0) {
        if (type != RecordType::Genesis)
            return fault(seq, tr("the chain does not start with its genesis record"));
        m_publicKey = QByteArray::fromHex(data.value(QStringLiteral("pubkey_ed25519")).toString().toLatin1());
        if (!m_expectedPublicKey.isEmpty() && m_publicKey != m_expectedPublicKey)
            return fault(
                seq,
                tr("its public key %1 is not the register's key %2")
                    .arg(QString::fromLatin1(m_publicKey.toHex()), QString::fromLatin1(m_expectedPublicKey.toHex())));
    }
    const bool anchor = seq == 0 || isClosure(type) || type == RecordType::Archive;
    const bool signed_ = !m_publicKey.isEmpty();
    if (signed_ && (m_signatures == Signatures::Every || anchor)
        && !Ed25519Key::verify(m_publicKey, hash, stored.signature))
        return signatureFault(seq);

    const QString time = record.value(QStringLiteral("ts")).toString();
    Result<void> checked;
    if (time < m_previousTime && type != RecordType::ClockBack)
        checked = fault(seq,
                        tr("its time %1 is earlier than the record before it (%2) and no clock change was "
                           "recorded")
                            .arg(time, m_previousTime));
    else if (type == RecordType::Ticket)
        checked = checkTicket(seq, data, hashHex);
    else if (type == RecordType::Duplicate)
        m_day.addDuplicate();
    else if (isClosure(type))
        checked = checkClosure(seq, type, data);
    if (!checked) {
        // Content that does not add up but was signed by someone else: say it was not the register that wrote it.
        if (signed_ && !Ed25519Key::verify(m_publicKey, hash, stored.signature))
            return signatureFault(seq);
        return checked;
    }
    m_previousTime = time;
    m_previousHash = hashHex;
    m_last = stored;
    ++m_expectedSeq;
    return {};
}

Result<void> JournalVerifier::checkTicket(qint64 seq, const QJsonObject& data, const QString& hash)
{
    const auto ticket = TicketRecord::fromJson(data);
    if (!ticket)
        return fault(seq, ticket.error().message);
    const qint64 number = ticket->number;
    if (m_lastTicketNumber && number != *m_lastTicketNumber + 1)
        return fault(seq, tr("ticket %1 follows ticket %2: tickets are missing").arg(number).arg(*m_lastTicketNumber));
    const qint64 total = ticket->total;
    qint64 vatTotal = 0;
    for (const ClosureRecord::VatRow& row : ticket->vat)
        vatTotal += row.total;
    if (vatTotal != total || ticket->totalExclVat + ticket->totalVat != total)
        return fault(seq, tr("ticket %1's total does not equal its VAT table").arg(number));
    const qint64 gt = ticket->grandTotal;
    const qint64 gtAbs = ticket->grandTotalAbsolute;
    if (!m_grandTotals && seq == 1)
        m_grandTotals = {0, 0};
    if (m_grandTotals
        && (gt != m_grandTotals->first + total || gtAbs != m_grandTotals->second + (total < 0 ? -total : total)))
        return fault(seq, tr("the perpetual grand total after ticket %1 does not continue the one before").arg(number));
    m_grandTotals = {gt, gtAbs};
    m_lastTicketNumber = number;
    ++m_ticketCount;
    m_day.addTicket(*ticket, hash);
    return {};
}

Result<void> JournalVerifier::checkClosure(qint64 seq, const QString& type, const QJsonObject& data)
{
    PeriodTotals* totals = &m_day;
    bool* complete = &m_dayComplete;
    PeriodTotals* next = &m_month;
    if (type == RecordType::CloseMonth) {
        totals = &m_month;
        complete = &m_monthComplete;
        next = &m_year;
    } else if (type == RecordType::CloseYear) {
        totals = &m_year;
        complete = &m_yearComplete;
        next = nullptr;
    }
    const auto closure = ClosureRecord::fromJson(data);
    if (!closure)
        return fault(seq, closure.error().message);
    if (*complete) {
        const auto [gt, gtAbs] = m_grandTotals.value_or(std::pair {closure->grandTotal, closure->grandTotalAbsolute});
        // Compared as stored, field by field: the record must be exactly what the sum writes.
        QJsonObject expected = totals->closure(closure->period, gt, gtAbs).toJson();
        // The reference vectors' closures predate the totals per payment method.
        if (!data.contains(QStringLiteral("payments")))
            expected.remove(QStringLiteral("payments"));
        if (expected != data)
            return fault(seq,
                         tr("closure %1 does not equal the sum of what it closes (%2)")
                             .arg(closure->period, firstDifference(expected, data)));
    }
    if (next)
        next->addClosure(*closure);
    *totals = {};
    *complete = true;
    return {};
}

Result<qint64> JournalVerifier::finish()
{
    if (m_last && !m_publicKey.isEmpty()
        && !Ed25519Key::verify(m_publicKey, QByteArray::fromHex(m_last->hash.toLatin1()), m_last->signature))
        return signatureFault(m_last->seq);
    return m_expectedSeq;
}

ChainReport JournalVerifier::verifyChain(Database& database, const QString& chain, Signatures signatures,
                                         const QByteArray& expectedPublicKey, SalesCheck sales)
{
    ChainReport report;
    report.chain = chain;
    JournalVerifier verifier(chain, signatures, expectedPublicKey);
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    Result<void> checked = Database::run(
        query, QStringLiteral("SELECT seq, payload, hash, sig FROM journal WHERE chain = ? ORDER BY seq"), {chain});
    while (checked && query.next())
        checked = verifier.add({query.value(0).toLongLong(), query.value(1).toByteArray(), query.value(2).toString(),
                                query.value(3).toByteArray()});
    query.finish();
    Result<qint64> finished = checked ? verifier.finish() : std::unexpected(checked.error());
    if (!finished && verifier.m_signatureFault && signatures == Signatures::Anchors)
        // A signature that does not hold covers every record before it: find the first one that was re-signed.
        return verifyChain(database, chain, Signatures::Every, expectedPublicKey, sales);
    if (finished && sales == SalesCheck::Compare) {
        // The end of a journal can be cut off without breaking a link: the committed sales say how far it went.
        const auto ran = Database::run(
            query, QStringLiteral("SELECT COUNT(*), COALESCE(MAX(number), 0) FROM tickets WHERE register_id = ?"),
            {chain});
        if (!ran)
            finished = std::unexpected(ran.error());
        else if (query.next()) {
            const qint64 soldCount = query.value(0).toLongLong();
            const qint64 lastSold = query.value(1).toLongLong();
            if (soldCount != verifier.ticketCount() || lastSold != verifier.lastTicketNumber())
                finished = verifier.fault(verifier.lastSeq() + 1,
                                          tr("missing: the sales hold %1 tickets up to number %2, the journal %3 up "
                                             "to number %4; its end was cut off or sales were deleted")
                                              .arg(soldCount)
                                              .arg(lastSold)
                                              .arg(verifier.ticketCount())
                                              .arg(verifier.lastTicketNumber()));
        }
    }
    report.records = verifier.lastSeq() + 1;
    report.lastSeq = verifier.lastSeq();
    report.lastHash = verifier.lastHash();
    if (!finished)
        report.fault = finished.error().message;
    return report;
}

Result<QList<ChainReport>> JournalVerifier::verifyDatabase(Database& database, Signatures signatures,
                                                           const QByteArray& expectedPublicKey)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (auto ran = Database::exec(query, QStringLiteral("SELECT DISTINCT chain FROM journal ORDER BY chain")); !ran)
        return std::unexpected(ran.error());
    QStringList chains;
    while (query.next())
        chains.append(query.value(0).toString());
    QList<ChainReport> reports;
    for (const QString& chain : chains)
        reports.append(verifyChain(database, chain, signatures, expectedPublicKey));
    return reports;
}

Result<qint64> JournalVerifier::check(Database& database, const QString& chain)
{
    const ChainReport report = verifyChain(database, chain, Signatures::Every, {}, SalesCheck::Skip);
    if (!report.fault.isEmpty())
        return failure(Error::Code::Corrupt, report.fault);
    return report.records;
}

} // namespace caisse
