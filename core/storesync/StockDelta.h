#pragma once

#include <QString>

namespace caisse {

/** One SKU's net stock change in a batch, in whole units (negative for a sale), with the store item it is linked to. */
struct StockDelta
{
    QString sku;
    qint64 quantity = 0;
    qint64 storeProductId = 0;
    qint64 storeVariantId = 0;
    friend bool operator==(const StockDelta&, const StockDelta&) = default;
};

} // namespace caisse
