#pragma once

#include <QString>

namespace caisse {

/** One sellable variant of a product, as the counter needs it. */
struct CatalogItem
{
    qint64 variantId = 0;
    QString sku;
    QString name;
    QString optionLabel;
    qint64 priceMinor = 0;
    qint32 vatRateMilliPercent = 0;
    bool tracksStock = true;
    bool soldByWeight = false;
    bool archived = false;

    /** "T-shirt bio — M / Bleu", or the name alone for a product without options. */
    QString displayName() const;
};

} // namespace caisse
