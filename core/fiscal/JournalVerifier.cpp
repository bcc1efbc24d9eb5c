#include "fiscal/JournalVerifier.h"

#include "fiscal/ClosureRecord.h"
#include "fiscal/Ed25519Key.h"
#include "fiscal/Journal.h"
#include "fiscal/JournalEnd.h"
#include "fiscal/TicketRecord.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <utility>

namespace caisse {

namespace {

bool isClosure(const QString& type)
{
    return type == RecordType::CloseDay || type == RecordType::CloseMonth || type == RecordType::CloseYear;
}

/**
 * One snapshot for the chain and the sales tables, so that a sale committed while they are read (a check run beside
 * the counter) is seen in both or in neither. Only where no transaction is open yet.
 */
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database& database)
        : m_database(database)
        , m_own(!database.inTransaction())
    {
        QSqlQuery query(m_database.connection());
        if (m_own)
            m_own = query.exec(QStringLiteral("BEGIN"));
    }
    ~ReadSnapshot() { end(); }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    void end()
    {
        QSqlQuery query(m_database.connection());
        if (std::exchange(m_own, false))
            query.exec(QStringLiteral("END"));
    }

private:
    Database& m_database;
    bool m_own;
};

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
    m_dayComplete = boundary != Boundary::Anywhere;
    m_monthComplete = boundary != Boundary::Anywhere;
    m_yearComplete = boundary == Boundary::Year;
    if (m_publicKey.isEmpty())
        m_publicKey = m_expectedPublicKey;
}

std::unexpected<Error> JournalVerifier::fault(qint64 seq, const QString& what) const
{
    return failure(Error::Code::Corrupt, tr("Fiscal journal %1, record %2: %3.").arg(m_chain).arg(seq).arg(what));
}

