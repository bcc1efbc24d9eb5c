#pragma once

#include "storesync/StockDifference.h"

#include <QList>

namespace caisse {

/** The day-end comparison of the register and the online store. */
struct ReconciliationReport
{
    /** Register changes not yet applied on the store: nonzero means the comparison below is not final. */
    qint64 changesWaiting = 0;
    /** Stock batches applied on the store, and the count the store's ledger item holds: equal, or something is off. */
    qint64 batchesApplied = 0;
    qint64 ledgerOnStore = -1;
    qint64 ordersTaken = 0;
    qint64 articlesCompared = 0;
    QList<StockDifference> differences;
};

} // namespace caisse
