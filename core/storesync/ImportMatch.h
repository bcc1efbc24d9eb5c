#pragma once

#include "storesync/StoreVariant.h"

#include <QString>

namespace caisse {

/** A store variant found on the register. */
struct ImportMatch
{
    StoreVariant store;
    qint64 localVariantId = 0;
    QString localSku;
    /** "sku" or "barcode". */
    QString matchedBy;
};

} // namespace caisse
