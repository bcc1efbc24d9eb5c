#pragma once

#include "storesync/StockDelta.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace caisse {

/** The stock changes one request carries to the store, already on disk before the request leaves. */
struct StockBatch
{
    qint64 id = 0;
    /** Unique to this register and batch; sent as the adjustment's reason so the batch can be found on the store. */
    QString marker;
    QList<StockDelta> deltas;
    /** When it was last prepared or answered: an unsettled batch is checked only once the store has had time. */
    QDateTime since;
};

} // namespace caisse
