#include "catalog/Catalog.h"

#include "base/RecordId.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace caisse {

Catalog::Catalog(Database& database)
    : m_database(database)
    , m_lookup(database.connection())
    , m_insertProducts(database,
                       QStringLiteral("INSERT INTO products(id, uuid, name, category, vat_rate_milli_percent, "
                                      "tracks_stock, sold_by_weight, updated_at, description, cost_price_minor, "
                                      "weight_milli, low_stock_level, page_title, meta_description, image_url, "
                                      "net_content_milli, net_content_unit) VALUES"),
                       QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_insertVariants(
          database, QStringLiteral("INSERT INTO variants(id, uuid, product_id, sku, option_label, price_minor) VALUES"),
          QStringLiteral("(?, ?, ?, ?, ?, ?)"))
    // A barcode another article already has stays with it: labels on the shelves keep scanning what they scanned.
    , m_insertBarcodes(database, QStringLiteral("INSERT OR IGNORE INTO barcodes(lookup_key, variant_id) VALUES"),
                       QStringLiteral("(?, ?)"))
    , m_insertMovements(database,
                        QStringLiteral("INSERT INTO stock_movements(uuid, variant_id, quantity_milli, reason, "
                                       "register_id, occurred_at) VALUES"),
                        QStringLiteral("(?, ?, ?, 'initial', ?, ?)"))
{
    m_lookup.prepare(QStringLiteral(
        "SELECT v.id, v.sku, p.name, v.option_label, v.price_minor, p.vat_rate_milli_percent, p.tracks_stock, "
        "p.sold_by_weight, p.archived OR v.archived FROM barcodes b JOIN variants v ON v.id = b.variant_id "
        "JOIN products p ON p.id = v.product_id WHERE b.lookup_key = ?"));
}

Result<CatalogItem> Catalog::findByLookupKey(const QString& lookupKey)
{
    m_lookup.bindValue(0, lookupKey);
    if (auto ran = Database::exec(m_lookup); !ran)
        return std::unexpected(ran.error());
    if (!m_lookup.next())
        return failure(Error::Code::NotFound, tr("No article has the barcode %1.").arg(lookupKey));
    CatalogItem item;
    item.variantId = m_lookup.value(0).toLongLong();
    item.sku = m_lookup.value(1).toString();
    item.name = m_lookup.value(2).toString();
    item.optionLabel = m_lookup.value(3).toString();
    item.priceMinor = m_lookup.value(4).toLongLong();
    item.vatRateMilliPercent = m_lookup.value(5).toInt();
    item.tracksStock = m_lookup.value(6).toBool();
    item.soldByWeight = m_lookup.value(7).toBool();
    item.archived = m_lookup.value(8).toBool();
    m_lookup.finish();
    return item;
}

Result<QList<CatalogItem>> Catalog::search(const QString& text, int limit)
{
    // Each word a prefix query of its own, quoted: what the cashier types is never FTS5 syntax.
    QStringList words;
    for (QString word : text.split(u' ', Qt::SkipEmptyParts)) {
        word.remove(u'"');
        if (!word.isEmpty())
            words << u'"' + word + QStringLiteral("\"*");
    }
    QList<CatalogItem> found;
    if (words.isEmpty())
        return found;
    QSqlQuery query(m_database.connection());
    // In the index's order (no ranking): a one-letter prefix matches much of a large catalog, and ranking it all would
    // cost more than the keystroke may.
    if (auto ran = Database::run(
            query,
            QStringLiteral("SELECT v.id, v.sku, p.name, v.option_label, v.price_minor, p.vat_rate_milli_percent, "
                           "p.tracks_stock, p.sold_by_weight FROM catalog_search s JOIN variants v ON v.id = s.rowid "
                           "JOIN products p ON p.id = v.product_id WHERE catalog_search MATCH ? LIMIT ?"),
            {words.join(u' '), limit});
        !ran)
        return std::unexpected(ran.error());
    while (query.next())
        found.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toInt(),
                      query.value(6).toBool(), query.value(7).toBool(), false});
    std::ranges::sort(found, [](const CatalogItem& a, const CatalogItem& b) {
        return QString::localeAwareCompare(a.displayName(), b.displayName()) < 0;
    });
    return found;
}

Result<qint64> Catalog::variantOf(Database& database, const QString& barcodeOrSku)
{
    const QString typed = barcodeOrSku.trimmed();
    // A scanned barcode first (as the counter reads it), then a SKU typed by hand.
    const QString lookupKey = BarcodeParser::lookupKeyOf(typed).value_or(typed);
    QSqlQuery query(database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("SELECT variant_id FROM barcodes WHERE lookup_key = ? UNION ALL "
                                                "SELECT id FROM variants WHERE sku = ? LIMIT 1"),
                                 {lookupKey, typed});
        !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return failure(Error::Code::NotFound, tr("No article has the barcode or SKU %1.").arg(typed));
    return query.value(0).toLongLong();
}

Result<qint64> Catalog::stockLevelMilli(qint64 variantId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COALESCE(SUM(quantity_milli), 0) FROM stock_movements WHERE variant_id = ?"));
    query.addBindValue(variantId);
    if (auto ran = Database::exec(query); !ran)
        return std::unexpected(ran.error());
    query.next();
    return query.value(0).toLongLong();
}

Result<QList<QList<qint64>>> Catalog::addProducts(const QList<NewProduct>& products, const QString& registerId,
                                                  const QString& timestamp)
{
    return write(products, std::nullopt, registerId, timestamp);
}

