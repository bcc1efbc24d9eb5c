#pragma once

#include <QString>
#include <QStringList>

namespace caisse {

struct NewVariant
{
    QString sku;
    QString optionLabel;
    qint64 priceMinor = 0;
    QStringList barcodes;
    qint64 initialStockMilli = 0;
};

} // namespace caisse
