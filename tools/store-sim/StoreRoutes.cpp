#include "StoreRoutes.h"

#include "RequestSchemas.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <expected>

namespace caisse {

namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/** v3 pagination: page from 1, limit defaulting to 50 and capped at cap (250 for the catalog). */
std::pair<int, int> pageAndLimit(const QHash<QString, QString>& query, int cap)
{
    const int page = std::max(1, query.value(QStringLiteral("page"), QStringLiteral("1")).toInt());
    const int limit = std::clamp(query.value(QStringLiteral("limit"), QStringLiteral("50")).toInt(), 1, cap);
    return {page, limit};
}

QJsonObject pagination(qsizetype total, int count, int page, int limit)
{
    const int pages = static_cast<int>((total + limit - 1) / limit);
    QJsonObject links {{QStringLiteral("current"), QStringLiteral("?page=%1&limit=%2").arg(page).arg(limit)}};
    if (page < pages)
        links.insert(QStringLiteral("next"), QStringLiteral("?page=%1&limit=%2").arg(page + 1).arg(limit));
    if (page > 1)
        links.insert(QStringLiteral("previous"), QStringLiteral("?page=%1&limit=%2").arg(page - 1).arg(limit));
    return {{QStringLiteral("pagination"),
             QJsonObject {{QStringLiteral("total"), total},
                          {QStringLiteral("count"), count},
                          {QStringLiteral("per_page"), limit},
                          {QStringLiteral("current_page"), page},
                          {QStringLiteral("total_pages"), pages},
                          {QStringLiteral("links"), links}}}};
}

/** The request's body as JSON of one shape (an object, or an array of objects) checked against its schema. */
std::expected<QJsonDocument, QString> bodyOf(const HttpRequest& request, const QList<schema::Field>& fields,
                                             bool array = false)
{
    QJsonParseError error;
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || body.isArray() != array || body.isObject() == array)
        return std::unexpected(array ? QStringLiteral("The body must be a JSON array")
                                     : QStringLiteral("The body must be a JSON object"));
    const QJsonArray items = array ? body.array() : QJsonArray {body.object()};
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isObject())
            return std::unexpected(QStringLiteral("[%1] must be an object").arg(i));
        if (auto refused
            = schema::refusal(items[i].toObject(), fields, array ? QStringLiteral("[%1]").arg(i) : QString()))
            return std::unexpected(*refused);
    }
    return body;
}

} // namespace

QByteArray StoreRoutes::problem(int status, const QString& title)
{
    return json({{QStringLiteral("status"), status},
                 {QStringLiteral("title"), title},
                 {QStringLiteral("type"),
                  QStringLiteral("https://developer.bigcommerce.com/api-docs/getting-started/"
                                 "api-status-codes")},
                 {QStringLiteral("errors"), QJsonObject {}}});
}

StoreRoutes::StoreRoutes(StoreState& state, QString storeHash)
    : m_state(state)
    , m_storeHash(std::move(storeHash))
{ }

HttpAnswer StoreRoutes::route(const HttpRequest& request)
{
    const QString prefix = QStringLiteral("/stores/%1/").arg(m_storeHash);
    if (!request.path.startsWith(prefix))
        return {404, problem(404, QStringLiteral("Store not found"))};
    const QString path = request.path.mid(prefix.size());
    // A parameter the endpoint does not declare may be ignored by the real API, which then answers as if unfiltered:
    // refused here, so that a client never takes a whole list for the items it asked for.
    static const QRegularExpression id(QStringLiteral("/\\d+(?=/|$)"));
    const QString endpoint
        = QString::fromLatin1(request.method) + u' ' + QString(path).replace(id, QStringLiteral("/{id}"));
    const QStringList declared = schema::declaredQueryParameters(endpoint);
    for (auto it = request.query.cbegin(); it != request.query.cend(); ++it) {
        if (!declared.contains(it.key()))
            return {400,
                    problem(400, QStringLiteral("The query parameter %1 is not one of %2").arg(it.key(), endpoint))};
    }
    if (request.method == "GET" && path == u"v2/store")
        return {200,
                json({{QStringLiteral("id"), m_storeHash},
                      {QStringLiteral("name"), QStringLiteral("Boutique démo")},
                      {QStringLiteral("currency"), m_state.currency},
                      {QStringLiteral("is_price_entered_with_tax"), m_state.pricesIncludeTax}})};
    if (request.method == "GET" && path == u"v3/catalog/products")
        return products(request);
    if (request.method == "GET" && path == u"v3/customers")
        return customers(request);
    if (request.method == "POST" && path == u"v3/customers")
        return createCustomers(request);
    if (request.method == "GET" && path == u"v2/orders")
        return orders(request);
    if (request.method == "POST" && path == u"v2/orders")
        return createOrder(request);
    if (request.method == "POST" && path == u"v3/channels")
        return createChannel(request);
    static const QRegularExpression orderProductsPath(QStringLiteral("^v2/orders/(\\d+)/products$"));
    if (const auto match = orderProductsPath.match(path); request.method == "GET" && match.hasMatch())
        return orderProducts(match.captured(1).toLongLong());
    static const QRegularExpression orderPath(QStringLiteral("^v2/orders/(\\d+)$"));
    if (const auto match = orderPath.match(path); request.method == "PUT" && match.hasMatch())
        return updateOrder(match.captured(1).toLongLong(), request);
    if (request.method == "POST" && path == u"v3/catalog/products")
        return createProduct(request);
    if (request.method == "PUT" && path == u"v3/catalog/products")
        return updateProducts(request);
    static const QRegularExpression productVariantsPath(QStringLiteral("^v3/catalog/products/(\\d+)/variants$"));
    if (const auto match = productVariantsPath.match(path); request.method == "POST" && match.hasMatch())
        return createVariant(match.captured(1).toLongLong(), request);
    if (request.method == "GET" && path == u"v3/catalog/categories")
        return categories(request);
    if (request.method == "POST" && path == u"v3/catalog/categories")
        return createCategory(request);
    if (request.method == "GET" && path == u"v3/catalog/variants")
        return variants(request);
    if (request.method == "GET" && path == u"v3/settings/inventory")
        return inventorySettings(request);
    if (request.method == "GET" && path == u"v3/inventory/items")
        return inventoryItems(request);
    if (request.method == "POST" && path == u"v3/inventory/adjustments/relative")
        return adjust(request, true);
    if (request.method == "PUT" && path == u"v3/inventory/adjustments/absolute")
        return adjust(request, false);
    return {404, problem(404, QStringLiteral("Not found"))};
}

