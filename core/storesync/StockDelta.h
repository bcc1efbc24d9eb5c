#pragma once

#include <QString>

namespace caisse {

/** One SKU's net stock change in a batch, in whole units (negative for a sale). */
struct StockDelta
{
    QString sku;
    qint64 quantity = 0;
    friend bool operator==(const StockDelta&, const StockDelta&) = default;
};

} // namespace caisse
