#include "RequestSchemas.h"

#include <QJsonArray>

#include <cmath>

namespace caisse::schema {

namespace {

QString typeName(Type type)
{
    switch (type) {
    case Type::String:
        return QStringLiteral("a string");
    case Type::Number:
        return QStringLiteral("a number");
    case Type::Integer:
        return QStringLiteral("an integer");
    case Type::Boolean:
        return QStringLiteral("true or false");
    case Type::Object:
        return QStringLiteral("an object");
    case Type::Array:
        return QStringLiteral("an array");
    }
    return {};
}

bool hasType(const QJsonValue& value, Type type)
{
    switch (type) {
    case Type::String:
        return value.isString();
    case Type::Number:
        return value.isDouble();
    case Type::Integer:
        return value.isDouble() && std::trunc(value.toDouble()) == value.toDouble();
    case Type::Boolean:
        return value.isBool();
    case Type::Object:
        return value.isObject();
    case Type::Array:
        return value.isArray();
    }
    return false;
}

std::optional<QString> valueRefusal(const QJsonValue& value, const Field& field, Type type, const QString& path)
{
    if (!hasType(value, type))
        return QStringLiteral("%1 must be %2").arg(path, typeName(type));
    if (type == Type::String) {
        const qsizetype length = value.toString().size();
        if (length < field.minLength || (field.maxLength >= 0 && length > field.maxLength))
            return QStringLiteral("%1 must hold %2 to %3 characters")
                .arg(path)
                .arg(field.minLength)
                .arg(field.maxLength >= 0 ? QString::number(field.maxLength) : QStringLiteral("any number of"));
        if (!field.allowed.isEmpty() && !field.allowed.contains(value.toString()))
            return QStringLiteral("%1 must be one of %2").arg(path, field.allowed.join(QStringLiteral(", ")));
    }
    if ((type == Type::Number || type == Type::Integer) && field.minimum && value.toDouble() < *field.minimum)
        return QStringLiteral("%1 must be at least %2").arg(path).arg(*field.minimum);
    if (type == Type::Object && field.fields)
        return refusal(value.toObject(), *field.fields, path);
    if (type == Type::Array) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (auto refused = valueRefusal(items[i], field, field.itemType, QStringLiteral("%1[%2]").arg(path).arg(i)))
                return refused;
        }
    }
    return std::nullopt;
}

Field required(Field field)
{
    field.required = true;
    return field;
}

Field text(const QString& name, qsizetype maxLength = -1, qsizetype minLength = 0)
{
    return {name, Type::String, false, minLength, maxLength};
}

Field amount(const QString& name)
{
    return {name, Type::Number, false, 0, -1, 0.0};
}

Field integer(const QString& name, std::optional<double> minimum = std::nullopt)
{
    return {name, Type::Integer, false, 0, -1, minimum};
}

Field flag(const QString& name)
{
    return {name, Type::Boolean};
}

Field choice(const QString& name, const QStringList& allowed)
{
    return {name, Type::String, false, 0, -1, std::nullopt, allowed};
}

Field objects(const QString& name, const QList<Field>* fields)
{
    return {name, Type::Array, false, 0, -1, std::nullopt, {}, Type::Object, fields};
}

Field object(const QString& name, const QList<Field>* fields)
{
    return {name, Type::Object, false, 0, -1, std::nullopt, {}, Type::Object, fields};
}

// productVariantOptionValue_Full: both required on a POST.
const QList<Field> kOptionValue {required(text(QStringLiteral("option_display_name"), 255, 1)),
                                 required(text(QStringLiteral("label"), 255, 1)), integer(QStringLiteral("id")),
                                 integer(QStringLiteral("option_id"))};

// productImage_Post_Put.
const QList<Field> kImage {text(QStringLiteral("image_url"), 255), flag(QStringLiteral("is_thumbnail")),
                           integer(QStringLiteral("sort_order")), text(QStringLiteral("description"))};

// A variant given with its product (productVariant_Full): an SKU, option values, prices not below zero.
const QList<Field> kVariantOfProduct {required(text(QStringLiteral("sku"), 255, 1)),
                                      text(QStringLiteral("upc"), 14),
                                      amount(QStringLiteral("price")),
                                      amount(QStringLiteral("cost_price")),
                                      amount(QStringLiteral("weight")),
                                      objects(QStringLiteral("option_values"), &kOptionValue)};

