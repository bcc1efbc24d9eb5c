#pragma once

#include <QString>

namespace caisse {

/** One article whose stock differs between the register and the online store. */
struct StockDifference
{
    QString sku;
    qint64 registerStock = 0;
    qint64 storeStock = 0;
};

} // namespace caisse