HttpAnswer StoreRoutes::products(const HttpRequest& request) const
{
    const auto [page, limit] = pageAndLimit(request.query, 250);
    const QString include = request.query.value(QStringLiteral("include"));
    const bool withVariants = include.contains(QStringLiteral("variants"));
    const bool withImages = include.contains(QStringLiteral("images"));
    const QDateTime since
        = QDateTime::fromString(request.query.value(QStringLiteral("date_modified:min")), Qt::ISODate);
    QList<qint64> ids;
    if (!since.isValid())
        ids = m_state.productIds;
    for (const qint64 id : since.isValid() ? m_state.productIds : QList<qint64> {}) {
        if (m_state.products.constFind(id)->modified >= since)
            ids.append(id);
    }
    // id:in, a filter products_catalog.v3.yml declares: the products of those ids only.
    if (request.query.contains(QStringLiteral("id:in"))) {
        QList<qint64> wanted;
        for (const QString& id : request.query.value(QStringLiteral("id:in")).split(u',', Qt::SkipEmptyParts))
            wanted.append(id.toLongLong());
        ids.removeIf([&](qint64 id) { return !wanted.contains(id); });
    }
    if (request.query.value(QStringLiteral("sort")) == u"date_modified")
        std::ranges::stable_sort(ids, {}, [this](qint64 id) { return m_state.products.constFind(id)->modified; });
    QJsonArray data;
    for (qsizetype i = qsizetype(page - 1) * limit; i < ids.size() && data.size() < limit; ++i)
        data.append(productJson(*m_state.products.constFind(ids[i]), withVariants, withImages));
    return {200,
            json({{QStringLiteral("data"), data},
                  {QStringLiteral("meta"), pagination(ids.size(), int(data.size()), page, limit)}})};
}

QJsonObject StoreRoutes::productJson(const StoreState::Product& product, bool withVariants, bool withImages) const
{
    QJsonArray categories;
    for (const qint64 id : product.categories)
        categories.append(id);
    QJsonObject object {{QStringLiteral("id"), product.id},
                        {QStringLiteral("name"), product.name},
                        {QStringLiteral("sku"), product.sku},
                        {QStringLiteral("upc"), product.upc},
                        {QStringLiteral("price"), double(product.priceCents) / 100.0},
                        {QStringLiteral("categories"), categories},
                        {QStringLiteral("inventory_tracking"),
                         !product.tracksInventory  ? QStringLiteral("none")
                             : product.hasVariants ? QStringLiteral("variant")
                                                   : QStringLiteral("product")},
                        {QStringLiteral("description"), product.description},
                        {QStringLiteral("cost_price"), double(product.costPriceCents) / 100.0},
                        {QStringLiteral("weight"), product.weight},
                        {QStringLiteral("inventory_warning_level"), product.warningLevel},
                        {QStringLiteral("page_title"), product.pageTitle},
                        {QStringLiteral("meta_description"), product.metaDescription},
                        {QStringLiteral("date_modified"), product.modified.toString(Qt::ISODate)}};
    if (withImages) {
        QJsonArray images;
        if (!product.imageUrl.isEmpty())
            images.append(QJsonObject {{QStringLiteral("id"), product.id},
                                       {QStringLiteral("is_thumbnail"), true},
                                       {QStringLiteral("url_standard"), product.imageUrl}});
        object.insert(QStringLiteral("images"), images);
    }
    if (withVariants) {
        QJsonArray variants;
        for (const QString& sku : product.skus)
            variants.append(variantJson(*m_state.items.constFind(sku)));
        object.insert(QStringLiteral("variants"), variants);
    }
    return object;
}