QList<Field> productFields()
{
    return {text(QStringLiteral("name"), 250, 1),
            choice(QStringLiteral("type"), {QStringLiteral("physical"), QStringLiteral("digital")}),
            text(QStringLiteral("sku"), 255),
            text(QStringLiteral("upc"), 14),
            text(QStringLiteral("description")),
            amount(QStringLiteral("weight")),
            amount(QStringLiteral("price")),
            amount(QStringLiteral("cost_price")),
            {QStringLiteral("categories"), Type::Array, false, 0, -1, std::nullopt, {}, Type::Integer},
            flag(QStringLiteral("is_visible")),
            choice(QStringLiteral("inventory_tracking"),
                   {QStringLiteral("none"), QStringLiteral("product"), QStringLiteral("variant")}),
            integer(QStringLiteral("inventory_warning_level"), 0),
            text(QStringLiteral("page_title"), 255),
            text(QStringLiteral("meta_description"), 65535),
            objects(QStringLiteral("images"), &kImage),
            objects(QStringLiteral("variants"), &kVariantOfProduct)};
}

QList<Field> withRequired(QList<Field> fields, const QStringList& names)
{
    for (Field& field : fields) {
        if (names.contains(field.name))
            field.required = true;
    }
    return fields;
}

// billingAddress_Base: every field a string, the zip required.
const QList<Field> kBillingAddress {
    text(QStringLiteral("first_name")),   text(QStringLiteral("last_name")),     text(QStringLiteral("company")),
    text(QStringLiteral("street_1")),     text(QStringLiteral("street_2")),      text(QStringLiteral("city")),
    text(QStringLiteral("state")),        required(text(QStringLiteral("zip"))), text(QStringLiteral("country")),
    text(QStringLiteral("country_iso2")), text(QStringLiteral("phone")),         text(QStringLiteral("email"))};

// orderCustomProduct_Post: a line that is no catalog product. The file gives no minimum: a quantity of at least one
// and prices not below zero are the stricter reading.
const QList<Field> kCustomLine {required(text(QStringLiteral("name"), 250, 1)),
                                required(integer(QStringLiteral("quantity"), 1)),
                                required(amount(QStringLiteral("price_inc_tax"))),
                                required(amount(QStringLiteral("price_ex_tax"))),
                                text(QStringLiteral("sku")),
                                text(QStringLiteral("upc"))};

// One adjustment item: where, how many, and which item (sku, variant_id or product_id: StoreRoutes::itemNamedBy).
const QList<Field> kAdjustmentItem {required(integer(QStringLiteral("location_id"))),
                                    required(integer(QStringLiteral("quantity"))), text(QStringLiteral("sku")),
                                    integer(QStringLiteral("variant_id")), integer(QStringLiteral("product_id"))};

} // namespace

std::optional<QString> refusal(const QJsonObject& object, const QList<Field>& fields, const QString& at)
{
    const auto pathOf = [&at](const QString& name) {
        return at.isEmpty() ? name : at + u'.' + name;
    };
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (std::ranges::none_of(fields, [&](const Field& field) { return field.name == it.key(); }))
            return QStringLiteral("%1 is not a field of this request").arg(pathOf(it.key()));
    }
    for (const Field& field : fields) {
        if (!object.contains(field.name)) {
            if (field.required)
                return QStringLiteral("%1 is required").arg(pathOf(field.name));
            continue;
        }
        if (auto refused = valueRefusal(object.value(field.name), field, field.type, pathOf(field.name)))
            return refused;
    }
    return std::nullopt;
}

const QList<Field> kProductPost
    = withRequired(productFields(),
                   {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("weight"), QStringLiteral("price")});

const QList<Field> kProductPut = [] {
    QList<Field> fields = productFields();
    fields.prepend(required(integer(QStringLiteral("id"))));
    return fields;
}();

const QList<Field> kVariantPost {required(text(QStringLiteral("sku"), 255, 1)),
                                 required(objects(QStringLiteral("option_values"), &kOptionValue)),
                                 text(QStringLiteral("upc"), 14),
                                 amount(QStringLiteral("price")),
                                 amount(QStringLiteral("cost_price")),
                                 amount(QStringLiteral("weight"))};

