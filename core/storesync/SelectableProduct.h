#pragma once

#include <QString>

namespace caisse {

/** A product in the list the manager picks the synced products from. */
struct SelectableProduct
{
    qint64 productId = 0;
    QString name;
    QString sku;
    bool selected = false;
};

} // namespace caisse
