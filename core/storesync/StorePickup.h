#pragma once

#include "base/Result.h"
#include "storesync/PickupLine.h"
#include "storesync/PickupOrder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace caisse {

class Database;

/**
 * Pickup in store: online orders in Awaiting Pickup, as the sync took them in, found by number or customer and handed
 * over at the counter. The handover is recorded here at once, without the network; the sync worker marks the order
 * Completed on the online store at its next run (OrderSync). Their stock was taken when the order came in.
 */
class StorePickup
{
    Q_DECLARE_TR_FUNCTIONS(caisse::StorePickup)

public:
    static constexpr int kAwaitingPickupStatus = 8;

    explicit StorePickup(Database& database);

    /** Orders to hand over whose number is `search`, or whose customer's name or e-mail contains it; all if empty. */
    Result<QList<PickupOrder>> awaiting(const QString& search) const;
    /** Fails with a sentence for the cashier when the order is not (or no longer) waiting for pickup. */
    Result<void> handOver(qint64 orderId, const QString& operatorName, const QDateTime& at);

private:
    Database& m_database;
};

} // namespace caisse