QJsonObject StoreRoutes::variantJson(const StoreState::Item& item) const
{
    QJsonArray options;
    for (const auto& [option, label] : item.options)
        options.append(QJsonObject {{QStringLiteral("option_display_name"), option}, {QStringLiteral("label"), label}});
    return {{QStringLiteral("id"), item.variantId},      {QStringLiteral("product_id"), item.productId},
            {QStringLiteral("sku"), item.sku},           {QStringLiteral("upc"), item.upc},
            {QStringLiteral("price"), QJsonValue::Null}, {QStringLiteral("inventory_level"), item.onHand},
            {QStringLiteral("option_values"), options}};
}

HttpAnswer StoreRoutes::createVariant(qint64 productId, const HttpRequest& request)
{
    // product-variants_catalog.v3.yml, productVariant_Post: sku (1 to 255 characters) and option_values required, each
    // value with option_display_name and label (1 to 255); prices and weight not below zero; upc at most 14
    // characters; SKUs unique store-wide; 600 variants per product. Silent on which option names may be used: here only
    // the options the product's variants already have, each once, in a combination no other variant has.
    const auto product = m_state.products.find(productId);
    if (product == m_state.products.end())
        return {404, problem(404, QStringLiteral("Product not found"))};
    const auto checked = bodyOf(request, schema::kVariantPost);
    if (!checked)
        return {422, problem(422, checked.error())};
    const QJsonObject body = checked->object();
    const QString sku = body.value(QStringLiteral("sku")).toString();
    if (product->skus.size() >= 600)
        return {422, problem(422, QStringLiteral("A product has at most 600 variants"))};
    for (const QString& known : m_state.itemOrder) {
        if (known.compare(sku, Qt::CaseInsensitive) == 0)
            return {409, problem(409, QStringLiteral("The variant sku is a duplicate"))};
    }
    QStringList names;
    for (const auto& [option, label] : m_state.items.value(product->skus.value(0)).options)
        names << option;
    QList<std::pair<QString, QString>> options;
    for (const QJsonValue& value : body.value(QStringLiteral("option_values")).toArray()) {
        options.append({value.toObject().value(QStringLiteral("option_display_name")).toString(),
                        value.toObject().value(QStringLiteral("label")).toString()});
    }
    QStringList given;
    for (const auto& [option, label] : options)
        given << option;
    if (options.isEmpty() || given != names)
        return {422,
                problem(422,
                        QStringLiteral("option_values must give a value of each of the product's options (%1)")
                            .arg(names.join(QStringLiteral(", "))))};
    for (const QString& sibling : product->skus) {
        if (m_state.items.value(sibling).options == options)
            return {409, problem(409, QStringLiteral("A variant with these option values already exists"))};
    }
    m_state.addVariant(productId, sku, 0);
    StoreState::Item& item = m_state.items[sku];
    item.upc = body.value(QStringLiteral("upc")).toString();
    item.options = options;
    return {200, json({{QStringLiteral("data"), variantJson(item)}, {QStringLiteral("meta"), QJsonObject {}}})};
}

HttpAnswer StoreRoutes::createProduct(const HttpRequest& request)
{
    // One product per call (products_catalog.v3.yml): name, type, weight and price required; SKUs unique store-wide,
    // ignoring case. Its inventory items start unset: stock is set by an absolute adjustment.
    const auto checked = bodyOf(request, schema::kProductPost);
    if (!checked)
        return {422, problem(422, checked.error())};
    const QJsonObject body = checked->object();
    const QString name = body.value(QStringLiteral("name")).toString();
    QList<std::tuple<QString, QString, QList<std::pair<QString, QString>>>> items; // sku, upc, option values
    const QJsonArray variants = body.value(QStringLiteral("variants")).toArray();
    for (const QJsonValue& variant : variants) {
        QList<std::pair<QString, QString>> options;
        for (const QJsonValue& value : variant.toObject().value(QStringLiteral("option_values")).toArray())
            options.append({value.toObject().value(QStringLiteral("option_display_name")).toString(),
                            value.toObject().value(QStringLiteral("label")).toString()});
        items.append({variant.toObject().value(QStringLiteral("sku")).toString(),
                      variant.toObject().value(QStringLiteral("upc")).toString(), options});
    }
    if (items.isEmpty())
        items.append({body.value(QStringLiteral("sku")).toString(), body.value(QStringLiteral("upc")).toString(), {}});
    for (const auto& [sku, upc, options] : items) {
        if (sku.isEmpty())
            return {422, problem(422, QStringLiteral("Every variant needs a sku"))};
        for (const QString& known : m_state.itemOrder) {
            if (known.compare(sku, Qt::CaseInsensitive) == 0)
                return {409, problem(409, QStringLiteral("The product sku is a duplicate"))};
        }
    }
    StoreState::Product product;
    product.id = m_state.nextProductId++;
    product.name = name;
    product.sku = body.value(QStringLiteral("sku")).toString();
    product.upc = body.value(QStringLiteral("upc")).toString();
    product.priceCents = qRound64(body.value(QStringLiteral("price")).toDouble() * 100.0);
    product.modified = QDateTime::currentDateTimeUtc();
    product.hasVariants = !variants.isEmpty();
    product.description = body.value(QStringLiteral("description")).toString();
    product.costPriceCents = qRound64(body.value(QStringLiteral("cost_price")).toDouble() * 100.0);
    product.weight = body.value(QStringLiteral("weight")).toDouble();
    product.warningLevel = body.value(QStringLiteral("inventory_warning_level")).toInteger();
    product.pageTitle = body.value(QStringLiteral("page_title")).toString();
    product.metaDescription = body.value(QStringLiteral("meta_description")).toString();
    product.imageUrl = body.value(QStringLiteral("images"))
                           .toArray()
                           .first()
                           .toObject()
                           .value(QStringLiteral("image_url"))
                           .toString();
    product.tracksInventory = body.value(QStringLiteral("inventory_tracking")).toString() != u"none";
    for (const QJsonValue& category : body.value(QStringLiteral("categories")).toArray())
        product.categories.append(category.toInteger());
    for (const auto& [sku, upc, options] : items) {
        product.skus.append(sku);
        m_state.items.insert(sku,
                             StoreState::Item {product.id, m_state.nextVariantId++, sku, upc, 0, 0, false, options});
        m_state.itemOrder.append(sku);
    }
    m_state.products.insert(product.id, product);
    m_state.productIds.append(product.id);
    return {200, json({{QStringLiteral("data"), productJson(product, true, true)}})};
}

