#pragma once

#include "base/Result.h"
#include "fiscal/ChainReport.h"
#include "fiscal/PeriodTotals.h"
#include "fiscal/StoredRecord.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace caisse {

class Database;

/**
 * Checks a chain of the fiscal journal record by record, in order: numbering without gap, each record's hash, its
 * link to the record before, signatures against the GENESIS public key, ticket numbers without gap, perpetual grand
 * totals continuing from ticket to ticket, each closure equal to the sum of its tickets (days) or of its closures
 * (months, years), and time never going backwards unless a CLOCK_BACK record says it did. Stops at the first fault.
 *
 * Signatures: each record's hash is inside the next record, so a valid signature on the last record vouches for every
 * record before it. Anchors mode checks the signatures of GENESIS, closures, archives and the last record, which
 * detects any change of content; Every checks them all (about 80 µs each), which also catches a record re-signed
 * with another key over unchanged content.
 */
class JournalVerifier
{
    Q_DECLARE_TR_FUNCTIONS(caisse::JournalVerifier)

public:
    enum class Signatures
    {
        Anchors,
        Every,
    };
    /** Where a piece of chain starts: right after a month's or a year's closure (an archive), or anywhere (its tail).
     */
    enum class Boundary
    {
        Month,
        Year,
        Anywhere,
    };

    JournalVerifier(QString chain, Signatures signatures, QByteArray expectedPublicKey = {});

    /**
     * Continues at seq, after a record with hash previousHash that is not at hand (an archive's period, a chain's
     * tail); signatures are checked against the expected public key, the GENESIS record that holds it being out of
     * reach.
     */
    void continueAt(qint64 seq, const QString& previousHash, Boundary boundary);
    Result<void> add(const StoredRecord& record);
    /** The last checks; the number of records checked. */
    Result<qint64> finish();

    qint64 ticketCount() const { return m_ticketCount; }
    qint64 lastTicketNumber() const { return m_lastTicketNumber.value_or(0); }
    qint64 lastSeq() const { return m_expectedSeq - 1; }
    QString lastHash() const { return m_previousHash; }
    QByteArray publicKey() const { return m_publicKey; }
    /** What was read so far, with the fault finished ended with, if any. */
    ChainReport report(const Result<qint64>& finished) const;

    /**
     * Every chain of a database, and whether its tickets all reached the journal (a journal whose end was cut off
     * still chains perfectly; the sales tables tell).
     */
    static Result<QList<ChainReport>> verifyDatabase(Database& database, Signatures signatures,
                                                     const QByteArray& expectedPublicKey = {});

    enum class SalesCheck
    {
        /**
         * The chain is compared with the committed sales both ways, ticket by ticket (lines, VAT table, payments), and
         * with its end marker beside the database, which tell whether its end was cut off.
         */
        Compare,
        /** The chain alone (a chain no sales table backs). */
        Skip,
    };
    /** Every record of chain, signatures included: how many there are, or Corrupt with the first fault in words. */
    static Result<qint64> check(Database& database, const QString& chain);
    /** One chain of a database, with the same checks. */
    static ChainReport verifyChain(Database& database, const QString& chain, Signatures signatures,
                                   const QByteArray& expectedPublicKey = {}, SalesCheck sales = SalesCheck::Compare);

    /**
     * The start-up check of one chain, in milliseconds whatever its length: its last records (links, hashes, the
     * signature of the last one, which vouches for them), its end marker, and its last ticket against the sales
     * tables. Corrupt, in words naming the record, when one of them does not hold; the whole chain is verifyChain's.
     */
    static Result<void> checkTail(Database& database, const QString& chain);

private:
    std::unexpected<Error> fault(qint64 seq, const QString& what) const;
    std::unexpected<Error> signatureFault(qint64 seq, const QString& what = {});
    Result<void> checkTicket(qint64 seq, const QJsonObject& data, const QString& hash);
    Result<void> checkClosure(qint64 seq, const QString& type, const QJsonObject& data);
    /** The end marker beside the database against the chain as read: NotFound when there is none. */
    Result<void> checkEnd(Database& database) const;
    /** Every ticket of the sales tables against its record, every ticket record against its ticket. */
    Result<void> compareSales(Database& database) const;

    QString m_chain;
    Signatures m_signatures;
    QByteArray m_expectedPublicKey;
    QByteArray m_publicKey;
    qint64 m_expectedSeq = 0;
    QString m_previousHash;
    QString m_previousTime;
    std::optional<StoredRecord> m_last;
    qint64 m_ticketCount = 0;
    std::optional<qint64> m_lastTicketNumber;
    std::optional<std::pair<qint64, qint64>> m_grandTotals;
    PeriodTotals m_day;
    PeriodTotals m_month;
    PeriodTotals m_year;
    bool m_dayComplete = true;
    bool m_monthComplete = true;
    bool m_yearComplete = true;
    bool m_signatureFault = false;
};

} // namespace caisse
