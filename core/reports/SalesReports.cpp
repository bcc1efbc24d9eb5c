#include "reports/SalesReports.h"

#include "base/Clock.h"
#include "storage/Database.h"
#include "storage/RowScan.h"

#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <future>
#include <map>

namespace caisse {

namespace {

/** The period's tickets of this register: bound to the register, then the period's UTC bounds. */
const QString kInPeriod = QStringLiteral("t.register_id = ? AND t.occurred_at >= ? AND t.occurred_at < ?");

/** Every article's lines over the period, summed: what the slow sellers are ranked by. */
const QString kPerArticle = QStringLiteral("SELECT l.variant_id, COUNT(*) AS lines, SUM(l.quantity_milli) AS quantity, "
                                           "SUM(l.total_minor) AS total FROM tickets t JOIN ticket_lines l ON "
                                           "l.ticket_id = t.id WHERE ")
    + kInPeriod + QStringLiteral(" GROUP BY l.variant_id");

/**
 * first on the caller's connection while later runs on a read-only connection and a thread of its own: a month is a
 * million rows, and a register has more than one core.
 */
Result<void> inTwoHalves(Database& database, const std::function<Result<void>(Database&)>& first,
                         const std::function<Result<void>(Database&)>& later)
{
    auto laterRead = std::async(std::launch::async, [&later, path = database.path()]() -> Result<void> {
        auto reader = Database::open(path, Database::Access::ReadOnly);
        if (!reader)
            return std::unexpected(reader.error());
        return later(**reader);
    });
    const auto firstRead = first(database);
    const auto laterDone = laterRead.get();
    return firstRead ? laterDone : firstRead;
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

Result<void> SalesReports::addTickets(Database& database, const QString& registerId, const QString& from,
                                      const QString& to, TicketSums& sums)
{
    // One pass over the index that holds what is added up (migration 0026), in time order.
    RowScan scan(database,
                 QStringLiteral("SELECT id, occurred_at, operator, total_minor, base_minor FROM tickets "
                                "INDEXED BY tickets_by_register_time_totals WHERE register_id = ? AND "
                                "occurred_at >= ? AND occurred_at < ?"));
    if (auto bound = scan.bind({registerId, from, to}); !bound)
        return bound;
    // Tickets come in time order and from a few cashiers: the sums of the previous ticket's hour and cashier are
    // usually this one's, found without a lookup.
    QByteArray hour;
    Sums* hourSums = nullptr;
    return scan.forEach([&] {
        sums.ids.push_back(scan.integer(0));
        // Times are stored in UTC ('2026-10-05T14:03:…Z'): grouped by UTC hour here, turned into local days and hours
        // once per hour, not once per ticket.
        const QByteArrayView at = scan.text(1);
        if (!hourSums || at.first(13) != hour) {
            hour = at.first(13).toByteArray();
            hourSums = &sums.perUtcHour[hour];
        }
        const QByteArrayView cashier = scan.text(2);
        auto known
            = std::ranges::find_if(sums.cashiers, [cashier](const auto& entry) { return entry.first == cashier; });
        if (known == sums.cashiers.end()) {
            sums.cashiers.append({cashier.toByteArray(), {}});
            known = sums.cashiers.end() - 1;
        }
        for (Sums* added : {hourSums, &known->second}) {
            ++added->tickets;
            added->totalMinor += scan.integer(3);
            added->netMinor += scan.integer(4);
        }
    });
}

Result<SalesReports::PeriodTickets*> SalesReports::ticketsOf(const ReportPeriod& period)
{
    if (m_tickets && m_tickets->period.first == period.first && m_tickets->period.last == period.last)
        return &*m_tickets;
    m_tickets.reset();
    const auto [from, to] = bounds(period);
    // Read in two halves of the period's time, then put together.
    const QDateTime start = fromStorageTime(from);
    const QString middle = toStorageTime(start.addMSecs(start.msecsTo(fromStorageTime(to)) / 2));
    TicketSums later;
    TicketSums sums;
    if (auto read = inTwoHalves(
            m_database, [&](Database& database) { return addTickets(database, m_registerId, from, middle, sums); },
            [&](Database& database) { return addTickets(database, m_registerId, middle, to, later); });
        !read)
        return std::unexpected(read.error());
    sums.ids.insert(sums.ids.end(), later.ids.begin(), later.ids.end());
    for (auto hour = later.perUtcHour.cbegin(); hour != later.perUtcHour.cend(); ++hour)
        sums.perUtcHour[hour.key()] += *hour;
    PeriodTickets tickets {period, 0, -1, {}, std::move(sums.perUtcHour), {}, std::nullopt};
    for (const auto& half : {sums.cashiers, later.cashiers})
        for (const auto& [cashier, added] : half)
            tickets.perCashier[QString::fromUtf8(cashier)] += added;
    if (!sums.ids.empty()) {
        const auto [first, last] = std::ranges::minmax(sums.ids);
        tickets.firstId = first;
        tickets.lastId = last;
        tickets.inPeriod.assign(std::size_t(last - first + 1), false);
        for (const qint64 id : sums.ids)
            tickets.inPeriod[std::size_t(id - first)] = true;
    }
    m_tickets = std::move(tickets);
    return &*m_tickets;
}

Result<void> SalesReports::addLines(Database& database, const PeriodTickets& tickets, qint64 first, qint64 last,
                                    QList<ArticleSums>& articles)
{
    QHash<qint64, qsizetype> byVariant;
    QHash<QByteArray, qsizetype> bySku;
    RowScan lines(database,
                  QStringLiteral("SELECT ticket_id, variant_id, quantity_milli, total_minor, "
                                 "vat_rate_milli_percent, sku, label FROM ticket_lines WHERE ticket_id "
                                 "BETWEEN ? AND ?"));
    if (auto bound = lines.bind({first, last}); !bound)
        return bound;
    return lines.forEach([&] {
        if (!tickets.inPeriod[std::size_t(lines.integer(0) - tickets.firstId)])
            return;
        // Lines of an article the catalog knows group by the article; a miscellaneous key's, by its SKU.
        const bool knownVariant = !lines.isNull(1);
        qsizetype& slot = knownVariant ? byVariant[lines.integer(1)] : bySku[lines.text(5).toByteArray()];
        if (slot == 0) {
            articles.append({knownVariant ? std::optional(lines.integer(1)) : std::nullopt,
                             QString::fromUtf8(lines.text(5)),
                             QString::fromUtf8(lines.text(6)),
                             {},
                             std::nullopt,
                             {}});
            slot = articles.size();
        }
        Sums& sums = articles[slot - 1].sums;
        const qint64 total = lines.integer(3);
        ++sums.tickets;
        sums.quantityMilli += lines.integer(2);
        sums.totalMinor += total;
        // Without VAT, per line. The VAT rule (TicketTotals) works on each rate's total of a ticket, so this can differ
        // from the tickets' VAT by a cent of rounding; the VAT report reads the tickets' own VAT table instead.
        sums.netMinor += total * 100'000 / (100'000 + lines.integer(4));
    });
}

Result<const QList<SalesReports::ArticleSums>*> SalesReports::articlesOf(const ReportPeriod& period)
{
    auto tickets = ticketsOf(period);
    if (!tickets)
        return std::unexpected(tickets.error());
    PeriodTickets& known = **tickets;
    if (known.articles)
        return &*known.articles;
    // Read in two halves of the tickets' ids, then put together.
    const qint64 middle = known.firstId + (known.lastId - known.firstId) / 2;
    QList<ArticleSums> later;
    QList<ArticleSums> articles;
    if (auto read = inTwoHalves(
            m_database, [&](Database& database) { return addLines(database, known, known.firstId, middle, articles); },
            [&](Database& database) { return addLines(database, known, middle + 1, known.lastId, later); });
        !read)
        return std::unexpected(read.error());
    QHash<qint64, qsizetype> byVariant;
    QHash<QString, qsizetype> bySku;
    for (qsizetype index = 0; index < articles.size(); ++index)
        (articles.at(index).variantId ? byVariant[*articles.at(index).variantId] : bySku[articles.at(index).sku])
            = index + 1;
    for (const ArticleSums& article : std::as_const(later)) {
        qsizetype& slot = article.variantId ? byVariant[*article.variantId] : bySku[article.sku];
        if (slot == 0) {
            articles.append(article);
            slot = articles.size();
            continue;
        }
        articles[slot - 1].sums += article.sums;
    }
    // Today's cost and category of each article, in one statement: the tickets do not keep what an article cost when
    // it was sold.
    QByteArray ids = "[";
    for (auto variant = byVariant.cbegin(); variant != byVariant.cend(); ++variant)
        ids += QByteArray::number(variant.key()) + ',';
    ids.chop(ids.size() > 1 ? 1 : 0);
    ids += ']';
    RowScan products(m_database,
                     QStringLiteral("SELECT v.id, p.cost_price_minor, p.category FROM json_each(?) j JOIN "
                                    "variants v ON v.id = j.value JOIN products p ON p.id = v.product_id"));
    if (auto bound = products.bind({QString::fromLatin1(ids)}); !bound)
        return std::unexpected(bound.error());
    const auto read = products.forEach([&] {
        ArticleSums& article = articles[byVariant.value(products.integer(0)) - 1];
        article.costPriceMinor = products.isNull(1) ? std::nullopt : std::optional(products.integer(1));
        article.category = QString::fromUtf8(products.text(2));
    });
    if (!read)
        return std::unexpected(read.error());
    known.articles = std::move(articles);
    return &*known.articles;
}

Result<QList<SalesRow>> SalesReports::perLocalTime(const ReportPeriod& period, bool byDay)
{
    const auto tickets = ticketsOf(period);
    if (!tickets)
        return std::unexpected(tickets.error());
    std::map<QString, Sums> grouped;
    for (auto hour = (*tickets)->perUtcHour.cbegin(); hour != (*tickets)->perUtcHour.cend(); ++hour) {
        const QDateTime local
            = QDateTime::fromString(QString::fromLatin1(hour.key()) + QStringLiteral(":00:00Z"), Qt::ISODate)
                  .toLocalTime();
        Sums& sums = grouped[byDay ? local.date().toString(Qt::ISODate)
                                   : QStringLiteral("%1:00").arg(local.time().hour(), 2, 10, QLatin1Char('0'))];
        sums.tickets += hour->tickets;
        sums.totalMinor += hour->totalMinor;
        sums.netMinor += hour->netMinor;
    }
    QList<SalesRow> rows;
    for (const auto& [label, sums] : grouped)
        rows.append({label, {}, sums.tickets, 0, sums.totalMinor, sums.netMinor, std::nullopt});
    return rows;
}

Result<QList<SalesRow>> SalesReports::sales(By by, const ReportPeriod& period)
{
    const auto largestFirst = [](QList<SalesRow>& rows) {
        std::ranges::sort(rows, [](const SalesRow& a, const SalesRow& b) {
            return a.totalMinor != b.totalMinor ? a.totalMinor > b.totalMinor : a.label < b.label;
        });
        return rows;
    };
    switch (by) {
    case By::Day:
    case By::Hour:
        return perLocalTime(period, by == By::Day);
    case By::Cashier: {
        const auto tickets = ticketsOf(period);
        if (!tickets)
            return std::unexpected(tickets.error());
        QList<SalesRow> rows;
        for (auto cashier = (*tickets)->perCashier.cbegin(); cashier != (*tickets)->perCashier.cend(); ++cashier)
            rows.append({cashier.key(), {}, cashier->tickets, 0, cashier->totalMinor, cashier->netMinor, std::nullopt});
        return largestFirst(rows);
    }
    case By::Article:
    case By::Category: {
        const auto articles = articlesOf(period);
        if (!articles)
            return std::unexpected(articles.error());
        QList<SalesRow> rows;
        QHash<QString, qsizetype> categories;
        for (const ArticleSums& article : **articles) {
            const std::optional<qint64> margin = article.costPriceMinor
                ? std::optional(article.sums.netMinor - article.sums.quantityMilli * *article.costPriceMinor / 1000)
                : std::nullopt;
            if (by == By::Article) {
                rows.append({article.label, article.sku, article.sums.tickets, article.sums.quantityMilli,
                             article.sums.totalMinor, article.sums.netMinor, margin});
                continue;
            }
            const QString category = article.category.isEmpty() ? tr("No category") : article.category;
            qsizetype& slot = categories[category];
            if (slot == 0) {
                rows.append({category, {}, 0, 0, 0, 0, 0});
                slot = rows.size();
            }
            SalesRow& row = rows[slot - 1];
            row.tickets += article.sums.tickets;
            row.quantityMilli += article.sums.quantityMilli;
            row.totalMinor += article.sums.totalMinor;
            *row.netMinor += article.sums.netMinor;
            // A category's margin is known when every article's is.
            row.marginMinor = row.marginMinor && margin ? std::optional(*row.marginMinor + *margin) : std::nullopt;
        }
        return largestFirst(rows);
    }
    case By::PaymentMethod:
        break;
    }
    const auto [from, to] = bounds(period);
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("SELECT p.method, COUNT(DISTINCT t.id), SUM(p.amount_minor) FROM "
                                                "payments p JOIN tickets t ON t.id = p.ticket_id WHERE %1 GROUP BY "
                                                "p.method")
                                     .arg(kInPeriod),
                                 {m_registerId, from, to});
        !ran)
        return std::unexpected(ran.error());
    QList<SalesRow> rows;
    while (query.next()) {
        const QString method = query.value(0).toString();
        rows.append({method == u"cash"       ? tr("Cash")
                         : method == u"card" ? tr("Card")
                                             : tr("Vouchers and other"),
                     {},
                     query.value(1).toLongLong(),
                     0,
                     query.value(2).toLongLong(),
                     std::nullopt,
                     std::nullopt});
    }
    return largestFirst(rows);
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
