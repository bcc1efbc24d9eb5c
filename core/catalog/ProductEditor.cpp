#include "catalog/ProductEditor.h"

#include "catalog/BarcodeParser.h"
#include "catalog/Catalog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QSqlQuery>

namespace caisse {

ProductEditor::ProductEditor(Database& database, QList<VariableMeasureRule> barcodeRules)
    : m_database(database)
    , m_barcodeRules(std::move(barcodeRules))
{ }

Result<ProductDraft> ProductEditor::load(const QString& barcodeOrSku)
{
    const auto variantId = Catalog::variantOf(m_database, barcodeOrSku);
    if (!variantId)
        return std::unexpected(variantId.error());
    const auto productId
        = m_database.integer(QStringLiteral("SELECT product_id FROM variants WHERE id = ?"), {*variantId});
    if (!productId)
        return std::unexpected(productId.error());
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("SELECT name, category, vat_rate_milli_percent, tracks_stock, archived "
                                                "FROM products WHERE id = ?"),
                                 {*productId});
        !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return failure(Error::Code::NotFound, tr("No article has the barcode or SKU %1.").arg(barcodeOrSku));
    ProductDraft product {*productId,
                          query.value(0).toString(),
                          query.value(1).toString(),
                          query.value(2).toInt(),
                          query.value(3).toBool(),
                          query.value(4).toBool(),
                          {},
                          {}};
    if (auto ran = Database::run(query,
                                 QStringLiteral("SELECT v.id, v.option_label, v.sku, v.price_minor, (SELECT lookup_key "
                                                "FROM barcodes b WHERE b.variant_id = v.id ORDER BY lookup_key LIMIT "
                                                "1), v.archived FROM variants v WHERE v.product_id = ? ORDER BY v.id"),
                                 {*productId});
        !ran)
        return std::unexpected(ran.error());
    while (query.next()) {
        // A GTIN is kept as 14 digits: shown as the EAN-13 printed on the article.
        QString barcode = query.value(4).toString();
        if (barcode.size() == 14 && barcode.startsWith(u'0'))
            barcode = barcode.mid(1);
        product.variants.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                 query.value(3).toLongLong(), barcode, query.value(5).toBool()});
    }
    const auto details = ProductDetails::load(m_database, *productId);
    if (!details)
        return std::unexpected(details.error());
    product.details = *details;
    return product;
}