HttpAnswer StoreRoutes::updateProducts(const HttpRequest& request)
{
    // A batch of at most 10, each with its id (products_catalog.v3.yml); fields left out keep their value.
    const auto checked = bodyOf(request, schema::kProductPut, true);
    if (!checked)
        return {422, problem(422, checked.error())};
    const QJsonArray items = checked->array();
    if (items.isEmpty() || items.size() > 10)
        return {422, problem(422, QStringLiteral("Send 1 to 10 products"))};
    for (const QJsonValue& value : items) {
        if (!m_state.products.contains(value.toObject().value(QStringLiteral("id")).toInteger()))
            return {404, problem(404, QStringLiteral("Product not found"))};
    }
    QJsonArray data;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        StoreState::Product& product = m_state.products[item.value(QStringLiteral("id")).toInteger()];
        const auto text = [&](const QString& key, QString& field) {
            if (item.contains(key))
                field = item.value(key).toString();
        };
        text(QStringLiteral("name"), product.name);
        text(QStringLiteral("description"), product.description);
        text(QStringLiteral("page_title"), product.pageTitle);
        text(QStringLiteral("meta_description"), product.metaDescription);
        if (item.contains(QStringLiteral("price")))
            product.priceCents = qRound64(item.value(QStringLiteral("price")).toDouble() * 100.0);
        if (item.contains(QStringLiteral("cost_price")))
            product.costPriceCents = qRound64(item.value(QStringLiteral("cost_price")).toDouble() * 100.0);
        if (item.contains(QStringLiteral("weight")))
            product.weight = item.value(QStringLiteral("weight")).toDouble();
        if (item.contains(QStringLiteral("inventory_warning_level")))
            product.warningLevel = item.value(QStringLiteral("inventory_warning_level")).toInteger();
        if (item.contains(QStringLiteral("inventory_tracking")))
            product.tracksInventory = item.value(QStringLiteral("inventory_tracking")).toString() != u"none";
        product.modified = std::max(QDateTime::currentDateTimeUtc(), product.modified.addSecs(1));
        data.append(productJson(product, false, false));
    }
    return {200, json({{QStringLiteral("data"), data}})};
}

HttpAnswer StoreRoutes::categories(const HttpRequest& request) const
{
    const QString name = request.query.value(QStringLiteral("name"));
    QJsonArray data;
    for (const StoreState::Category& category : m_state.categories) {
        if (name.isEmpty() || category.name == name)
            data.append(QJsonObject {{QStringLiteral("id"), category.id},
                                     {QStringLiteral("parent_id"), 0},
                                     {QStringLiteral("name"), category.name}});
    }
    return {200,
            json({{QStringLiteral("data"), data},
                  {QStringLiteral("meta"), pagination(data.size(), int(data.size()), 1, 50)}})};
}

HttpAnswer StoreRoutes::createCategory(const HttpRequest& request)
{
    // Names are unique among siblings (categories_catalog.v3.yml).
    const auto checked = bodyOf(request, schema::kCategoryPost);
    if (!checked)
        return {422, problem(422, checked.error())};
    const QString name = checked->object().value(QStringLiteral("name")).toString();
    for (const StoreState::Category& category : std::as_const(m_state.categories)) {
        if (category.name == name)
            return {409, problem(409, QStringLiteral("Category name is a duplicate"))};
    }
    m_state.categories.append({qint64(m_state.categories.size() + 1), name});
    return {200,
            json({{QStringLiteral("data"),
                   QJsonObject {{QStringLiteral("id"), m_state.categories.last().id},
                                {QStringLiteral("parent_id"), 0},
                                {QStringLiteral("name"), name}}}})};
}

