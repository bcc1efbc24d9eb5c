#pragma once

#include <QString>

#include <optional>

namespace caisse {

/** What a scan says: the key to find the article by, and a weight or price the label carries. */
struct ScannedCode
{
    /** A GTIN as 14 digits (EAN-8, UPC-A and EAN-13 of the same article give the same key), or an internal code. */
    QString lookupKey;
    std::optional<qint64> embeddedPriceMinor;
    std::optional<qint64> embeddedQuantityMilli;
};

} // namespace caisse
