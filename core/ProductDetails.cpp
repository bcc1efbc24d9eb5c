#include "ProductDetails.h"

#include "Database.h"
#include "StorePrices.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace caisse {

namespace {

std::optional<qint64> optionalOf(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toLongLong());
}

QVariant variantOf(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

ProductDetails ProductDetails::fromStore(const QJsonObject& product, bool sameCurrency)
{
    ProductDetails details;
    details.description = product.value(QStringLiteral("description")).toString();
    if (sameCurrency && product.value(QStringLiteral("cost_price")).isDouble())
        details.costPriceMinor = minorFromStore(product.value(QStringLiteral("cost_price")));
    if (product.value(QStringLiteral("weight")).isDouble())
        details.weightMilli = qRound64(product.value(QStringLiteral("weight")).toDouble() * 1000.0);
    if (product.value(QStringLiteral("inventory_warning_level")).isDouble())
        details.lowStockLevel = product.value(QStringLiteral("inventory_warning_level")).toInteger();
    details.pageTitle = product.value(QStringLiteral("page_title")).toString();
    details.metaDescription = product.value(QStringLiteral("meta_description")).toString();
    for (const QJsonValue& image : product.value(QStringLiteral("images")).toArray()) {
        if (details.imageUrl.isEmpty() || image.toObject().value(QStringLiteral("is_thumbnail")).toBool())
            details.imageUrl = image.toObject().value(QStringLiteral("url_standard")).toString();
    }
    return details;
}

Result<ProductDetails> ProductDetails::load(Database& database, qint64 productId)
{
    QSqlQuery query(database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("SELECT description, cost_price_minor, weight_milli, low_stock_level, "
                                                "page_title, meta_description, image_url FROM products WHERE id = ?"),
                                 {productId});
        !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return failure(Error::Code::NotFound, {});
    return ProductDetails {query.value(0).toString(),  optionalOf(query.value(1)), optionalOf(query.value(2)),
                           optionalOf(query.value(3)), query.value(4).toString(),  query.value(5).toString(),
                           query.value(6).toString()};
}

void ProductDetails::addTo(QJsonObject& body) const
{
    body.insert(QStringLiteral("weight"), double(weightMilli.value_or(0)) / 1000.0);
    if (!description.isEmpty())
        body.insert(QStringLiteral("description"), description);
    if (costPriceMinor)
        body.insert(QStringLiteral("cost_price"), double(*costPriceMinor) / 100.0);
    if (lowStockLevel)
        body.insert(QStringLiteral("inventory_warning_level"), *lowStockLevel);
    if (!pageTitle.isEmpty())
        body.insert(QStringLiteral("page_title"), pageTitle);
    if (!metaDescription.isEmpty())
        body.insert(QStringLiteral("meta_description"), metaDescription);
    if (!imageUrl.isEmpty())
        body.insert(
            QStringLiteral("images"),
            QJsonArray {QJsonObject {{QStringLiteral("image_url"), imageUrl}, {QStringLiteral("is_thumbnail"), true}}});
}

Result<void> ProductDetails::save(Database& database, qint64 productId) const
{
    QSqlQuery query(database.connection());
    return Database::run(query,
                         QStringLiteral("UPDATE products SET description = ?, cost_price_minor = ?, weight_milli = ?, "
                                        "low_stock_level = ?, page_title = ?, meta_description = ?, image_url = ? "
                                        "WHERE id = ?"),
                         {description, variantOf(costPriceMinor), variantOf(weightMilli), variantOf(lowStockLevel),
                          pageTitle, metaDescription, imageUrl, productId});
}

} // namespace caisse