HttpAnswer StoreRoutes::orders(const HttpRequest& request) const
{
    // v2: a bare array, no meta; 204 and no body when nothing matches; dates in RFC 2822, filters in either form.
    const QString minText = request.query.value(QStringLiteral("min_date_modified"));
    QDateTime since = QDateTime::fromString(minText, Qt::ISODate);
    if (!since.isValid())
        since = QDateTime::fromString(minText, Qt::RFC2822Date);
    const int page = std::max(1, request.query.value(QStringLiteral("page"), QStringLiteral("1")).toInt());
    const int limit = std::clamp(request.query.value(QStringLiteral("limit"), QStringLiteral("50")).toInt(), 1, 250);
    const QString external = request.query.value(QStringLiteral("external_order_id"));
    QList<const StoreState::Order*> matching;
    for (const StoreState::Order& order : m_state.orders) {
        if ((!since.isValid() || order.modified >= since) && (external.isEmpty() || order.externalOrderId == external))
            matching.append(&order);
    }
    const QString sort = request.query.value(QStringLiteral("sort"));
    if (sort == u"date_modified:asc")
        std::ranges::stable_sort(matching, {}, [](const StoreState::Order* order) { return order->modified; });
    else if (sort == u"id:desc")
        std::ranges::reverse(matching);
    QJsonArray data;
    for (qsizetype i = qsizetype(page - 1) * limit; i < matching.size() && data.size() < limit; ++i) {
        const StoreState::Order& order = *matching[i];
        data.append(orderJson(order));
    }
    if (data.isEmpty())
        return {204, {}};
    return {200, QJsonDocument(data).toJson(QJsonDocument::Compact)};
}

QJsonObject StoreRoutes::orderJson(const StoreState::Order& order) const
{
    // Money as strings with four decimals, as v2 answers it.
    const auto money = [](qint64 cents) {
        return QString::number(double(cents) / 100.0, 'f', 4);
    };
    return {{QStringLiteral("id"), order.id},
            {QStringLiteral("status_id"), order.statusId},
            {QStringLiteral("date_modified"), order.modified.toString(Qt::RFC2822Date)},
            {QStringLiteral("total_inc_tax"), money(order.totalCents)},
            {QStringLiteral("shipping_cost_inc_tax"), money(order.shippingCents)},
            {QStringLiteral("handling_cost_inc_tax"), money(order.handlingCents)},
            {QStringLiteral("currency_code"), m_state.currency},
            {QStringLiteral("channel_id"), order.channelId},
            {QStringLiteral("external_order_id"), order.externalOrderId},
            {QStringLiteral("billing_address"),
             QJsonObject {{QStringLiteral("first_name"), order.firstName},
                          {QStringLiteral("last_name"), order.lastName},
                          {QStringLiteral("email"), order.email}}}};
}

HttpAnswer StoreRoutes::createOrder(const HttpRequest& request)
{
    // orders.v2.oas2.yml (order_Post): billing_address and products required; channel_id must name a channel; 200, not
    // 201. Custom lines (name, quantity, both prices) are not catalog items: they move no stock.
    // Where the spec is silent, read strictly: a zip not empty, an e-mail with an @, at least one line.
    const auto checked = bodyOf(request, schema::kOrderPost);
    if (!checked)
        return {400, problem(400, checked.error())};
    const QJsonObject body = checked->object();
    const QJsonArray products = body.value(QStringLiteral("products")).toArray();
    const QJsonObject billing = body.value(QStringLiteral("billing_address")).toObject();
    if (products.isEmpty())
        return {400, problem(400, QStringLiteral("products must hold at least one line"))};
    if (billing.value(QStringLiteral("zip")).toString().trimmed().isEmpty())
        return {400, problem(400, QStringLiteral("billing_address.zip is required"))};
    if (billing.contains(QStringLiteral("email")) && !billing.value(QStringLiteral("email")).toString().contains(u'@'))
        return {400, problem(400, QStringLiteral("billing_address.email is not a valid e-mail address"))};
    const qint64 channel = body.value(QStringLiteral("channel_id")).toInteger(1);
    if (channel != 1
        && std::ranges::none_of(m_state.channels, [&](const auto& known) { return known.first == channel; }))
        return {400, problem(400, QStringLiteral("The channel_id is not a valid channel"))};
    QList<StoreState::OrderLine> lines;
    qint64 custom = 0;
    for (const QJsonValue& value : products) {
        const QJsonObject line = value.toObject();
        if (line.contains(QStringLiteral("product_id")))
            return {400, problem(400, QStringLiteral("Only custom lines are emulated"))};
        custom += line.value(QStringLiteral("quantity")).toInteger()
            * qRound64(line.value(QStringLiteral("price_inc_tax")).toDouble() * 100.0);
        lines.append({QStringLiteral("custom-%1").arg(lines.size() + 1), line.value(QStringLiteral("name")).toString(),
                      line.value(QStringLiteral("quantity")).toInteger(),
                      qRound64(line.value(QStringLiteral("price_inc_tax")).toDouble() * 100.0)});
    }
    const qint64 id = m_state.addOrder(
        body.value(QStringLiteral("status_id")).toInt(1),
        body.value(QStringLiteral("billing_address")).toObject().value(QStringLiteral("email")).toString(), lines);
    StoreState::Order& order = m_state.orders[id];
    order.totalCents = custom;
    order.channelId = channel;
    order.externalOrderId = body.value(QStringLiteral("external_order_id")).toString();
    order.billingZip = body.value(QStringLiteral("billing_address")).toObject().value(QStringLiteral("zip")).toString();
    return {200, json(orderJson(order))};
}

