#pragma once

#include "base/Result.h"

#include <QJsonObject>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

namespace caisse {

class Database;
struct StorePricing;

/**
 * A linked product's fields as the register and the store last agreed on them (table store_product_baseline): set
 * when the register sends them, creates the product online, or takes the product from the store. When the register is
 * the system of record, a product changed at the register sends only the fields that differ from its baseline, so
 * that what the store holds and the register never changed (an online weight, the price of an article that came from
 * an online order) is never written over.
 *
 * Fields are keyed by their column: name, tracking ("none", "product" or "variant"), price_minor (a product of one
 * variant only), vat_rate_milli_percent, and the columns of ProductDetails.
 */
class ProductBaseline
{
public:
    using Fields = QVariantMap;

    /** The product's fields as the register holds them now. */
    static Result<Fields> current(Database& database, qint64 productId);
    /** Its baseline; none when it never had one (linked before baselines existed: every field is sent once). */
    static Result<std::optional<Fields>> agreed(Database& database, qint64 productId);
    static Result<void> agree(Database& database, qint64 productId, const Fields& fields);
    /** The products that `productFilter` (an SQL condition on products p) selects agree as the register holds them. */
    static Result<void> agreeAsTheyAre(Database& database, const QString& productFilter, const QVariantList& values);

    /**
     * The store's update of the fields that differ from the baseline (all of them without one), with the product's id;
     * sent holds the baseline once it is accepted. The price goes only when pricing allows sending it.
     */
    static QJsonObject update(qint64 storeProductId, const Fields& now, const std::optional<Fields>& agreed,
                              const std::optional<StorePricing>& pricing, Fields& sent);
};

} // namespace caisse
