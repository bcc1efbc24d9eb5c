#pragma once

#include "Result.h"

#include <QJsonObject>

#include <optional>

namespace caisse {

class Database;

/**
 * A product's fields that matter to the online store more than to the counter: description, cost price, weight,
 * low-stock level, SEO title and description, main image. They follow the system of record like name and price:
 * taken from the store's products (catalog v3 names), sent with the register's when it creates them online.
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

    /** From a v3 catalog product (with include=images for the image). */
    static ProductDetails fromStore(const QJsonObject& product, bool sameCurrency);
    static Result<ProductDetails> load(Database& database, qint64 productId);

    /** Into a v3 product body: weight is always there (the API requires it). */
    void addTo(QJsonObject& body) const;
    /** Saved on the register's product; call inside a Transaction. */
    Result<void> save(Database& database, qint64 productId) const;
};

} // namespace caisse
