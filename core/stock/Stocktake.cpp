#include "stock/Stocktake.h"

#include "base/RecordId.h"
#include "catalog/Catalog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

#include <algorithm>

namespace caisse {

namespace {

/** The articles a count covers: tracked, on sale, of its category when it has one. */
const QString kInScope = QStringLiteral("p.tracks_stock = 1 AND p.archived = 0 AND v.archived = 0 AND "
                                        "(s.category = '' OR p.category = s.category)");

/** An article as the stocktake's tables name it: its product and its option. */
const QString kArticleName
    = QStringLiteral("p.name || CASE WHEN v.option_label <> '' THEN ' ' || v.option_label ELSE '' END");

/** The articles of a stocktake's scope (its id bound) that have no count. */
const QString kNotCounted = QStringLiteral("FROM stocktakes s, products p JOIN variants v ON v.product_id = p.id WHERE "
                                           "s.id = ? AND ")
    + kInScope
    + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM stocktake_counts c WHERE c.stocktake_id = s.id AND c.variant_id "
                     "= v.id)");

} // namespace

Stocktake::Stocktake(Database& database, const Clock& clock, QString registerId)
    : m_database(database)
    , m_clock(clock)
    , m_registerId(std::move(registerId))
{ }

Result<std::optional<StocktakeInfo>> Stocktake::current()
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::exec(query,
                                  QStringLiteral("SELECT s.id, s.category, s.started_at, s.started_by, (SELECT "
                                                 "COUNT(*) FROM stocktake_counts c WHERE c.stocktake_id = s.id) "
                                                 "FROM stocktakes s WHERE s.closed_at IS NULL"));
        !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return std::optional<StocktakeInfo>();
    return StocktakeInfo {query.value(0).toLongLong(), query.value(1).toString(),
                          fromStorageTime(query.value(2).toString()), query.value(3).toString(),
                          query.value(4).toLongLong()};
}

Result<StocktakeInfo> Stocktake::requireCurrent()
{
    const auto open = current();
    if (!open)
        return std::unexpected(open.error());
    if (!*open)
        return failure(Error::Code::NotFound, tr("No stocktake is in progress: start one first."));
    return **open;
}

Result<StocktakeInfo> Stocktake::start(const QString& category, const Operator& by)
{
    if (auto allowed = by.require(Permission::ManageStock); !allowed)
        return std::unexpected(allowed.error());
    const auto open = current();
    if (!open)
        return std::unexpected(open.error());
    if (*open)
        return failure(Error::Code::BusinessRule,
                       tr("A stocktake started on %1 is still in progress: finish it or abandon it first.")
                           .arg(QLocale().toString((*open)->startedAt.toLocalTime(), QLocale::ShortFormat)));
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query, QStringLiteral("INSERT INTO stocktakes(uuid, category, started_at, started_by) VALUES(?, ?, ?, ?)"),
            {newRecordId(), category, toStorageTime(m_clock.nowUtc()), by.signature()});
        !ran)
        return std::unexpected(ran.error());
    return requireCurrent();
}

