#include "reports/SalesReports.h"

#include "base/Clock.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace caisse {

namespace {

/** The period's tickets of this register: bound to the register, then the period's UTC bounds. */
const QString kInPeriod = QStringLiteral("t.register_id = ? AND t.occurred_at >= ? AND t.occurred_at < ?");

/**
 * A line's amount without VAT. The VAT rule (TicketTotals) works on each rate's total of a ticket, so per line this
 * can differ from the tickets' VAT by a cent of rounding; the VAT report reads the tickets' own VAT table instead.
 */
const QString kLineNet = QStringLiteral("l.total_minor * 100000 / (100000 + l.vat_rate_milli_percent)");

/** Every article's lines over the period, summed: the base of the article and category reports. */
const QString kPerArticle
    = QStringLiteral("SELECT l.variant_id, l.sku, MAX(l.label) AS label, COUNT(*) AS lines, SUM(l.quantity_milli) AS "
                     "quantity, SUM(l.total_minor) AS total, SUM(")
    + kLineNet + QStringLiteral(") AS net FROM tickets t JOIN ticket_lines l ON l.ticket_id = t.id WHERE ") + kInPeriod
    + QStringLiteral(" GROUP BY l.sku");

std::optional<qint64> optionalInteger(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toLongLong());
}

} // namespace

ReportPeriod ReportPeriod::monthOf(const QDate& day)
{
    const QDate first(day.year(), day.month(), 1);
    return {first, first.addMonths(1).addDays(-1)};
}

SalesReports::SalesReports(Database& database, QString registerId)
    : m_database(database)
    , m_registerId(std::move(registerId))
{ }

std::pair<QString, QString> SalesReports::bounds(const ReportPeriod& period)
{
    return {toStorageTime(QDateTime(period.first, QTime(0, 0)).toUTC()),
            toStorageTime(QDateTime(period.last.addDays(1), QTime(0, 0)).toUTC())};
}

Result<QList<SalesRow>> SalesReports::sales(By by, const ReportPeriod& period)
{
    QString sql;
    switch (by) {
    case By::Day:
    case By::Hour:
    case By::Cashier: {
        const QString key = by == By::Day ? QStringLiteral("date(t.occurred_at, 'localtime')")
            : by == By::Hour              ? QStringLiteral("strftime('%H', t.occurred_at, 'localtime')")
                                          : QStringLiteral("t.operator");
        sql = QStringLiteral("SELECT %1, '', COUNT(*), 0, SUM(t.total_minor), SUM(t.base_minor), NULL FROM tickets t "
                             "WHERE %2 GROUP BY 1 ORDER BY %3")
                  .arg(key, kInPeriod, by == By::Cashier ? QStringLiteral("5 DESC") : QStringLiteral("1"));
        break;
    }
    case By::PaymentMethod:
        sql = QStringLiteral("SELECT p.method, '', COUNT(DISTINCT t.id), 0, SUM(p.amount_minor), NULL, NULL FROM "
                             "payments p JOIN tickets t ON t.id = p.ticket_id WHERE %1 GROUP BY p.method ORDER BY 5 "
                             "DESC")
                  .arg(kInPeriod);
        break;
    case By::Article:
        // The margin is at today's cost price: the tickets do not keep what each article cost when it was sold.
        sql = QStringLiteral("SELECT s.label, s.sku, s.lines, s.quantity, s.total, s.net, s.net - s.quantity * "
                             "p.cost_price_minor / 1000 FROM (%1) s LEFT JOIN variants v ON v.id = s.variant_id LEFT "
                             "JOIN products p ON p.id = v.product_id ORDER BY s.total DESC, s.label")
                  .arg(kPerArticle);
        break;
    case By::Category:
        sql = QStringLiteral("SELECT COALESCE(NULLIF(p.category, ''), '%2'), '', SUM(s.lines), SUM(s.quantity), "
                             "SUM(s.total), SUM(s.net), CASE WHEN COUNT(p.cost_price_minor) = COUNT(*) THEN SUM(s.net "
                             "- s.quantity * p.cost_price_minor / 1000) END FROM (%1) s LEFT JOIN variants v ON v.id = "
                             "s.variant_id LEFT JOIN products p ON p.id = v.product_id GROUP BY 1 ORDER BY 5 DESC")
                  .arg(kPerArticle, tr("No category").replace(u'\'', QStringLiteral("''")));
        break;
    }
    const auto [from, to] = bounds(period);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto ran = Database::run(query, sql, {m_registerId, from, to}); !ran)
        return std::unexpected(ran.error());
    QList<SalesRow> rows;
    while (query.next()) {
        SalesRow row {query.value(0).toString(),      query.value(1).toString(),   query.value(2).toLongLong(),
                      query.value(3).toLongLong(),    query.value(4).toLongLong(), optionalInteger(query.value(5)),
                      optionalInteger(query.value(6))};
        if (by == By::PaymentMethod)
            row.label = row.label == u"cash" ? tr("Cash")
                : row.label == u"card"       ? tr("Card")
                                             : tr("Vouchers and other");
        rows.append(row);
    }
    return rows;
}

