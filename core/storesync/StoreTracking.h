#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "bigcommerce/StoreClient.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace caisse {

class Database;

/**
 * How the online store tracks each linked product's stock ("product", "variant" or "none", its inventory_tracking),
 * which decides how an inventory adjustment must name its items (bigcommerce/InventoryLevels adjustmentItem). Kept
 * in the register's database (store_tracking): read from the store's catalog once per product, when it first needs
 * sending, and forgotten when the store refuses an adjustment, in case the merchant changed it.
 */
class StoreTracking
{
public:
    StoreTracking(Database& database, const Clock& clock, StoreClient& client);

    /** Makes the tracking of every product of storeProductIds known, asking the store for those it has not told. */
    void lookUp(const QList<qint64>& storeProductIds, std::function<void(const Result<void>&)> done);
    /** Known once lookUp is done; empty for a product the store does not have. */
    QString of(qint64 storeProductId) const { return m_known.value(storeProductId); }
    void forget(const QList<qint64>& storeProductIds);
    /** What the register itself told the store (a product it created), in the caller's transaction. */
    Result<void> remember(qint64 storeProductId, const QString& tracking);

private:
    Database& m_database;
    const Clock& m_clock;
    StoreClient& m_client;
    QHash<qint64, QString> m_known;
};

} // namespace caisse
