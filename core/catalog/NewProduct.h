#pragma once

#include "catalog/NewVariant.h"
#include "catalog/ProductDetails.h"

#include <QList>
#include <QString>

namespace caisse {

struct NewProduct
{
    QString name;
    QString category;
    qint32 vatRateMilliPercent = 20'000;
    bool tracksStock = true;
    bool soldByWeight = false;
    QList<NewVariant> variants;
    ProductDetails details = {};
};

} // namespace caisse
