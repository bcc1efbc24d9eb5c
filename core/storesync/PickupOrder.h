#pragma once

#include "storesync/PickupLine.h"

#include <QList>
#include <QString>

namespace caisse {

/** An online order waiting at the shop for its customer. */
struct PickupOrder
{
    qint64 orderId = 0;
    QString customerName;
    QString email;
    qint64 totalMinor = 0;
    QList<PickupLine> lines;
};

} // namespace caisse