HttpAnswer StoreRoutes::createChannel(const HttpRequest& request)
{
    // channels.v3.yml: name, type and platform required; a POS channel of platform "custom".
    const auto checked = bodyOf(request, schema::kChannelPost);
    if (!checked)
        return {422, problem(422, checked.error())};
    const QJsonObject body = checked->object();
    const QString name = body.value(QStringLiteral("name")).toString();
    m_state.channels.append({qint64(m_state.channels.size() + 2), name});
    return {200,
            json({{QStringLiteral("data"),
                   QJsonObject {{QStringLiteral("id"), m_state.channels.last().first},
                                {QStringLiteral("name"), name},
                                {QStringLiteral("type"), body.value(QStringLiteral("type"))},
                                {QStringLiteral("status"), QStringLiteral("connected")}}}})};
}

HttpAnswer StoreRoutes::updateOrder(qint64 orderId, const HttpRequest& request)
{
    if (!m_state.orders.contains(orderId))
        return {404, problem(404, QStringLiteral("Order not found"))};
    const auto checked = bodyOf(request, schema::kOrderPut);
    if (!checked)
        return {400, problem(400, checked.error())};
    const QJsonValue status = checked->object().value(QStringLiteral("status_id"));
    if (!status.isUndefined()) {
        if (status.toInt() > 14)
            return {400, problem(400, QStringLiteral("The field 'status_id' is invalid"))};
        m_state.setOrderStatus(orderId, status.toInt());
    }
    return {200, json(orderJson(m_state.orders[orderId]))};
}

HttpAnswer StoreRoutes::customers(const HttpRequest& request) const
{
    const QStringList emails = request.query.value(QStringLiteral("email:in")).split(u',', Qt::SkipEmptyParts);
    QJsonArray data;
    for (const StoreState::Customer& customer : m_state.customers) {
        if (!emails.isEmpty() && !emails.contains(customer.email, Qt::CaseInsensitive))
            continue;
        data.append(QJsonObject {{QStringLiteral("id"), customer.id},
                                 {QStringLiteral("first_name"), customer.firstName},
                                 {QStringLiteral("last_name"), customer.lastName},
                                 {QStringLiteral("email"), customer.email}});
    }
    return {200,
            json({{QStringLiteral("data"), data},
                  {QStringLiteral("meta"), pagination(data.size(), int(data.size()), 1, 50)}})};
}

HttpAnswer StoreRoutes::createCustomers(const HttpRequest& request)
{
    // An array of at most 10; first name, last name and a unique e-mail required (customers.v3.yml).
    const auto checked = bodyOf(request, schema::kCustomerPost, true);
    if (!checked)
        return {422, problem(422, checked.error())};
    const QJsonArray items = checked->array();
    if (items.isEmpty() || items.size() > 10)
        return {422, problem(422, QStringLiteral("Send 1 to 10 customers"))};
    QList<StoreState::Customer> added;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        const QString email = item.value(QStringLiteral("email")).toString();
        for (const StoreState::Customer& customer : std::as_const(m_state.customers)) {
            if (customer.email.compare(email, Qt::CaseInsensitive) == 0)
                return {422, problem(422, QStringLiteral("The email %1 is already in use").arg(email))};
        }
        added.append({qint64(m_state.customers.size() + added.size() + 1),
                      item.value(QStringLiteral("first_name")).toString(),
                      item.value(QStringLiteral("last_name")).toString(), email});
    }
    m_state.customers += added;
    QJsonArray data;
    for (const StoreState::Customer& customer : std::as_const(added))
        data.append(QJsonObject {{QStringLiteral("id"), customer.id},
                                 {QStringLiteral("first_name"), customer.firstName},
                                 {QStringLiteral("last_name"), customer.lastName},
                                 {QStringLiteral("email"), customer.email}});
    return {200, json({{QStringLiteral("data"), data}})};
}

