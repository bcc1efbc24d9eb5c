#include "Catalog.h"

#include "Database.h"
#include "RecordId.h"

namespace caisse {

QString CatalogItem::displayName() const
{
    return optionLabel.isEmpty() ? name : name + QStringLiteral(" — ") + optionLabel;
}

Catalog::Catalog(Database& database)
    : m_database(database)
    , m_lookup(database.connection())
    , m_insertProduct(database.connection())
    , m_insertVariant(database.connection())
    , m_insertBarcode(database.connection())
    , m_insertMovement(database.connection())
{
    m_lookup.prepare(QStringLiteral(
        "SELECT v.id, v.sku, p.name, v.option_label, v.price_minor, p.vat_rate_milli_percent, p.tracks_stock, "
        "p.sold_by_weight, p.archived OR v.archived FROM barcodes b JOIN variants v ON v.id = b.variant_id "
        "JOIN products p ON p.id = v.product_id WHERE b.lookup_key = ?"));
    m_insertProduct.prepare(
        QStringLiteral("INSERT INTO products(uuid, name, category, vat_rate_milli_percent, tracks_stock, "
                       "sold_by_weight, updated_at, description, cost_price_minor, weight_milli, low_stock_level, "
                       "page_title, meta_description, image_url) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_insertVariant.prepare(
        QStringLiteral("INSERT INTO variants(uuid, product_id, sku, option_label, price_minor) VALUES(?, ?, ?, ?, ?)"));
    m_insertBarcode.prepare(QStringLiteral("INSERT INTO barcodes(lookup_key, variant_id) VALUES(?, ?)"));
    m_insertMovement.prepare(
        QStringLiteral("INSERT INTO stock_movements(uuid, variant_id, quantity_milli, reason, register_id, "
                       "occurred_at) VALUES(?, ?, ?, 'initial', ?, ?)"));
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

Result<TicketLine> Catalog::lineForScan(const QString& scanned, const BarcodeParser& parser, const Currency& currency)
{
    const auto code = parser.parse(scanned, currency);
    if (!code)
        return std::unexpected(code.error());
    auto item = findByLookupKey(code->lookupKey);
    if (!item) {
        if (item.error().code == Error::Code::NotFound)
            return failure(Error::Code::NotFound,
                           tr("Unknown barcode %1: this article is not in the catalog. Nothing was added.")
                               .arg(scanned.trimmed()));
        return std::unexpected(item.error());
    }
    if (item->archived)
        return failure(
            Error::Code::BusinessRule,
            tr("%1 is no longer sold (archived in the catalog). Nothing was added.").arg(item->displayName()));

    TicketLine line;
    line.variantId = item->variantId;
    line.sku = item->sku;
    line.label = item->displayName();
    line.unitPriceMinor = item->priceMinor;
    line.vatRateMilliPercent = item->vatRateMilliPercent;
    line.tracksStock = item->tracksStock;
    line.soldByWeight = item->soldByWeight;
    if (code->embeddedQuantityMilli) {
        if (*code->embeddedQuantityMilli <= 0)
            return failure(Error::Code::InvalidInput,
                           tr("The label of %1 carries no weight. Weigh it again.").arg(line.label));
        line.quantityMilli = *code->embeddedQuantityMilli;
        line.soldByWeight = true;
    } else if (code->embeddedPriceMinor) {
        // The scale printed the price to pay: one article at that price, whatever the catalog's price per kg.
        line.unitPriceMinor = *code->embeddedPriceMinor;
        line.soldByWeight = false;
    } else if (item->soldByWeight) {
        return failure(Error::Code::BusinessRule,
                       tr("%1 is sold by weight: scan the label printed by the scale.").arg(line.label));
    }
    return line;
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

Result<QList<qint64>> Catalog::addProduct(const NewProduct& product, const QString& registerId,
                                          const QString& timestamp)
{
    const ProductDetails& details = product.details;
    const auto optional = [](const std::optional<qint64>& value) {
        return value ? QVariant(*value) : QVariant();
    };
    Database::bindAll(m_insertProduct,
                      {newRecordId(), product.name, product.category, product.vatRateMilliPercent,
                       product.tracksStock ? 1 : 0, product.soldByWeight ? 1 : 0, timestamp, details.description,
                       optional(details.costPriceMinor), optional(details.weightMilli), optional(details.lowStockLevel),
                       details.pageTitle, details.metaDescription, details.imageUrl});
    if (auto ran = Database::exec(m_insertProduct); !ran)
        return std::unexpected(ran.error());
    const qint64 productId = m_insertProduct.lastInsertId().toLongLong();
    QList<qint64> variantIds;
    variantIds.reserve(product.variants.size());
    for (const NewVariant& variant : product.variants) {
        const auto added = addVariant(productId, product.tracksStock, variant, registerId, timestamp);
        if (!added)
            return std::unexpected(added.error());
        variantIds.append(*added);
    }
    return variantIds;
}

Result<qint64> Catalog::addVariant(qint64 productId, bool tracksStock, const NewVariant& variant,
                                   const QString& registerId, const QString& timestamp)
{
    Database::bindAll(m_insertVariant,
                      {newRecordId(), productId, variant.sku, variant.optionLabel, variant.priceMinor});
    if (auto ran = Database::exec(m_insertVariant); !ran)
        return std::unexpected(ran.error());
    const qint64 variantId = m_insertVariant.lastInsertId().toLongLong();
    for (const QString& barcode : variant.barcodes) {
        const auto key = BarcodeParser::lookupKeyOf(barcode);
        if (!key)
            return std::unexpected(key.error());
        Database::bindAll(m_insertBarcode, {*key, variantId});
        if (auto ran = Database::exec(m_insertBarcode); !ran)
            return std::unexpected(ran.error());
    }
    if (variant.initialStockMilli != 0 && tracksStock) {
        Database::bindAll(m_insertMovement,
                          {newRecordId(), variantId, variant.initialStockMilli, registerId, timestamp});
        if (auto ran = Database::exec(m_insertMovement); !ran)
            return std::unexpected(ran.error());
    }
    return variantId;
}

} // namespace caisse