Result<QString> ProductEditor::nextInStoreBarcode()
{
    QSet<QString> taken;
    for (const VariableMeasureRule& rule : m_barcodeRules)
        taken.insert(rule.prefix);
    QString prefix;
    for (int second = 0; second <= 9 && prefix.isEmpty(); ++second)
        if (const QString candidate = QStringLiteral("2%1").arg(second); !taken.contains(candidate))
            prefix = candidate;
    if (prefix.isEmpty())
        return failure(Error::Code::BusinessRule,
                       tr("Every in-store barcode prefix (20 to 29) is used by weight or price labels: type the "
                          "article's barcode."));
    // Lookup keys hold a GTIN as 14 digits: "0" + the EAN-13.
    const auto last = m_database.text(
        QStringLiteral("SELECT COALESCE(MAX(lookup_key), '') FROM barcodes WHERE lookup_key >= ? AND lookup_key < ?"),
        {QStringLiteral("0") + prefix, QStringLiteral("0") + prefix + QStringLiteral("~")});
    if (!last)
        return std::unexpected(last.error());
    const qint64 next = last->size() == 14 ? last->mid(3, 10).toLongLong() + 1 : 1;
    if (next > 9'999'999'999)
        return failure(Error::Code::BusinessRule, tr("The in-store barcodes of prefix %1 are all used.").arg(prefix));
    const QString data = prefix + QStringLiteral("%1").arg(next, 10, 10, QLatin1Char('0'));
    return data + QString::number(BarcodeParser::checkDigit(data));
}

Result<void> ProductEditor::check(const ProductDraft& product)
{
    if (product.name.trimmed().isEmpty())
        return failure(Error::Code::InvalidInput, tr("Give the product a name."));
    if (product.variants.isEmpty())
        return failure(Error::Code::InvalidInput, tr("A product needs at least one variant, with its price."));
    QSet<QString> options;
    QSet<QString> skus;
    for (const VariantDraft& variant : product.variants) {
        if (variant.priceMinor < 0)
            return failure(Error::Code::InvalidInput, tr("%1: a price cannot be negative.").arg(variant.sku));
        if (product.variants.size() > 1 && variant.optionLabel.trimmed().isEmpty())
            return failure(Error::Code::InvalidInput,
                           tr("%1: with several variants, each needs its option (size, colour…).").arg(variant.sku));
        if (options.contains(variant.optionLabel.trimmed()) || skus.contains(variant.sku.trimmed()))
            return failure(Error::Code::InvalidInput,
                           tr("Two variants have the same option or SKU (%1).").arg(variant.sku));
        options.insert(variant.optionLabel.trimmed());
        skus.insert(variant.sku.trimmed());
        if (!variant.barcode.isEmpty() && !BarcodeParser::lookupKeyOf(variant.barcode))
            return failure(
                Error::Code::InvalidInput,
                tr("%1: the barcode %2 is not a valid EAN or UPC (check digit).").arg(variant.sku, variant.barcode));
        const auto owner
            = m_database.integer(QStringLiteral("SELECT COUNT(*) FROM variants WHERE sku = ? AND id IS NOT ?"),
                                 {variant.sku.trimmed(), variant.id ? QVariant(*variant.id) : QVariant()});
        if (!owner)
            return std::unexpected(owner.error());
        if (*owner > 0)
            return failure(Error::Code::InvalidInput, tr("Another article already has the SKU %1.").arg(variant.sku));
        if (!variant.barcode.isEmpty()) {
            const auto taken = m_database.integer(
                QStringLiteral("SELECT COUNT(*) FROM barcodes WHERE lookup_key = ? AND variant_id IS NOT ?"),
                {*BarcodeParser::lookupKeyOf(variant.barcode), variant.id ? QVariant(*variant.id) : QVariant()});
            if (!taken)
                return std::unexpected(taken.error());
            if (*taken > 0)
                return failure(Error::Code::InvalidInput,
                               tr("Another article already has the barcode %1.").arg(variant.barcode));
        }
    }
    return {};
}

Result<ProductDraft> ProductEditor::save(ProductDraft product, const QString& registerId, const QString& timestamp)
{
    auto transaction = Transaction::beginUnlessOpen(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    for (VariantDraft& variant : product.variants) {
        variant.sku = variant.sku.trimmed();
        variant.optionLabel = variant.optionLabel.trimmed();
        variant.barcode = variant.barcode.trimmed();
    }
    // The codes made here follow each other: none is written before the product is.
    QString previous;
    for (VariantDraft& variant : product.variants) {
        if (!variant.barcode.isEmpty())
            continue;
        if (previous.isEmpty()) {
            const auto generated = nextInStoreBarcode();
            if (!generated)
                return std::unexpected(generated.error());
            previous = *generated;
        } else {
            const QString data = previous.left(2)
                + QStringLiteral("%1").arg(previous.mid(2, 10).toLongLong() + 1, 10, 10, QLatin1Char('0'));
            previous = data + QString::number(BarcodeParser::checkDigit(data));
        }
        variant.barcode = previous;
    }
    // A variant without a SKU of its own is known by its barcode, as many small shops do.
    for (VariantDraft& variant : product.variants)
        if (variant.sku.isEmpty())
            variant.sku = variant.barcode;
    if (auto checked = check(product); !checked)
        return std::unexpected(checked.error());
    QSqlQuery query(m_database.connection());
    if (!product.id) {
        NewProduct created {product.name.trimmed(),
                            product.category.trimmed(),
                            product.vatRateMilliPercent,
                            product.tracksStock,
                            false,
                            {},
                            product.details};
        for (const VariantDraft& variant : product.variants)
            created.variants.append({variant.sku, variant.optionLabel, variant.priceMinor, {variant.barcode}, 0});
        const auto ids = Catalog(m_database).addProduct(created, registerId, timestamp);
        if (!ids)
            return std::unexpected(ids.error());
        for (qsizetype index = 0; index < ids->size(); ++index)
            product.variants[index].id = ids->at(index);
        product.id = m_database.integer(QStringLiteral("SELECT product_id FROM variants WHERE id = ?"), {ids->first()})
                         .value_or(0);
    } else {
        if (auto ran
            = Database::run(query,
                            QStringLiteral("UPDATE products SET name = ?, category = ?, "
                                           "vat_rate_milli_percent = ?, tracks_stock = ?, archived = ?, "
                                           "net_content_milli = ?, net_content_unit = ?, updated_at = ? "
                                           "WHERE id = ?"),
                            {product.name.trimmed(), product.category.trimmed(), product.vatRateMilliPercent,
                             product.tracksStock ? 1 : 0, product.archived ? 1 : 0,
                             product.details.netContentMilli ? QVariant(*product.details.netContentMilli) : QVariant(),
                             product.details.netContentMilli ? QVariant(product.details.netContentUnit) : QVariant(),
                             timestamp, *product.id});
            !ran)
            return std::unexpected(ran.error());
        if (auto saved = product.details.save(m_database, *product.id); !saved)
            return std::unexpected(saved.error());
        QList<qsizetype> added;
        QList<NewVariant> newVariants;
        for (qsizetype index = 0; index < product.variants.size(); ++index) {
            const VariantDraft& variant = product.variants.at(index);
            if (!variant.id) {
                added.append(index);
                newVariants.append({variant.sku, variant.optionLabel, variant.priceMinor, {variant.barcode}, 0});
                continue;
            }
            if (auto ran = Database::run(
                    query,
                    QStringLiteral("UPDATE variants SET option_label = ?, sku = ?, price_minor = ?, "
                                   "archived = ? WHERE id = ?"),
                    {variant.optionLabel, variant.sku, variant.priceMinor, variant.archived ? 1 : 0, *variant.id});
                !ran)
                return std::unexpected(ran.error());
            if (auto ran = Database::run(query,
                                         QStringLiteral("INSERT OR IGNORE INTO barcodes(lookup_key, variant_id) "
                                                        "VALUES(?, ?)"),
                                         {*BarcodeParser::lookupKeyOf(variant.barcode), *variant.id});
                !ran)
                return std::unexpected(ran.error());
        }
        if (!newVariants.isEmpty()) {
            const auto ids
                = Catalog(m_database).addVariants(*product.id, product.tracksStock, newVariants, registerId, timestamp);
            if (!ids)
                return std::unexpected(ids.error());
            for (qsizetype index = 0; index < ids->size(); ++index)
                product.variants[added.at(index)].id = ids->at(index);
        }
    }
    if (*transaction) {
        if (auto committed = (*transaction)->commit(); !committed)
            return std::unexpected(committed.error());
    }
    return product;
}

} // namespace caisse