HttpAnswer StoreRoutes::orderProducts(qint64 orderId) const
{
    if (!m_state.orders.contains(orderId))
        return {404, problem(404, QStringLiteral("Order not found"))};
    QJsonArray data;
    qint64 lineId = 1;
    for (const StoreState::OrderLine& line : m_state.orders[orderId].lines) {
        // A line of an article the catalog does not have (a custom line) has no product and no variant. Its prices
        // both ways, tax computed from the price as entered (orders.v2.oas2.yml's price_ex_tax and price_inc_tax).
        const StoreState::Item item = m_state.items.value(line.sku);
        const qint64 price = line.priceCents >= 0 ? line.priceCents : m_state.products.value(item.productId).priceCents;
        data.append(QJsonObject {
            {QStringLiteral("id"), lineId++},
            {QStringLiteral("order_id"), orderId},
            {QStringLiteral("product_id"), item.productId},
            {QStringLiteral("variant_id"), item.variantId},
            {QStringLiteral("sku"), line.sku},
            {QStringLiteral("upc"), item.upc},
            {QStringLiteral("name"), line.name},
            {QStringLiteral("quantity"), line.quantity},
            {QStringLiteral("price_ex_tax"), QString::number(double(m_state.priceWithoutTax(price)) / 100.0, 'f', 4)},
            {QStringLiteral("price_inc_tax"), QString::number(double(m_state.priceWithTax(price)) / 100.0, 'f', 4)}});
    }
    return {200, QJsonDocument(data).toJson(QJsonDocument::Compact)};
}

HttpAnswer StoreRoutes::variants(const HttpRequest& request) const
{
    const QString sku = request.query.value(QStringLiteral("sku"));
    const QString upc = request.query.value(QStringLiteral("upc"));
    QList<qint64> productIds;
    for (const QString& id : request.query.value(QStringLiteral("product_id:in")).split(u',', Qt::SkipEmptyParts))
        productIds.append(id.toLongLong());
    QJsonArray data;
    for (const QString& key : m_state.itemOrder) {
        const StoreState::Item& item = *m_state.items.constFind(key);
        if ((!sku.isEmpty() && item.sku.compare(sku, Qt::CaseInsensitive) != 0) || (!upc.isEmpty() && item.upc != upc)
            || (!productIds.isEmpty() && !productIds.contains(item.productId)))
            continue;
        data.append(variantJson(item));
    }
    const auto [page, limit] = pageAndLimit(request.query, 250);
    QJsonArray pageData;
    for (qsizetype i = qsizetype(page - 1) * limit; i < data.size() && pageData.size() < limit; ++i)
        pageData.append(data[i]);
    return {200,
            json({{QStringLiteral("data"), pageData},
                  {QStringLiteral("meta"), pagination(data.size(), int(pageData.size()), page, limit)}})};
}

HttpAnswer StoreRoutes::inventorySettings(const HttpRequest& request) const
{
    // reference/settings.v3.yml: without channel_id the global settings, with it the channel's own values, null where
    // the channel does not override the global ones. Only the fields that say when orders move stock are emulated.
    QJsonObject data;
    if (!request.query.contains(QStringLiteral("channel_id"))) {
        data = {{QStringLiteral("update_stock_behavior"), m_state.inventorySettings.updateStockBehavior},
                {QStringLiteral("refund_order_stock_adjustment"), m_state.inventorySettings.refundAdjustsStock}};
    } else {
        bool isNumber = false;
        const qint64 channel = request.query.value(QStringLiteral("channel_id")).toLongLong(&isNumber);
        if (!isNumber || (channel != 1 && std::ranges::none_of(m_state.channels, [&](const auto& known) {
                              return known.first == channel;
                          })))
            return {422, problem(422, QStringLiteral("The channel_id is not a valid channel"))};
        const StoreState::ChannelInventorySettings own = m_state.channelInventorySettings.value(channel);
        data = {{QStringLiteral("update_stock_behavior"),
                 own.updateStockBehavior ? QJsonValue(*own.updateStockBehavior) : QJsonValue()},
                {QStringLiteral("refund_order_stock_adjustment"),
                 own.refundAdjustsStock ? QJsonValue(*own.refundAdjustsStock) : QJsonValue()}};
    }
    return {200, json({{QStringLiteral("data"), data}, {QStringLiteral("meta"), QJsonObject {}}})};
}

HttpAnswer StoreRoutes::inventoryItems(const HttpRequest& request) const
{
    const QStringList skus = request.query.value(QStringLiteral("sku:in")).split(u',', Qt::SkipEmptyParts);
    const auto [page, limit] = pageAndLimit(request.query, 1000);
    QList<const StoreState::Item*> matching;
    for (const QString& key : m_state.itemOrder) {
        if (skus.isEmpty() || skus.contains(key))
            matching.append(&*m_state.items.constFind(key));
    }
    QJsonArray data;
    for (qsizetype i = qsizetype(page - 1) * limit; i < matching.size() && data.size() < limit; ++i) {
        const StoreState::Item& item = *matching[i];
        data.append(QJsonObject {
            {QStringLiteral("identity"),
             QJsonObject {{QStringLiteral("sku"), item.sku},
                          {QStringLiteral("variant_id"), item.variantId},
                          {QStringLiteral("product_id"), item.productId}}},
            {QStringLiteral("locations"),
             QJsonArray {QJsonObject {
                 {QStringLiteral("location_id"), 1},
                 {QStringLiteral("location_code"), QStringLiteral("BC-LOCATION-1")},
                 {QStringLiteral("location_name"), QStringLiteral("Default location")},
                 {QStringLiteral("available_to_sell"), item.onHand - item.safetyStock},
                 {QStringLiteral("total_inventory_onhand"), item.onHand},
                 {QStringLiteral("location_enabled"), true},
                 {QStringLiteral("settings"), QJsonObject {{QStringLiteral("safety_stock"), item.safetyStock}}}}}}});
    }
    return {200,
            json({{QStringLiteral("data"), data},
                  {QStringLiteral("meta"), pagination(matching.size(), int(data.size()), page, limit)}})};
}

