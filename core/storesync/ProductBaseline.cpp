#include "storesync/ProductBaseline.h"

#include "bigcommerce/StorePricing.h"
#include "bigcommerce/StoreProductDetails.h"
#include "catalog/ProductDetails.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace caisse {

namespace {

const QStringList kColumns {QStringLiteral("name"),         QStringLiteral("tracking"),
                            QStringLiteral("price_minor"),  QStringLiteral("vat_rate_milli_percent"),
                            QStringLiteral("description"),  QStringLiteral("cost_price_minor"),
                            QStringLiteral("weight_milli"), QStringLiteral("low_stock_level"),
                            QStringLiteral("page_title"),   QStringLiteral("meta_description"),
                            QStringLiteral("image_url")};

/** The store's product field each detail column is written to (StoreProductDetails). */
const QList<std::pair<QString, QString>> kDetailFields {
    {QStringLiteral("description"), QStringLiteral("description")},
    {QStringLiteral("cost_price_minor"), QStringLiteral("cost_price")},
    {QStringLiteral("weight_milli"), QStringLiteral("weight")},
    {QStringLiteral("low_stock_level"), QStringLiteral("inventory_warning_level")},
    {QStringLiteral("page_title"), QStringLiteral("page_title")},
    {QStringLiteral("meta_description"), QStringLiteral("meta_description")},
    {QStringLiteral("image_url"), QStringLiteral("images")}};

// The variants that count are the linked ones: those the store has.
const QString kCurrentSelect = QStringLiteral(
    "SELECT p.id, p.name, CASE WHEN NOT p.tracks_stock THEN 'none' WHEN linked.n > 1 THEN 'variant' ELSE 'product' "
    "END, CASE WHEN linked.n = 1 THEN linked.price END, p.vat_rate_milli_percent, p.description, p.cost_price_minor, "
    "p.weight_milli, p.low_stock_level, p.page_title, p.meta_description, p.image_url FROM products p JOIN (SELECT "
    "v.product_id, count(*) AS n, min(v.price_minor) AS price FROM variants v JOIN store_links l ON l.variant_id = "
    "v.id GROUP BY v.product_id) linked ON linked.product_id = p.id");

std::optional<qint64> optionalOf(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toLongLong());
}

ProductBaseline::Fields fieldsOf(const QSqlQuery& query)
{
    ProductBaseline::Fields fields;
    for (qsizetype i = 0; i < kColumns.size(); ++i)
        fields.insert(kColumns[i], query.value(int(i) + 1));
    return fields;
}

bool differs(const QVariant& now, const QVariant& agreed)
{
    if (now.isNull() || agreed.isNull())
        return now.isNull() != agreed.isNull();
    return now.toString() != agreed.toString();
}

} // namespace

Result<ProductBaseline::Fields> ProductBaseline::current(Database& database, qint64 productId)
{
    QSqlQuery query(database.connection());
    if (auto ran = Database::run(query, kCurrentSelect + QStringLiteral(" WHERE p.id = ?"), {productId}); !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return failure(Error::Code::NotFound, QStringLiteral("product %1 is not linked to the store").arg(productId));
    return fieldsOf(query);
}

Result<std::optional<ProductBaseline::Fields>> ProductBaseline::agreed(Database& database, qint64 productId)
{
    QSqlQuery query(database.connection());
    if (auto ran
        = Database::run(query,
                        QStringLiteral("SELECT product_id, %1 FROM store_product_baseline WHERE product_id = ?")
                            .arg(kColumns.join(QStringLiteral(", "))),
                        {productId});
        !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return std::optional<Fields>();
    return std::optional(fieldsOf(query));
}

Result<void> ProductBaseline::agree(Database& database, qint64 productId, const Fields& fields)
{
    QVariantList values {productId};
    for (const QString& column : kColumns)
        values.append(fields.value(column));
    QSqlQuery query(database.connection());
    return Database::run(query,
                         QStringLiteral("INSERT OR REPLACE INTO store_product_baseline(product_id, %1) VALUES(%2)")
                             .arg(kColumns.join(QStringLiteral(", ")), Database::placeholders(values.size())),
                         values);
}

Result<void> ProductBaseline::agreeAsTheyAre(Database& database, const QString& productFilter,
                                             const QVariantList& values)
{
    QSqlQuery query(database.connection());
    return Database::run(query,
                         QStringLiteral("INSERT OR REPLACE INTO store_product_baseline(product_id, %1) %2 WHERE %3")
                             .arg(kColumns.join(QStringLiteral(", ")), kCurrentSelect, productFilter),
                         values);
}

QJsonObject ProductBaseline::update(qint64 storeProductId, const Fields& now, const std::optional<Fields>& agreed,
                                    const std::optional<StorePricing>& pricing, Fields& sent)
{
    sent = agreed.value_or(now);
    const auto changed = [&](const QString& column) {
        return !agreed || differs(now.value(column), agreed->value(column));
    };
    const auto take = [&](const QString& column) {
        sent.insert(column, now.value(column));
    };
    QJsonObject update {{QStringLiteral("id"), storeProductId}};
    if (changed(QStringLiteral("name"))) {
        update.insert(QStringLiteral("name"), now.value(QStringLiteral("name")).toString());
        take(QStringLiteral("name"));
    }
    if (changed(QStringLiteral("tracking"))) {
        update.insert(QStringLiteral("inventory_tracking"), now.value(QStringLiteral("tracking")).toString());
        take(QStringLiteral("tracking"));
    }
    // A price goes when it or its VAT rate changed, for a product of one variant, when pricing allows; otherwise the
    // baseline keeps the price last agreed, so that it goes once pricing allows.
    const QVariant price = now.value(QStringLiteral("price_minor"));
    if ((changed(QStringLiteral("price_minor")) || changed(QStringLiteral("vat_rate_milli_percent"))) && pricing
        && !price.isNull()) {
        update.insert(
            QStringLiteral("price"),
            storePrice(price.toLongLong(), *pricing, now.value(QStringLiteral("vat_rate_milli_percent")).toInt()));
        take(QStringLiteral("price_minor"));
        take(QStringLiteral("vat_rate_milli_percent"));
    } else if (!agreed) {
        sent.insert(QStringLiteral("price_minor"), QVariant()); // not agreed yet: it goes once it may
    }
    const ProductDetails details {now.value(QStringLiteral("description")).toString(),
                                  optionalOf(now.value(QStringLiteral("cost_price_minor"))),
                                  optionalOf(now.value(QStringLiteral("weight_milli"))),
                                  optionalOf(now.value(QStringLiteral("low_stock_level"))),
                                  now.value(QStringLiteral("page_title")).toString(),
                                  now.value(QStringLiteral("meta_description")).toString(),
                                  now.value(QStringLiteral("image_url")).toString(),
                                  {},
                                  {}};
    QJsonObject written;
    StoreProductDetails::write(details, written);
    for (const auto& [column, field] : kDetailFields) {
        if (!changed(column))
            continue;
        take(column);
        if (written.contains(field))
            update.insert(field, written.value(field));
    }
    return update;
}

} // namespace caisse
