#include "storesync/OnlineArticles.h"

#include "base/Clock.h"
#include "catalog/BarcodeParser.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace caisse {

OnlineArticles::OnlineArticles(Database& database)
    : m_database(database)
{ }

Result<OnlineArticle> OnlineArticles::find(const QString& skuOrBarcode)
{
    const QString text = skuOrBarcode.trimmed();
    const auto key = BarcodeParser::lookupKeyOf(text);
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query,
            QStringLiteral("SELECT v.id, v.sku, p.name || CASE WHEN v.option_label = '' THEN '' ELSE ' — ' || "
                           "v.option_label END, (SELECT coalesce(sum(quantity_milli), 0) / 1000 FROM stock_movements "
                           "WHERE variant_id = v.id), v.split_stock, l.variant_id IS NOT NULL, l.opening_stock, "
                           "p.online_selected, p.tracks_stock "
                           "FROM variants v JOIN products p ON p.id = v.product_id "
                           "LEFT JOIN store_links l ON l.variant_id = v.id "
                           "WHERE v.sku = ? OR v.id = (SELECT variant_id FROM barcodes WHERE lookup_key = ?)"),
            {text, key ? *key : QString()});
        !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return failure(Error::Code::NotFound, tr("No article has the SKU or barcode %1.").arg(text));
    OnlineArticle article {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toLongLong(), query.value(4).toBool(),   query.value(5).toBool(),
                           query.value(7).toBool(),     query.value(8).toBool(),   std::nullopt};
    if (!query.value(6).isNull())
        article.onlineQuantityWaiting = query.value(6).toLongLong();
    return article;
}

Result<void> OnlineArticles::setSelected(qint64 variantId, bool selected)
{
    QSqlQuery query(m_database.connection());
    return Database::run(
        query,
        QStringLiteral(
            "UPDATE products SET online_selected = ? WHERE id = (SELECT product_id FROM variants WHERE id = ?)"),
        {selected ? 1 : 0, variantId});
}

Result<QList<SelectableProduct>> OnlineArticles::products(const QString& search, int limit)
{
    QSqlQuery query(m_database.connection());
    const QString text = search.trimmed();
    if (auto ran = Database::run(
            query,
            QStringLiteral("SELECT p.id, p.name, min(v.sku), p.online_selected FROM products p JOIN variants v ON "
                           "v.product_id = p.id WHERE p.archived = 0 AND (? = '' OR p.name LIKE '%' || ? || '%' OR "
                           "v.sku LIKE '%' || ? || '%') GROUP BY p.id ORDER BY p.name LIMIT ?"),
            {text, text, text, limit});
        !ran)
        return std::unexpected(ran.error());
    QList<SelectableProduct> found;
    while (query.next())
        found.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toBool()});
    return found;
}

Result<void> OnlineArticles::setProductsSelected(const QList<qint64>& productIds, bool selected)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE products SET online_selected = ? WHERE id = ?"));
    for (const qint64 id : productIds) {
        Database::bindAll(query, {selected ? 1 : 0, id});
        if (auto ran = Database::exec(query); !ran)
            return ran;
    }
    return transaction->commit();
}

Result<void> OnlineArticles::setTracksStock(qint64 variantId, bool tracksStock, const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    return Database::run(query,
                         QStringLiteral("UPDATE products SET tracks_stock = ?, updated_at = ? WHERE id = (SELECT "
                                        "product_id FROM variants WHERE id = ?) AND tracks_stock <> ?"),
                         {tracksStock ? 1 : 0, toStorageTime(at), variantId, tracksStock ? 1 : 0});
}

Result<void> OnlineArticles::setOnlineQuantity(qint64 variantId, qint64 quantity)
{
    if (quantity < 0)
        return failure(Error::Code::InvalidInput, tr("The online quantity cannot be negative."));
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query, QStringLiteral("UPDATE store_links SET opening_stock = ? WHERE variant_id = ?"),
                                 {quantity, variantId});
        !ran)
        return ran;
    if (query.numRowsAffected() != 1)
        return failure(Error::Code::BusinessRule,
                       tr("This article is not on the online store yet: match or create it there first."));
    if (auto ran
        = Database::run(query, QStringLiteral("UPDATE variants SET split_stock = 1 WHERE id = ?"), {variantId});
        !ran)
        return ran;
    return transaction->commit();
}

Result<void> OnlineArticles::share(qint64 variantId)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    QSqlQuery query(m_database.connection());
    // The shop's sales while split were its own: they are in the register's level, which the store now starts from,
    // and are not sent on top of it.
    for (const auto& [sql, values] :
         {std::pair {
              QStringLiteral("DELETE FROM sync_outbox WHERE batch_id IS NULL AND stock_movement_id IN (SELECT id "
                             "FROM stock_movements WHERE variant_id = ?)"),
              QVariantList {variantId}},
          std::pair {QStringLiteral("UPDATE store_links SET opening_stock = (SELECT coalesce(sum(quantity_milli), 0) / "
                                    "1000 FROM stock_movements WHERE variant_id = ?) WHERE variant_id = ?"),
                     QVariantList {variantId, variantId}},
          std::pair {QStringLiteral("UPDATE variants SET split_stock = 0 WHERE id = ?"), QVariantList {variantId}}}) {
        if (auto ran = Database::run(query, sql, values); !ran)
            return ran;
    }
    return transaction->commit();
}

} // namespace caisse