std::expected<QString, QString> StoreRoutes::itemNamedBy(const QJsonObject& item) const
{
    // reference/inventory.v3.yml: each item has location_id, quantity and one of sku, variant_id, product_id (oneOf).
    // "All product variants whose inventories are tracked by variant are inventory items [...] referenced using a
    // variant's variant_id or sku. If a product has no variants, use product_id", and its example answer refuses a
    // product-tracked item named by variant: "Item with variant_id … is tracked by product, please update stock by
    // product id". Silent on a variant-tracked product named by product_id and on untracked products: refused here.
    const int names = int(item.contains(QStringLiteral("sku"))) + int(item.contains(QStringLiteral("variant_id")))
        + int(item.contains(QStringLiteral("product_id")));
    if (!item.value(QStringLiteral("location_id")).isDouble() || !item.value(QStringLiteral("quantity")).isDouble()
        || names != 1)
        return std::unexpected(QStringLiteral("Each item needs location_id, quantity and one of sku, variant_id or "
                                              "product_id"));
    QString sku;
    QString named;
    if (item.contains(QStringLiteral("product_id"))) {
        const qint64 productId = item.value(QStringLiteral("product_id")).toInteger();
        named = QStringLiteral("product_id %1").arg(productId);
        const auto product = m_state.products.constFind(productId);
        if (product == m_state.products.cend())
            return std::unexpected(QStringLiteral("Item with %1 not found at location").arg(named));
        if (product->hasVariants)
            return std::unexpected(
                QStringLiteral("[Item with %1 is tracked by variant, please update stock by variant id]").arg(named));
        sku = product->skus.value(0);
    } else if (item.contains(QStringLiteral("variant_id"))) {
        const qint64 variantId = item.value(QStringLiteral("variant_id")).toInteger();
        named = QStringLiteral("variant_id %1").arg(variantId);
        for (const StoreState::Item& candidate : m_state.items) {
            if (candidate.variantId == variantId)
                sku = candidate.sku;
        }
    } else {
        sku = item.value(QStringLiteral("sku")).toString();
        named = QStringLiteral("sku %1").arg(sku);
    }
    if (!m_state.items.contains(sku))
        return std::unexpected(QStringLiteral("Item with %1 not found at location").arg(named));
    const StoreState::Product owner = m_state.productOf(sku);
    if (!owner.tracksInventory)
        return std::unexpected(QStringLiteral("[Item with %1 is not tracked, its stock cannot be updated]").arg(named));
    if (!owner.hasVariants && !item.contains(QStringLiteral("product_id")))
        return std::unexpected(
            QStringLiteral("[Item with %1 is tracked by product, please update stock by product id]").arg(named));
    return sku;
}

HttpAnswer StoreRoutes::adjust(const HttpRequest& request, bool relative)
{
    const auto checked = bodyOf(request, schema::kAdjustment);
    if (!checked)
        return {422, problem(422, checked.error())};
    const QJsonObject body = checked->object();
    const QJsonArray items = body.value(QStringLiteral("items")).toArray();
    if (items.isEmpty() || items.size() > 2000)
        return {422, problem(422, QStringLiteral("Payload must hold 1 to 2000 items"))};
    // Every item is checked before any is changed: one request is applied whole or not at all.
    QHash<QString, qint64> projected;
    StoreState::Adjustment adjustment {QString(), body.value(QStringLiteral("reason")).toString(), relative, {}};
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        const auto found = itemNamedBy(item);
        if (!found)
            return {422, problem(422, found.error())};
        const QString sku = *found;
        const qint64 quantity = item.value(QStringLiteral("quantity")).toInteger();
        if (relative && !m_state.items[sku].stockSet)
            return {422,
                    problem(422,
                            QStringLiteral("Items with identity: [sku %1] requires absolute adjustment "
                                           "before relative")
                                .arg(sku))};
        const qint64 level = projected.contains(sku) ? projected[sku] : m_state.onHand(sku);
        const qint64 after = relative ? level + quantity : quantity;
        if (relative && quantity < 0 && after < m_state.items[sku].safetyStock)
            return {422,
                    problem(422,
                            QStringLiteral("Not enough stock for sku %1: the adjustment would go below the "
                                           "safety stock")
                                .arg(sku))};
        projected[sku] = after;
        adjustment.items.append({sku, quantity});
    }
    adjustment.transactionId = QStringLiteral("tx-%1").arg(m_state.nextTransaction++);
    for (const auto& [sku, quantity] : std::as_const(adjustment.items)) {
        m_state.pending.append({StoreState::now() + m_state.applyDelayMs, sku, quantity, relative});
        if (!relative)
            m_state.items[sku].stockSet = true;
    }
    m_state.adjustments.append(adjustment);
    m_state.applyDue();
    return {200, json({{QStringLiteral("transaction_id"), adjustment.transactionId}})};
}

} // namespace caisse
