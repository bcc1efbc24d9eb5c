#pragma once

#include "catalog/ProductDetails.h"

#include <QString>

namespace caisse {

/** One variant as the online store sells it. */
struct StoreVariant
{
    qint64 storeProductId = 0;
    qint64 storeVariantId = 0;
    QString productName;
    QString optionLabel;
    QString sku;
    QString upc;
    /** VAT-inclusive, in the register's currency; -1 when it cannot be taken (another currency). */
    qint64 priceMinor = -1;
    qint64 stock = 0;
    /** The store tracks its product's stock (inventory_tracking "product" or "variant"); off when it is "none". */
    bool tracksStock = true;
    /** The product's own fields (the same for each of its variants). */
    ProductDetails details = {};
    /** A variant of the same store product the register has already: a new variant joins its product. 0: none. */
    qint64 siblingVariantId = 0;
};

} // namespace caisse