Result<QList<qint64>> Catalog::addProduct(const NewProduct& product, const QString& registerId,
                                          const QString& timestamp)
{
    auto added = write({product}, std::nullopt, registerId, timestamp);
    if (!added)
        return std::unexpected(added.error());
    return added->first();
}

Result<QList<qint64>> Catalog::addVariants(qint64 productId, bool tracksStock, const QList<NewVariant>& variants,
                                           const QString& registerId, const QString& timestamp)
{
    NewProduct product;
    product.tracksStock = tracksStock;
    product.variants = variants;
    auto added = write({product}, productId, registerId, timestamp);
    if (!added)
        return std::unexpected(added.error());
    return added->first();
}

Result<QList<QList<qint64>>> Catalog::write(const QList<NewProduct>& products, std::optional<qint64> existingProductId,
                                            const QString& registerId, const QString& timestamp)
{
    QStringList lookupKeys; // all checked before any row is buffered
    for (const NewProduct& product : products) {
        for (const NewVariant& variant : product.variants) {
            for (const QString& barcode : variant.barcodes) {
                const auto key = BarcodeParser::lookupKeyOf(barcode);
                if (!key)
                    return std::unexpected(key.error());
                lookupKeys.append(*key);
            }
        }
    }
    auto transaction = Transaction::beginUnlessOpen(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    // Ids are given here, so that variants can name their product: inside the transaction's write lock, no other
    // connection can take them meanwhile.
    const auto lastProduct = m_database.integer(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM products"));
    const auto lastVariant = m_database.integer(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM variants"));
    if (!lastProduct || !lastVariant)
        return std::unexpected(!lastProduct ? lastProduct.error() : lastVariant.error());

    // Each table before those that name its rows: the database checks references as rows are written.
    QList<qint64> productIds;
    for (const NewProduct& product : products) {
        if (existingProductId) {
            productIds.append(*existingProductId);
            continue;
        }
        productIds.append(*lastProduct + productIds.size() + 1);
        const ProductDetails& details = product.details;
        if (auto buffered = m_insertProducts.add(
                productIds.last(), newRecordId(), product.name, product.category, qint64(product.vatRateMilliPercent),
                qint64(product.tracksStock), qint64(product.soldByWeight), timestamp, details.description,
                details.costPriceMinor, details.weightMilli, details.lowStockLevel, details.pageTitle,
                details.metaDescription, details.imageUrl, details.netContentMilli,
                details.netContentMilli ? std::optional(details.netContentUnit) : std::nullopt);
            !buffered)
            return std::unexpected(buffered.error());
    }
    if (auto written = m_insertProducts.finish(); !written)
        return std::unexpected(written.error());

    QList<QList<qint64>> variantIds;
    qint64 variantId = *lastVariant;
    for (const NewProduct& product : products) {
        QList<qint64>& ofProduct = variantIds.emplace_back();
        for (qsizetype v = 0; v < product.variants.size(); ++v)
            ofProduct.append(++variantId);
    }
    // The new variants' search rows are made in one statement once they are written (migration 0028 says why); the
    // pause is lifted before this returns, and a failure's rollback lifts it too.
    QSqlQuery search(m_database.connection());
    if (auto paused = Database::exec(search, QStringLiteral("UPDATE catalog_search_paused SET paused = 1")); !paused)
        return std::unexpected(paused.error());
    for (qsizetype p = 0; p < products.size(); ++p) {
        for (qsizetype v = 0; v < products[p].variants.size(); ++v) {
            const NewVariant& variant = products[p].variants[v];
            if (auto buffered = m_insertVariants.add(variantIds[p][v], newRecordId(), productIds[p], variant.sku,
                                                     variant.optionLabel, variant.priceMinor);
                !buffered)
                return std::unexpected(buffered.error());
        }
    }
    if (auto written = m_insertVariants.finish(); !written)
        return std::unexpected(written.error());
    qsizetype nextKey = 0;
    for (qsizetype p = 0; p < products.size(); ++p) {
        for (qsizetype v = 0; v < products[p].variants.size(); ++v) {
            for (qsizetype b = 0; b < products[p].variants[v].barcodes.size(); ++b) {
                if (auto buffered = m_insertBarcodes.add(lookupKeys.at(nextKey++), variantIds[p][v]); !buffered)
                    return std::unexpected(buffered.error());
            }
        }
    }
    if (auto written = m_insertBarcodes.finish(); !written)
        return std::unexpected(written.error());
    for (qsizetype p = 0; p < products.size(); ++p) {
        for (qsizetype v = 0; v < products[p].variants.size(); ++v) {
            const NewVariant& variant = products[p].variants[v];
            if (variant.initialStockMilli != 0 && products[p].tracksStock) {
                if (auto buffered = m_insertMovements.add(newRecordId(), variantIds[p][v], variant.initialStockMilli,
                                                          registerId, timestamp);
                    !buffered)
                    return std::unexpected(buffered.error());
            }
        }
    }
    if (auto written = m_insertMovements.finish(); !written)
        return std::unexpected(written.error());
    if (auto indexed
        = Database::run(search,
                        QStringLiteral("INSERT INTO catalog_search(rowid, label, codes) SELECT variant_id, "
                                       "label, codes FROM catalog_search_rows WHERE variant_id > ? AND "
                                       "variant_id <= ?"),
                        {*lastVariant, variantId});
        !indexed)
        return std::unexpected(indexed.error());
    if (auto resumed = Database::exec(search, QStringLiteral("UPDATE catalog_search_paused SET paused = 0")); !resumed)
        return std::unexpected(resumed.error());
    if (*transaction) {
        if (auto committed = (*transaction)->commit(); !committed)
            return std::unexpected(committed.error());
    }
    return variantIds;
}

} // namespace caisse
