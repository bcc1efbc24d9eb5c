#pragma once

#include "catalog/ProductDetails.h"

#include <QJsonObject>

namespace caisse {

/** A product's details (description, cost, weight, SEO, image) as the store's catalog API v3 writes them. */
class StoreProductDetails
{
public:
    /** From a v3 catalog product (with include=images for the image). */
    static ProductDetails read(const QJsonObject& product, bool sameCurrency);
    /** Into a v3 product body: weight is always there (the API requires it). */
    static void write(const ProductDetails& details, QJsonObject& body);
};

} // namespace caisse