Result<QList<VatSummary>> SalesReports::vat(const ReportPeriod& period, bool perMonth)
{
    const auto [from, to] = bounds(period);
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query,
            QStringLiteral("SELECT substr(date(t.occurred_at, 'localtime'), 1, %1), v.vat_rate_milli_percent, "
                           "SUM(v.base_minor), SUM(v.vat_minor), SUM(v.total_minor) FROM ticket_vat v JOIN tickets t "
                           "ON t.id = v.ticket_id WHERE %2 GROUP BY 1, 2 ORDER BY 1, 2")
                .arg(perMonth ? 7 : 10)
                .arg(kInPeriod),
            {m_registerId, from, to});
        !ran)
        return std::unexpected(ran.error());
    QList<VatSummary> rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                     query.value(3).toLongLong(), query.value(4).toLongLong()});
    return rows;
}

Result<QList<SalesRow>> SalesReports::slowSellers(const ReportPeriod& period, int limit)
{
    const auto [from, to] = bounds(period);
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query,
            QStringLiteral("SELECT p.name || CASE WHEN v.option_label <> '' THEN ' ' || v.option_label ELSE '' END, "
                           "v.sku, COALESCE(s.lines, 0), COALESCE(s.quantity, 0), COALESCE(s.total, 0) FROM products p "
                           "JOIN variants v ON v.product_id = p.id LEFT JOIN (%1) s ON s.variant_id = v.id WHERE "
                           "p.tracks_stock = 1 AND p.archived = 0 AND v.archived = 0 ORDER BY 4, 1 LIMIT ?")
                .arg(kPerArticle),
            {m_registerId, from, to, limit});
        !ran)
        return std::unexpected(ran.error());
    QList<SalesRow> rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                     query.value(3).toLongLong(), query.value(4).toLongLong(), std::nullopt, std::nullopt});
    return rows;
}

Result<QList<SalesRow>> SalesReports::channels(const ReportPeriod& period)
{
    const auto [from, to] = bounds(period);
    QSqlQuery query(m_database.connection());
    // Online orders count from when the register synced them: the store's own dates are in its format and zone.
    if (auto ran = Database::run(
            query,
            QStringLiteral("SELECT COUNT(*), COALESCE(SUM(t.total_minor), 0) FROM tickets t WHERE %1 UNION ALL SELECT "
                           "COUNT(*), COALESCE(SUM(total_minor), 0) FROM store_orders WHERE state = 'closed' AND "
                           "imported_at >= ? AND imported_at < ?")
                .arg(kInPeriod),
            {m_registerId, from, to, from, to});
        !ran)
        return std::unexpected(ran.error());
    QList<SalesRow> rows;
    for (const QString& label : {tr("At the counter"), tr("Online store")}) {
        if (!query.next())
            return failure(Error::Code::Storage, tr("The sales could not be read."));
        rows.append(
            {label, {}, query.value(0).toLongLong(), 0, query.value(1).toLongLong(), std::nullopt, std::nullopt});
    }
    return rows;
}

Result<StockValue> SalesReports::stockValue()
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::exec(
            query,
            QStringLiteral("SELECT COUNT(*), COALESCE(SUM(stock * cost / 1000), 0), COUNT(*) - COUNT(cost) FROM "
                           "(SELECT p.cost_price_minor AS cost, (SELECT SUM(m.quantity_milli) FROM "
                           "stock_movements m WHERE m.variant_id = v.id) AS stock FROM products p JOIN variants "
                           "v ON v.product_id = p.id WHERE p.tracks_stock = 1 AND p.archived = 0 AND "
                           "v.archived = 0) WHERE stock > 0"));
        !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return failure(Error::Code::Storage, tr("The stock could not be read."));
    return StockValue {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong()};
}

} // namespace caisse
