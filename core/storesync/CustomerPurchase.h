#pragma once

#include <QDateTime>
#include <QString>

namespace caisse {

/** One purchase of a customer, at the counter or online. */
struct CustomerPurchase
{
    QDateTime at;
    /** "counter" or "online". */
    QString where;
    QString reference;
    qint64 totalMinor = 0;
};

} // namespace caisse