std::unexpected<Error> JournalVerifier::signatureFault(qint64 seq, const QString& what)
{
    m_signatureFault = true;
    return fault(seq, what.isEmpty() ? tr("its signature is not the register's") : what);
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
    if (signed_ && stored.signature.isEmpty())
        return signatureFault(seq, tr("it is not signed, though its chain is"));
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
        // The reference vectors' closures predate the totals per payment method, and closures written before this
        // version the refunds, discounts and number.
        for (const QString& later :
             {QStringLiteral("payments"), QStringLiteral("refunds"), QStringLiteral("discounts")})
            if (!data.contains(later))
                expected.remove(later);
        // A closure's number, and what a day's closure says of the drawer, no ticket tells: signed as they were
        // written.
        if (data.contains(QStringLiteral("number")))
            expected.insert(QStringLiteral("number"), data.value(QStringLiteral("number")));
        if (type == RecordType::CloseDay && data.contains(QStringLiteral("cash")))
            expected.insert(QStringLiteral("cash"), data.value(QStringLiteral("cash")));
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

ChainReport JournalVerifier::report(const Result<qint64>& finished) const
{
    ChainReport report;
    report.chain = m_chain;
    report.records = lastSeq() + 1;
    report.lastSeq = lastSeq();
    report.lastHash = lastHash();
    report.publicKey = QString::fromLatin1(m_publicKey.toHex());
    if (!finished)
        report.fault = finished.error().message;
    return report;
}

ChainReport JournalVerifier::verifyChain(Database& database, const QString& chain, Signatures signatures,
                                         const QByteArray& expectedPublicKey, SalesCheck sales)
{
    JournalVerifier verifier(chain, signatures, expectedPublicKey);
    ReadSnapshot snapshot(database);
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    Result<void> checked = Database::run(
        query, QStringLiteral("SELECT seq, payload, hash, sig FROM journal WHERE chain = ? ORDER BY seq"), {chain});
    while (checked && query.next()) {
        checked = verifier.add({query.value(0).toLongLong(), query.value(1).toByteArray(), query.value(2).toString(),
                                query.value(3).toByteArray()});
        // A check run beside the counter stops when the register quits rather than hold it up for seconds.
        constexpr qint64 kRecordsBetweenLooks = 4096;
        if (checked && verifier.lastSeq() % kRecordsBetweenLooks == 0
            && QThread::currentThread()->isInterruptionRequested())
            checked = failure(Error::Code::Storage, tr("The check of fiscal journal %1 was stopped.").arg(chain));
    }
    query.finish();
    Result<qint64> finished = checked ? verifier.finish() : std::unexpected(checked.error());
    QString note;
    if (!finished && verifier.m_signatureFault && signatures == Signatures::Anchors) {
        // A signature that does not hold covers every record before it: find the first one that was re-signed.
        snapshot.end();
        return verifyChain(database, chain, Signatures::Every, expectedPublicKey, sales);
    }
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
        query.finish();
        if (finished) {
            if (auto agree = verifier.compareSales(database); !agree)
                finished = std::unexpected(agree.error());
        }
        // Sales and journal cut off together still agree: only the marker kept outside the database tells. It is read
        // after the snapshot, which a sale committed meanwhile may have left behind it.
        query.finish();
        snapshot.end();
        if (auto ended = finished ? verifier.checkEnd(database) : Result<void>(); !ended) {
            if (ended.error().code == Error::Code::NotFound)
                note = ended.error().message + u' '
                    + tr("Whether records were deleted from its end cannot be told without it.");
            else
                finished = std::unexpected(ended.error());
        }
    }
    ChainReport report = verifier.report(finished);
    report.note = note;
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

Result<void> JournalVerifier::checkEnd(Database& database) const
{
    const auto end = JournalEnd::read(database.path(), m_chain);
    if (!end)
        return std::unexpected(end.error());
    if (!end->signatureHolds(m_publicKey))
        return failure(Error::Code::Corrupt,
                       m_publicKey.isEmpty() && !end->signature.isEmpty()
                           ? tr("Fiscal journal %1 is not signed, but its end marker is: the signatures of the chain "
                                "were removed.")
                                 .arg(m_chain)
                           : tr("Fiscal journal %1: its end marker is not signed with the chain's key.").arg(m_chain));
    const auto hash
        = database.text(QStringLiteral("SELECT hash FROM journal WHERE chain = ? AND seq = ?"), {m_chain, end->seq});
    if (!hash)
        return std::unexpected(hash.error());
    // Beyond what was read, the record may have been committed since (a sale during the check): it must be there now.
    if (end->seq > lastSeq() && hash->isEmpty())
        return fault(lastSeq() + 1,
                     tr("missing: the register wrote the chain up to record %1, as its end marker outside the "
                        "database says; the records after %2 were deleted")
                         .arg(end->seq)
                         .arg(lastSeq()));
    if (*hash != end->hash)
        return fault(end->seq, tr("it is not the record the register wrote there (its end marker holds another hash)"));
    return {};
}

Result<void> JournalVerifier::compareSales(Database& database) const
{
    QSqlQuery tickets(database.connection());
    tickets.setForwardOnly(true);
    if (auto ran = Database::run(
            tickets,
            QStringLiteral(
                "SELECT t.id, t.number, t.operator, t.base_minor, t.vat_minor, t.total_minor, t.ticket_discount_minor, "
                "t.cash_rounding_minor, t.customer_ref, j.seq, j.payload FROM tickets t LEFT JOIN journal j "
                "ON j.object_uuid = t.uuid AND j.chain = t.register_id AND j.type = ? "
                "WHERE t.register_id = ? ORDER BY t.number"),
            {QString(RecordType::Ticket), m_chain});
        !ran)
        return ran;
    QSqlQuery lines(database.connection());
    QSqlQuery vat(database.connection());
    QSqlQuery payments(database.connection());
    for (auto [query, sql] : {std::pair {&lines,
                                         "SELECT label, quantity_milli, sku, total_minor, unit_price_minor, "
                                         "vat_rate_milli_percent, line_discount_minor, "
                                         "ticket_discount_share_minor FROM ticket_lines WHERE ticket_id = ? "
                                         "ORDER BY line_no"},
                              std::pair {&vat,
                                         "SELECT vat_rate_milli_percent, base_minor, vat_minor, total_minor FROM "
                                         "ticket_vat WHERE ticket_id = ? ORDER BY vat_rate_milli_percent"},
                              std::pair {&payments,
                                         "SELECT method, amount_minor, tendered_minor, change_minor FROM "
                                         "payments WHERE ticket_id = ? ORDER BY payment_no"}}) {
        query->setForwardOnly(true);
        if (!query->prepare(QString::fromLatin1(sql)))
            return std::unexpected(Database::errorFrom(query->lastError()));
    }
    while (tickets.next()) {
        const qint64 number = tickets.value(1).toLongLong();
        if (tickets.value(9).isNull())
            return failure(Error::Code::Corrupt,
                           tr("Fiscal journal %1: ticket %2 of the sales tables has no record in the journal.")
                               .arg(m_chain)
                               .arg(number));
        const qint64 seq = tickets.value(9).toLongLong();
        const QJsonObject data = QJsonDocument::fromJson(tickets.value(10).toByteArray())
                                     .object()
                                     .value(QStringLiteral("data"))
                                     .toObject();
        const auto journaled = TicketRecord::fromJson(data);
        if (!journaled)
            return fault(seq, journaled.error().message);
        // What the tables say, with what only the journal holds (the running totals, the sale corrected) taken from it.
        TicketRecord recorded = *journaled;
        recorded.number = number;
        recorded.operatorName = tickets.value(2).toString();
        recorded.totalExclVat = tickets.value(3).toLongLong();
        recorded.totalVat = tickets.value(4).toLongLong();
        recorded.total = tickets.value(5).toLongLong();
        recorded.ticketDiscount = tickets.value(6).toLongLong();
        recorded.cashRounding = tickets.value(7).toLongLong();
        recorded.customer = tickets.value(8).toString();
        const QVariant ticketId = tickets.value(0);
        for (QSqlQuery* query : {&lines, &vat, &payments}) {
            query->bindValue(0, ticketId);
            if (auto ran = Database::exec(*query); !ran)
                return ran;
        }
        while (lines.next()) {
            const auto [rateField, rate] = TicketRecord::journalRate(lines.value(5).toInt());
            recorded.lines.append({lines.value(0).toString(), lines.value(1).toLongLong(), lines.value(2).toString(),
                                   lines.value(3).toLongLong(), lines.value(4).toLongLong(), rateField, rate,
                                   lines.value(6).toLongLong(), lines.value(7).toLongLong()});
        }
        recorded.vat.clear();
        while (vat.next()) {
            const auto [rateField, rate] = TicketRecord::journalRate(vat.value(0).toInt());
            recorded.vat.append(
                {rateField, rate, vat.value(1).toLongLong(), vat.value(2).toLongLong(), vat.value(3).toLongLong()});
        }
        recorded.payments.clear();
        while (payments.next()) {
            const qint64 amount = payments.value(1).toLongLong();
            const qint64 tendered = payments.value(2).toLongLong();
            recorded.payments.append({payments.value(0).toString().toUpper(), amount,
                                      tendered != amount ? std::optional(tendered) : std::nullopt,
                                      payments.value(3).toLongLong()});
        }
        const QJsonObject fromTables = recorded.toJson();
        if (fromTables != data)
            return fault(seq,
                         tr("ticket %1 in the sales tables is not what its signed record says (%2)")
                             .arg(number)
                             .arg(firstDifference(data, fromTables)));
    }
    tickets.finish();
    // The other way: a ticket record whose ticket is gone, and stock that moved for a ticket that does not exist.
    if (auto ran = Database::run(tickets,
                                 QStringLiteral("SELECT j.seq FROM journal j WHERE j.chain = ? AND j.type = ? AND NOT "
                                                "EXISTS (SELECT 1 FROM tickets t WHERE t.uuid = j.object_uuid) "
                                                "ORDER BY j.seq LIMIT 1"),
                                 {m_chain, QString(RecordType::Ticket)});
        !ran)
        return ran;
    if (tickets.next())
        return fault(tickets.value(0).toLongLong(), tr("its ticket is missing from the sales tables"));
    if (auto ran = Database::run(
            tickets,
            QStringLiteral("SELECT m.uuid FROM stock_movements m WHERE m.register_id = ? AND m.ticket_uuid IS NOT NULL "
                           "AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.uuid = m.ticket_uuid) LIMIT 1"),
            {m_chain});
        !ran)
        return ran;
    if (tickets.next())
        return failure(Error::Code::Corrupt,
                       tr("Fiscal journal %1: stock movement %2 was made by a ticket that is not in the sales tables.")
                           .arg(m_chain, tickets.value(0).toString()));
    return {};
}

Result<void> JournalVerifier::checkTail(Database& database, const QString& chain)
{
    // Enough to cover what a crash or a hand edit at the end can touch, in a few milliseconds on any chain.
    constexpr qint64 kTailRecords = 200;
    const auto last
        = database.integer(QStringLiteral("SELECT COALESCE(MAX(seq), -1) FROM journal WHERE chain = ?"), {chain});
    if (!last)
        return std::unexpected(last.error());
    const auto genesis = Journal(database, chain).recordData(0);
    if (!genesis)
        return std::unexpected(genesis.error());
    JournalVerifier verifier(
        chain, Signatures::Anchors,
        QByteArray::fromHex(genesis->value(QStringLiteral("pubkey_ed25519")).toString().toLatin1()));
    const qint64 from = std::max<qint64>(0, *last - kTailRecords + 1);
    if (from > 0) {
        const auto previous
            = database.text(QStringLiteral("SELECT hash FROM journal WHERE chain = ? AND seq = ?"), {chain, from - 1});
        if (!previous)
            return std::unexpected(previous.error());
        verifier.continueAt(from, *previous, Boundary::Anywhere);
    }
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    Result<void> checked = Database::run(
        query, QStringLiteral("SELECT seq, payload, hash, sig FROM journal WHERE chain = ? AND seq >= ? ORDER BY seq"),
        {chain, from});
    while (checked && query.next())
        checked = verifier.add({query.value(0).toLongLong(), query.value(1).toByteArray(), query.value(2).toString(),
                                query.value(3).toByteArray()});
    query.finish();
    if (!checked)
        return checked;
    if (auto finished = verifier.finish(); !finished)
        return std::unexpected(finished.error());
    const bool markerExpected = *last >= 0 && database.version() >= JournalEnd::kSinceSchema;
    if (auto ended = verifier.checkEnd(database);
        !ended && (ended.error().code != Error::Code::NotFound || markerExpected))
        return ended;
    const auto lastSold = database.integer(
        QStringLiteral("SELECT COALESCE(MAX(number), 0) FROM tickets WHERE register_id = ?"), {chain});
    if (!lastSold)
        return std::unexpected(lastSold.error());
    const auto lastTicket = Journal(database, chain).lastDataOfType(RecordType::Ticket);
    if (!lastTicket)
        return std::unexpected(lastTicket.error());
    const qint64 lastJournaled = lastTicket->value(QStringLiteral("no")).toInteger();
    if (*lastSold != lastJournaled)
        return verifier.fault(*last + 1,
                              tr("missing: the sales tables end with ticket %1, the journal with ticket %2")
                                  .arg(*lastSold)
                                  .arg(lastJournaled));
    return {};
}

} // namespace caisse
