#include "bigcommerce/StoreProductDetails.h"

#include "bigcommerce/StorePricing.h"

#include <QJsonArray>

namespace caisse {

ProductDetails StoreProductDetails::read(const QJsonObject& product, bool sameCurrency)
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

void StoreProductDetails::write(const ProductDetails& details, QJsonObject& body)
{
    body.insert(QStringLiteral("weight"), double(details.weightMilli.value_or(0)) / 1000.0);
    if (!details.description.isEmpty())
        body.insert(QStringLiteral("description"), details.description);
    if (details.costPriceMinor)
        body.insert(QStringLiteral("cost_price"), double(*details.costPriceMinor) / 100.0);
    if (details.lowStockLevel)
        body.insert(QStringLiteral("inventory_warning_level"), *details.lowStockLevel);
    if (!details.pageTitle.isEmpty())
        body.insert(QStringLiteral("page_title"), details.pageTitle);
    if (!details.metaDescription.isEmpty())
        body.insert(QStringLiteral("meta_description"), details.metaDescription);
    if (!details.imageUrl.isEmpty())
        body.insert(QStringLiteral("images"),
                    QJsonArray {QJsonObject {{QStringLiteral("image_url"), details.imageUrl},
                                             {QStringLiteral("is_thumbnail"), true}}});
}

} // namespace caisse