Result<CountedArticle> Stocktake::count(const QString& barcodeOrSku, qint64 quantityMilli)
{
    const auto open = requireCurrent();
    if (!open)
        return std::unexpected(open.error());
    const auto variantId = Catalog::variantOf(m_database, barcodeOrSku);
    if (!variantId)
        return std::unexpected(variantId.error());
    QSqlQuery query(m_database.connection());
    const QString sql = QStringLiteral("SELECT v.sku, p.name || CASE WHEN v.option_label <> '' THEN ' ' || "
                                       "v.option_label ELSE '' END, p.category, ")
        + kInScope
        + QStringLiteral(" FROM variants v JOIN products p ON p.id = v.product_id, stocktakes s "
                         "WHERE v.id = ? AND s.id = ?");
    if (auto ran = Database::run(query, sql, {*variantId, open->id}); !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return failure(Error::Code::NotFound, tr("The article %1 cannot be found.").arg(barcodeOrSku));
    CountedArticle article {query.value(0).toString(), query.value(1).toString(), 0};
    if (!query.value(3).toBool())
        return failure(Error::Code::BusinessRule,
                       open->category.isEmpty() || query.value(2).toString() == open->category
                           ? tr("%1 is not counted: its stock is not tracked, or it is archived.").arg(article.name)
                           : tr("%1 is in %2, not in %3, the category being counted.")
                                 .arg(article.name, query.value(2).toString(), open->category));
    query.finish();
    if (auto ran = Database::run(
            query,
            QStringLiteral("INSERT INTO stocktake_counts(stocktake_id, variant_id, counted_milli, counted_at) "
                           "VALUES(?, ?, MAX(0, ?), ?) ON CONFLICT(stocktake_id, variant_id) DO UPDATE SET "
                           "counted_milli = MAX(0, counted_milli + ?), counted_at = excluded.counted_at RETURNING "
                           "counted_milli"),
            {open->id, *variantId, quantityMilli, toStorageTime(m_clock.nowUtc()), quantityMilli});
        !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return failure(Error::Code::Storage, tr("The count could not be saved."));
    article.countedMilli = query.value(0).toLongLong();
    return article;
}

Result<QList<StockVariance>> Stocktake::variances()
{
    const auto open = requireCurrent();
    if (!open)
        return std::unexpected(open.error());
    QSqlQuery query(m_database.connection());
    // The expected stock of an article is its movements up to the moment it was counted: a sale before that was
    // already off the shelf, one after it is not in the count.
    if (auto ran = Database::run(
            query,
            QStringLiteral("SELECT v.sku, ") + kArticleName
                + QStringLiteral(
                    ", c.counted_at, (SELECT COALESCE(SUM(m.quantity_milli), 0) FROM stock_movements m "
                    "WHERE m.variant_id = v.id AND m.occurred_at <= c.counted_at), c.counted_milli, "
                    "p.cost_price_minor FROM stocktake_counts c JOIN variants v ON v.id = c.variant_id JOIN "
                    "products p ON p.id = v.product_id WHERE c.stocktake_id = ?"),
            {open->id});
        !ran)
        return std::unexpected(ran.error());
    QList<StockVariance> variances;
    while (query.next()) {
        StockVariance variance {
            query.value(0).toString(),   query.value(1).toString(),   fromStorageTime(query.value(2).toString()),
            query.value(3).toLongLong(), query.value(4).toLongLong(), std::nullopt};
        if (!query.value(5).isNull())
            variance.valueMinor = variance.differenceMilli() * query.value(5).toLongLong() / 1000;
        variances.append(variance);
    }
    std::ranges::stable_sort(variances, [](const StockVariance& a, const StockVariance& b) {
        return std::abs(a.differenceMilli()) > std::abs(b.differenceMilli());
    });
    return variances;
}

Result<qint64> Stocktake::notCounted()
{
    const auto open = requireCurrent();
    if (!open)
        return std::unexpected(open.error());
    return m_database.integer(QStringLiteral("SELECT COUNT(*) ") + kNotCounted, {open->id});
}

Result<QList<NotCountedArticle>> Stocktake::notCountedArticles(int limit)
{
    const auto open = requireCurrent();
    if (!open)
        return std::unexpected(open.error());
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query,
            QStringLiteral("SELECT v.sku, ") + kArticleName
                + QStringLiteral(
                    ", (SELECT COALESCE(SUM(m.quantity_milli), 0) FROM stock_movements m WHERE m.variant_id "
                    "= v.id) ")
                + kNotCounted + QStringLiteral(" ORDER BY 2, 1 LIMIT ?"),
            {open->id, limit});
        !ran)
        return std::unexpected(ran.error());
    QList<NotCountedArticle> articles;
    while (query.next())
        articles.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()});
    return articles;
}

Result<qint64> Stocktake::validate(const Operator& by)
{
    if (auto allowed = by.require(Permission::ManageStock); !allowed)
        return std::unexpected(allowed.error());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto counted = variances();
    if (!counted)
        return std::unexpected(counted.error());
    const QString now = toStorageTime(m_clock.nowUtc());
    QSqlQuery query(m_database.connection());
    qint64 posted = 0;
    for (const StockVariance& variance : *counted) {
        if (variance.differenceMilli() == 0)
            continue;
        if (auto ran = Database::run(
                query,
                QStringLiteral("INSERT INTO stock_movements(uuid, variant_id, quantity_milli, "
                               "reason, register_id, occurred_at, operator) SELECT ?, id, ?, "
                               "'count', ?, ?, ? FROM variants WHERE sku = ?"),
                {newRecordId(), variance.differenceMilli(), m_registerId, now, by.signature(), variance.sku});
            !ran)
            return std::unexpected(ran.error());
        ++posted;
    }
    if (auto closed = close(QStringLiteral("validated"), by); !closed)
        return std::unexpected(closed.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return posted;
}

Result<void> Stocktake::abandon(const Operator& by)
{
    if (auto allowed = by.require(Permission::ManageStock); !allowed)
        return std::unexpected(allowed.error());
    return close(QStringLiteral("abandoned"), by);
}

Result<void> Stocktake::close(const QString& outcome, const Operator& by)
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("UPDATE stocktakes SET closed_at = ?, closed_by = ?, outcome = ? WHERE "
                                                "closed_at IS NULL"),
                                 {toStorageTime(m_clock.nowUtc()), by.signature(), outcome});
        !ran)
        return std::unexpected(ran.error());
    if (query.numRowsAffected() == 0)
        return failure(Error::Code::NotFound, tr("No stocktake is in progress."));
    return {};
}

Result<QStringList> Stocktake::categories()
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::exec(query,
                                  QStringLiteral("SELECT DISTINCT category FROM products WHERE category <> '' "
                                                 "AND archived = 0 AND tracks_stock = 1 ORDER BY category"));
        !ran)
        return std::unexpected(ran.error());
    QStringList categories;
    while (query.next())
        categories.append(query.value(0).toString());
    return categories;
}

} // namespace caisse
