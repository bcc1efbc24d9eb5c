#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace caisse::schema {

enum class Type
{
    String,
    Number,
    Integer,
    Boolean,
    Object,
    Array,
};

/**
 * One field of a request body, as BigCommerce's OpenAPI files declare it: its type, whether it is required, its length
 * or minimum, its allowed values; an object's fields, or an array's items (of itemType, objects of `fields`).
 */
struct Field
{
    QString name;
    Type type = Type::String;
    bool required = false;
    qsizetype minLength = 0;
    qsizetype maxLength = -1;
    std::optional<double> minimum = std::nullopt;
    QStringList allowed = {};
    Type itemType = Type::Object;
    const QList<Field>* fields = nullptr;
};

/**
 * The first way object breaks its schema, named by the field's path ("variants[2].option_values[0].label"), or none.
 * A field the schema does not declare is refused: the files are silent on what the API does with one, and a field the
 * store would ignore is a bug of ours all the same.
 */
std::optional<QString> refusal(const QJsonObject& object, const QList<Field>& fields, const QString& at = {});

// The request bodies of the endpoints the register writes to, in our words (field names, types and limits as the
// files in bigcommerce/docs reference/ declare them; only the fields a client of ours may send are listed).
/** POST /v3/catalog/products (catalog/products_catalog.v3.yml, product_Base_POST). */
extern const QList<Field> kProductPost;
/** One product of PUT /v3/catalog/products (product_Put_Collection: the same fields, none required, with its id). */
extern const QList<Field> kProductPut;
/** POST /v3/catalog/products/{id}/variants (catalog/product-variants_catalog.v3.yml, productVariant_Post). */
extern const QList<Field> kVariantPost;
/** POST /v3/catalog/categories (catalog/categories_catalog.v3.yml). */
extern const QList<Field> kCategoryPost;
/** PUT /v3/inventory/adjustments/absolute and POST …/relative (inventory.v3.yml). */
extern const QList<Field> kAdjustment;
/** POST /v2/orders (orders.v2.oas2.yml, order_Post with custom products and billingAddress_Base). */
extern const QList<Field> kOrderPost;
/** PUT /v2/orders/{id} (order_Put): the status. */
extern const QList<Field> kOrderPut;
/** POST /v3/channels (channels.v3.yml). */
extern const QList<Field> kChannelPost;
/** One customer of POST /v3/customers (customers.v3.yml). */
extern const QList<Field> kCustomerPost;

/**
 * The query parameters each endpoint declares, keyed by "METHOD path" with ids as {id} ("GET v2/orders/{id}/products"),
 * as the reference files list them. An endpoint not listed declares none.
 */
QStringList declaredQueryParameters(const QString& endpoint);

} // namespace caisse::schema