const QList<Field> kCategoryPost {required(text(QStringLiteral("name"), 50, 1)),
                                  required(integer(QStringLiteral("parent_id"))), flag(QStringLiteral("is_visible")),
                                  text(QStringLiteral("description")), text(QStringLiteral("page_title"), 255)};

const QList<Field> kAdjustment {text(QStringLiteral("reason")),
                                required(objects(QStringLiteral("items"), &kAdjustmentItem))};

const QList<Field> kOrderPost {integer(QStringLiteral("status_id"), 0),
                               integer(QStringLiteral("channel_id"), 1),
                               text(QStringLiteral("external_order_id")),
                               text(QStringLiteral("external_source")),
                               {QStringLiteral("customer_id"), Type::Number},
                               text(QStringLiteral("date_created")),
                               required(object(QStringLiteral("billing_address"), &kBillingAddress)),
                               required(objects(QStringLiteral("products"), &kCustomLine))};

const QList<Field> kOrderPut {integer(QStringLiteral("status_id"), 0)};

const QList<Field> kChannelPost {
    required(text(QStringLiteral("name"), -1, 1)),
    required(choice(QStringLiteral("type"),
                    {QStringLiteral("pos"), QStringLiteral("marketplace"), QStringLiteral("storefront"),
                     QStringLiteral("marketing")})),
    required(text(QStringLiteral("platform"), -1, 1)),
    choice(QStringLiteral("status"),
           {QStringLiteral("active"), QStringLiteral("prelaunch"), QStringLiteral("inactive"),
            QStringLiteral("connected"), QStringLiteral("disconnected"), QStringLiteral("archived"),
            QStringLiteral("deleted"), QStringLiteral("terminated")}),
    text(QStringLiteral("external_id")),
    flag(QStringLiteral("is_visible"))};

const QList<Field> kCustomerPost {required(text(QStringLiteral("email"), 250, 3)),
                                  required(text(QStringLiteral("first_name"), 100, 1)),
                                  required(text(QStringLiteral("last_name"), 100, 1)),
                                  text(QStringLiteral("company"), 255), text(QStringLiteral("phone"), 50)};

