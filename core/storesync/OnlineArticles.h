#pragma once

#include "base/Result.h"
#include "storesync/OnlineArticle.h"
#include "storesync/SelectableProduct.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace caisse {

class Database;

/**
 * An article's place on the online store, as the manager sets it: selected to sync (when only selected products do),
 * and its stock split or not.
 *
 * Split stock: an article can have a quantity for the shop and another for online, set by the manager. The shop's is
 * the register's stock, moved by the counter's sales; the online one is the store's, moved by online orders. Neither
 * moves the other: the register's sales of it are not sent, and online orders of it do not lower the register's
 * stock. The online quantity the manager sets is sent as an absolute level (CatalogSync), again until it is known
 * applied. Shared again, the store's level starts from the register's.
 */
class OnlineArticles
{
    Q_DECLARE_TR_FUNCTIONS(caisse::OnlineArticles)

public:
    explicit OnlineArticles(Database& database);

    /** By SKU or barcode; a sentence for the manager when there is no such article. */
    Result<OnlineArticle> find(const QString& skuOrBarcode);
    /** Selects the article's product to sync with the online store, or not. */
    Result<void> setSelected(qint64 variantId, bool selected);
    /** Products whose name or SKU contains `search` (all when empty), by name, `limit` at most. */
    Result<QList<SelectableProduct>> products(const QString& search, int limit);
    /** Selects these products (by product id) to sync, or not, in one transaction. */
    Result<void> setProductsSelected(const QList<qint64>& productIds, bool selected);
    /** Stock kept for the article's product, or not (services, gift cards); the store follows when the register is
     * the system of record. */
    Result<void> setTracksStock(qint64 variantId, bool tracksStock, const QDateTime& at);
    /** Splits the article (if it was not) and sets its online quantity. */
    Result<void> setOnlineQuantity(qint64 variantId, qint64 quantity);
    /** One stock for both again: the store's quantity is set to the register's. */
    Result<void> share(qint64 variantId);

private:
    Database& m_database;
};

} // namespace caisse
