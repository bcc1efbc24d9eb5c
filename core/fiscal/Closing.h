#pragma once

#include "access/Operator.h"
#include "fiscal/ClosureRecord.h"
#include "fiscal/Journal.h"
#include "fiscal/TechnicalEvents.h"

#include <QDate>

namespace caisse {

class PeriodTotals;

/**
 * Daily, monthly and yearly closures of the register's TICKET chain (NF525 "clôtures"): each a CLOSE_DAY,
 * CLOSE_MONTH or CLOSE_YEAR record with totals per VAT rate and per payment method, the first and last ticket and
 * the perpetual grand totals, computed from the journal itself (the fiscal source of truth), and journaled as a
 * technical event. Periods are the shop's local calendar days; the fiscal year is the calendar year.
 */
class Closing
{
    Q_DECLARE_TR_FUNCTIONS(caisse::Closing)

public:
    Closing(Database& database, const Clock& clock, const QString& registerId, TechnicalEvents& events,
            std::optional<Ed25519Key> key = std::nullopt);

    /**
     * Closes every day before today that is still open, then every month and year before today's. The register
     * calls it before each sale (inside the sale's transaction) and at start-up, so a day left open is closed before
     * the next day's first sale. Returns the closures written.
     */
    Result<QList<ClosureRecord>> closeOpenPeriods();
    /** closeOpenPeriods() in a transaction of its own, for the register's start. */
    Result<QList<ClosureRecord>> closeOpenPeriodsNow();

    /**
     * The manager's end-of-day closure (Z): every open day before today, then today so far, with what the drawer's day
     * was (cash: the shifts' floats, movements and over or short), which the tickets cannot tell.
     */
    Result<ClosureRecord> closeToday(const Operator& by, const std::optional<ClosureRecord::Cash>& cash = std::nullopt);
    /** What the next Z would close, computed and not journaled (the X report): everything since the last Z. */
    Result<ClosureRecord> sinceLastClosure();
    /** A closure and the record that holds it. */
    struct Journaled
    {
        ClosureRecord closure;
        qint64 seq = 0;
        QString hash;
        QDateTime at;
    };
    /** The last day's closure as the journal holds it, to print it again; NotFound before the first. */
    Result<Journaled> lastDayClosure();

    /** The local calendar day a journal time belongs to. */
    static QDate localDay(const QString& storageTime);

private:
    struct Pending
    {
        qint64 seq = 0;
        QString type;
        QDate day;
        QJsonObject data;
        QString hash;
    };
    Result<QList<ClosureRecord>> closeDaysBefore(const QDate& today, bool includeToday, const QString& operatorName,
                                                 const std::optional<ClosureRecord::Cash>& todaysCash = std::nullopt);
    /** What the last day's closure left open: the tickets and duplicates since, and the grand totals it ended on. */
    struct OpenDay
    {
        QList<Pending> records;
        qint64 grandTotal = 0;
        qint64 grandTotalAbsolute = 0;
    };
    Result<OpenDay> openDay();
    /** Adds a ticket or a duplicate to totals, and moves the grand totals on. */
    static Result<void> add(PeriodTotals& totals, const Pending& record, qint64& gt, qint64& gtAbs);
    Result<QList<ClosureRecord>> closeLongerPeriods(const QDate& today, const QString& operatorName);
    /** Numbers the closure (the next of its type on this chain) and journals it. */
    Result<JournalEntry> appendClosure(const QString& type, ClosureRecord& closure, const QString& operatorName);
    /** Records of the given types after the chain's last record of type after, the first limit of them. */
    Result<QList<Pending>> recordsAfterLast(const QString& after, const QStringList& types, int limit = -1);

    Database& m_database;
    const Clock& m_clock;
    QString m_chain;
    TechnicalEvents& m_events;
    Journal m_journal;
    /** The day up to which nothing is left to close: saves the queries on every sale of the same day. */
    QDate m_closedBefore;
};

} // namespace caisse
