#include "catalog/ProductDetails.h"

#include "storage/Database.h"

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

Result<ProductDetails> ProductDetails::load(Database& database, qint64 productId)
{
    QSqlQuery query(database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("SELECT description, cost_price_minor, weight_milli, low_stock_level, "
                                                "page_title, meta_description, image_url, net_content_milli, "
                                                "COALESCE(net_content_unit, '') FROM products WHERE id = ?"),
                                 {productId});
        !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return failure(Error::Code::NotFound, {});
    return ProductDetails {query.value(0).toString(),  optionalOf(query.value(1)), optionalOf(query.value(2)),
                           optionalOf(query.value(3)), query.value(4).toString(),  query.value(5).toString(),
                           query.value(6).toString(),  optionalOf(query.value(7)), query.value(8).toString()};
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
