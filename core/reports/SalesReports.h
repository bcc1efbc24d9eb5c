#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>
#include <vector>

namespace caisse {

class Database;

/** Local calendar days, both included: a day, a month. */
struct ReportPeriod
{
    QDate first;
    QDate last;

    static ReportPeriod day(const QDate& day) { return {day, day}; }
    static ReportPeriod monthOf(const QDate& day);
};

/** One row of a sales report: a day, an hour, an article, a category, a cashier or a payment method. */
struct SalesRow
{
    /** What the row is: a day ("2026-10-05"), an hour ("14:00"), the article's name… */
    QString label;
    /** The article's SKU; empty for the other reports. */
    QString sku;
    qint64 tickets = 0;
    /** For articles and categories. */
    qint64 quantityMilli = 0;
    /** VAT included, refunds taken off. */
    qint64 totalMinor = 0;
    /** VAT excluded; none for payment methods. */
    std::optional<qint64> netMinor;
    /** Net minus today's cost price, for articles and categories whose every line has a cost. */
    std::optional<qint64> marginMinor;
};

/** A VAT rate's totals over a day or a month, as a closure holds them. */
struct VatSummary
{
    /** "2026-10-05" or "2026-10". */
    QString period;
    qint64 rateMilliPercent = 0;
    qint64 baseMinor = 0;
    qint64 vatMinor = 0;
    qint64 totalMinor = 0;
};

/** The stock at cost price. */
struct StockValue
{
    qint64 articles = 0;
    qint64 valueMinor = 0;
    /** Articles in stock whose cost is not known: their value is not in valueMinor. */
    qint64 withoutCost = 0;
};

/**
 * The manager's figures, from the committed tickets themselves (the tables the journal's records are checked against,
 * never a second copy): sales by day, hour, article, category, cashier and payment method, the VAT per rate per day or
 * month (what the closures hold), margins at today's cost price, the stock's value at cost, the slowest sellers, and
 * the online store's orders beside the counter's. Days are the shop's local calendar days, as the closures'.
 */
class SalesReports
{
    Q_DECLARE_TR_FUNCTIONS(caisse::SalesReports)

public:
    enum class By
    {
        Day,
        Hour,
        Article,
        Category,
        Cashier,
        PaymentMethod,
    };

    SalesReports(Database& database, QString registerId);

    /** Days and hours in order; the others, largest total first (so the top sellers lead). */
    Result<QList<SalesRow>> sales(By by, const ReportPeriod& period);
    /** Per rate, per day (or per month when perMonth) of the period. */
    Result<QList<VatSummary>> vat(const ReportPeriod& period, bool perMonth);
    /** The tracked articles on sale that sold least over the period (none sold first), at most limit. */
    Result<QList<SalesRow>> slowSellers(const ReportPeriod& period, int limit = 50);
    /** The counter's tickets and the online store's orders synced over the period: two rows. */
    Result<QList<SalesRow>> channels(const ReportPeriod& period);
    Result<StockValue> stockValue();

private:
    /** What a group of tickets or lines adds up to. */
    struct Sums
    {
        qint64 tickets = 0;
        qint64 quantityMilli = 0;
        qint64 totalMinor = 0;
        qint64 netMinor = 0;

        Sums& operator+=(const Sums& other)
        {
            tickets += other.tickets;
            quantityMilli += other.quantityMilli;
            totalMinor += other.totalMinor;
            netMinor += other.netMinor;
            return *this;
        }
    };
    /** A stretch of the period's tickets: their ids, their sums per UTC hour and per cashier. */
    struct TicketSums
    {
        std::vector<qint64> ids;
        QHash<QByteArray, Sums> perUtcHour;
        QList<std::pair<QByteArray, Sums>> cashiers;
    };
    /** An article's lines over the period. */
    struct ArticleSums
    {
        std::optional<qint64> variantId;
        QString sku;
        QString label;
        Sums sums;
        std::optional<qint64> costPriceMinor;
        QString category;
    };
    /**
     * The period's tickets, read once for every report of that period: the range of their ids, which of the ids in that
     * range are the period's (the others are another register's, or were written out of time order), and their sums
     * per UTC hour and per cashier.
     */
    struct PeriodTickets
    {
        ReportPeriod period;
        qint64 firstId = 0;
        qint64 lastId = -1;
        /** Indexed by id - firstId. */
        std::vector<bool> inPeriod;
        QHash<QByteArray, Sums> perUtcHour;
        QHash<QString, Sums> perCashier;
        /** The lines' sums per article, read when an article or category report first asks. */
        std::optional<QList<ArticleSums>> articles;
    };

    /** The period's bounds as the tickets store times (UTC). */
    static std::pair<QString, QString> bounds(const ReportPeriod& period);
    Result<PeriodTickets*> ticketsOf(const ReportPeriod& period);
    /** The tickets of registerId from from (included) to to (excluded), added to sums. */
    static Result<void> addTickets(Database& database, const QString& registerId, const QString& from,
                                   const QString& to, TicketSums& sums);
    Result<const QList<ArticleSums>*> articlesOf(const ReportPeriod& period);
    /** The lines of the period's tickets with ids from first to last, summed per article into articles. */
    static Result<void> addLines(Database& database, const PeriodTickets& tickets, qint64 first, qint64 last,
                                 QList<ArticleSums>& articles);
    /** Day and hour rows from the sums per UTC hour, each hour in the shop's local time. */
    Result<QList<SalesRow>> perLocalTime(const ReportPeriod& period, bool byDay);

    Database& m_database;
    QString m_registerId;
    std::optional<PeriodTickets> m_tickets;
};

} // namespace caisse
