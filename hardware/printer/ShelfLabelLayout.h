#pragma once

#include "catalog/ShelfLabels.h"
#include "printer/PrinterProfile.h"

namespace caisse {

/**
 * Shelf labels as a receipt printer's job, each cut off on its own: the name in bold, the price in double size, the
 * price per kilogram or litre, then the barcode (or the SKU when the article has only an internal code).
 */
class ShelfLabelLayout
{
public:
    static QByteArray encode(const QList<ShelfLabel>& labels, const Currency& currency, const QLocale& locale,
                             const PrinterProfile& profile);
};

} // namespace caisse
