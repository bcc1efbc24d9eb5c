#pragma once

#include "base/Result.h"

#include <QString>

#include <optional>

namespace caisse {

class Database;

/**
 * A product's fields that matter to the online store more than to the counter: description, cost price, weight,
 * low-stock level, SEO title and description, main image. They follow the system of record like name and price
 * (storesync/StoreProductDetails reads and writes them in the store's format).
 */
struct ProductDetails
{
    QString description;
    /** In the register's currency; none when unknown or when the store sells in another currency. */
    std::optional<qint64> costPriceMinor;
    /** In the store's weight unit, thousandths. */
    std::optional<qint64> weightMilli;
    /** The store's inventory_warning_level. */
    std::optional<qint64> lowStockLevel;
    QString pageTitle;
    QString metaDescription;
    QString imageUrl;
    /**
     * What a prepacked article holds, in thousandths of netContentUnit: its label shows the price per kg or l. The
     * register's alone (the store has no such field): save() leaves it, ProductEditor writes it.
     */
    std::optional<qint64> netContentMilli;
    /** "kg" or "l"; empty when the net content is unknown. */
    QString netContentUnit;

    static Result<ProductDetails> load(Database& database, qint64 productId);

    /** Saved on the register's product, the net content left as it is; call inside a Transaction. */
    Result<void> save(Database& database, qint64 productId) const;
};

} // namespace caisse