QStringList declaredQueryParameters(const QString& endpoint)
{
    static const QHash<QString, QStringList> declared {
        // catalog/products_catalog.v3.yml
        {QStringLiteral("GET v3/catalog/products"),
         {QStringLiteral("id"),
          QStringLiteral("id:in"),
          QStringLiteral("channel_id:in"),
          QStringLiteral("id:not_in"),
          QStringLiteral("include"),
          QStringLiteral("include_fields"),
          QStringLiteral("exclude_fields"),
          QStringLiteral("page"),
          QStringLiteral("limit"),
          QStringLiteral("direction"),
          QStringLiteral("sort"),
          QStringLiteral("categories:in"),
          QStringLiteral("id:min"),
          QStringLiteral("id:max"),
          QStringLiteral("id:greater"),
          QStringLiteral("id:less"),
          QStringLiteral("name"),
          QStringLiteral("mpn"),
          QStringLiteral("upc"),
          QStringLiteral("price"),
          QStringLiteral("weight"),
          QStringLiteral("condition"),
          QStringLiteral("brand_id"),
          QStringLiteral("date_modified"),
          QStringLiteral("date_modified:max"),
          QStringLiteral("date_modified:min"),
          QStringLiteral("date_last_imported"),
          QStringLiteral("date_last_imported:not"),
          QStringLiteral("date_last_imported:max"),
          QStringLiteral("date_last_imported:min"),
          QStringLiteral("is_visible"),
          QStringLiteral("is_featured"),
          QStringLiteral("is_free_shipping"),
          QStringLiteral("inventory_level"),
          QStringLiteral("inventory_level:in"),
          QStringLiteral("inventory_level:not_in"),
          QStringLiteral("inventory_level:min"),
          QStringLiteral("inventory_level:max"),
          QStringLiteral("inventory_level:greater"),
          QStringLiteral("inventory_level:less"),
          QStringLiteral("inventory_low"),
          QStringLiteral("out_of_stock"),
          QStringLiteral("total_sold"),
          QStringLiteral("type"),
          QStringLiteral("categories"),
          QStringLiteral("keyword"),
          QStringLiteral("keyword_context"),
          QStringLiteral("availability"),
          QStringLiteral("sku"),
          QStringLiteral("sku:in")}},
        // catalog/product-variants_catalog.v3.yml (not sku:in: a client that sends it gets every variant back)
        {QStringLiteral("GET v3/catalog/variants"),
         {QStringLiteral("id"), QStringLiteral("sku"), QStringLiteral("upc"), QStringLiteral("include_fields"),
          QStringLiteral("exclude_fields"), QStringLiteral("page"), QStringLiteral("limit"),
          QStringLiteral("product_id:in")}},
        // catalog/categories_catalog.v3.yml
        {QStringLiteral("GET v3/catalog/categories"),
         {QStringLiteral("id"),
          QStringLiteral("id:in"),
          QStringLiteral("id:not_in"),
          QStringLiteral("id:min"),
          QStringLiteral("id:max"),
          QStringLiteral("id:greater"),
          QStringLiteral("id:less"),
          QStringLiteral("name"),
          QStringLiteral("name:like"),
          QStringLiteral("parent_id"),
          QStringLiteral("parent_id:in"),
          QStringLiteral("parent_id:min"),
          QStringLiteral("parent_id:max"),
          QStringLiteral("parent_id:greater"),
          QStringLiteral("parent_id:less"),
          QStringLiteral("page_title"),
          QStringLiteral("page_title:like"),
          QStringLiteral("keyword"),
          QStringLiteral("is_visible"),
          QStringLiteral("sort"),
          QStringLiteral("page"),
          QStringLiteral("limit"),
          QStringLiteral("include_fields"),
          QStringLiteral("exclude_fields")}},
        // inventory.v3.yml
        {QStringLiteral("GET v3/inventory/items"),
         {QStringLiteral("sku:in"), QStringLiteral("variant_id:in"), QStringLiteral("product_id:in"),
          QStringLiteral("location_id:in"), QStringLiteral("location_code:in"), QStringLiteral("page"),
          QStringLiteral("limit")}},
        // settings.v3.yml
        {QStringLiteral("GET v3/settings/inventory"), {QStringLiteral("channel_id")}},
        // customers.v3.yml
        {QStringLiteral("GET v3/customers"),
         {QStringLiteral("page"),
          QStringLiteral("limit"),
          QStringLiteral("id:in"),
          QStringLiteral("company:in"),
          QStringLiteral("customer_group_id:in"),
          QStringLiteral("date_created"),
          QStringLiteral("date_created:max"),
          QStringLiteral("date_created:min"),
          QStringLiteral("date_modified"),
          QStringLiteral("date_modified:min"),
          QStringLiteral("date_modified:max"),
          QStringLiteral("email:in"),
          QStringLiteral("name:in"),
          QStringLiteral("name:like"),
          QStringLiteral("phone:in"),
          QStringLiteral("registration_ip_address:in"),
          QStringLiteral("include"),
          QStringLiteral("sort"),
          QStringLiteral("after"),
          QStringLiteral("before")}},
        // orders.v2.oas2.yml
        {QStringLiteral("GET v2/orders"),
         {QStringLiteral("min_id"),
          QStringLiteral("max_id"),
          QStringLiteral("min_total"),
          QStringLiteral("max_total"),
          QStringLiteral("customer_id"),
          QStringLiteral("email"),
          QStringLiteral("status_id"),
          QStringLiteral("cart_id"),
          QStringLiteral("payment_method"),
          QStringLiteral("min_date_created"),
          QStringLiteral("max_date_created"),
          QStringLiteral("min_date_modified"),
          QStringLiteral("max_date_modified"),
          QStringLiteral("page"),
          QStringLiteral("limit"),
          QStringLiteral("sort"),
          QStringLiteral("channel_id"),
          QStringLiteral("include"),
          QStringLiteral("consignment_structure"),
          QStringLiteral("external_order_id")}},
        {QStringLiteral("GET v2/orders/{id}/products"), {QStringLiteral("page"), QStringLiteral("limit")}}};
    return declared.value(endpoint);
}

} // namespace caisse::schema
