#pragma once

#include <QString>

#include <optional>

namespace caisse {

/** An article as the manager's online article screen shows it. */
struct OnlineArticle
{
    qint64 variantId = 0;
    QString sku;
    QString name;
    /** The register's stock: the shop's share when split, the only stock otherwise. */
    qint64 shopQuantity = 0;
    bool split = false;
    bool linked = false;
    /** Chosen to sync, when only selected products do (StoreSettings). */
    bool selected = false;
    bool tracksStock = true;
    /** The online quantity set last and not yet on the store; none when nothing waits. */
    std::optional<qint64> onlineQuantityWaiting;
};

} // namespace caisse
