#include "StoreEmulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace caisse {

namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray problem(int status, const QString& title)
{
    return json({{QStringLiteral("status"), status},
                 {QStringLiteral("title"), title},
                 {QStringLiteral("type"),
                  QStringLiteral("https://developer.bigcommerce.com/api-docs/getting-started/"
                                 "api-status-codes")},
                 {QStringLiteral("errors"), QJsonObject {}}});
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    default:
        return "Internal Server Error";
    }
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

} // namespace

StoreEmulator::StoreEmulator(QString storeHash, QString token, QObject* parent)
    : QObject(parent)
    , m_storeHash(std::move(storeHash))
    , m_token(std::move(token))
    , m_server(new QTcpServer(this))
    , m_windowStart(now())
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

qint64 StoreEmulator::now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool StoreEmulator::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 StoreEmulator::port() const
{
    return m_server->serverPort();
}

QString StoreEmulator::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

qint64 StoreEmulator::addProduct(const QString& name, const QString& sku, qint64 priceCents, int variantCount,
                                 qint64 stock, const QString& upc)
{
    Product product;
    product.id = m_nextProductId++;
    product.name = name;
    product.sku = sku;
    product.upc = upc;
    product.priceCents = priceCents;
    product.modified = QDateTime::currentDateTimeUtc();
    product.hasVariants = variantCount > 0;
    const auto addItem = [&](const QString& itemSku, const QString& itemUpc) {
        const qint64 variantId = m_nextVariantId++;
        product.skus.append(itemSku);
        m_items.insert(itemSku, Item {product.id, variantId, itemSku, itemUpc, stock, 0, true});
        m_itemOrder.append(itemSku);
    };
    if (variantCount == 0)
        addItem(sku, upc);
    for (int v = 1; v <= variantCount; ++v)
        addItem(QStringLiteral("%1-%2").arg(sku).arg(v), {});
    m_products.insert(product.id, product);
    m_productIds.append(product.id);
    return product.id;
}

void StoreEmulator::generateCatalog(int count, int variantsPerProduct, qint64 stock)
{
    m_products.reserve(m_products.size() + count);
    m_items.reserve(m_items.size() + qsizetype(count) * std::max(1, variantsPerProduct));
    for (int n = 1; n <= count; ++n)
        addProduct(QStringLiteral("Article %1").arg(n), QStringLiteral("GEN-%1").arg(n, 6, 10, QLatin1Char('0')),
                   100 + n % 5000, variantsPerProduct, stock);
}

qint64 StoreEmulator::addOrder(int statusId, const QString& email, const QList<OrderLine>& lines)
{
    constexpr int incomplete = 0;
    Order order;
    order.id = m_nextOrderId++;
    order.statusId = statusId;
    order.email = email;
    order.modified = QDateTime::currentDateTimeUtc();
    order.lines = lines;
    for (const OrderLine& line : lines) {
        order.totalCents += line.quantity
            * (line.priceCents >= 0 ? line.priceCents : m_products.value(m_items.value(line.sku).productId).priceCents);
        if (statusId != incomplete && m_items.contains(line.sku))
            m_items[line.sku].onHand -= line.quantity;
    }
    m_orders.insert(order.id, order);
    return order.id;
}

void StoreEmulator::setOrderStatus(qint64 orderId, int statusId)
{
    constexpr int cancelled = 5;
    constexpr int declined = 6;
    Order& order = m_orders[orderId];
    const bool wasVoid = order.statusId == cancelled || order.statusId == declined;
    const bool isVoid = statusId == cancelled || statusId == declined;
    for (const OrderLine& line : std::as_const(order.lines)) {
        if (wasVoid != isVoid && m_items.contains(line.sku))
            m_items[line.sku].onHand += isVoid ? line.quantity : -line.quantity;
    }
    order.statusId = statusId;
    // Time moves on, as it does between an order and its change (v2 dates are to the second).
    order.modified = std::max(QDateTime::currentDateTimeUtc(), order.modified.addSecs(1));
}

void StoreEmulator::setOrderDetails(qint64 orderId, const QString& firstName, const QString& lastName,
                                    qint64 shippingCents, qint64 handlingCents)
{
    Order& order = m_orders[orderId];
    order.firstName = firstName;
    order.lastName = lastName;
    order.totalCents += shippingCents + handlingCents - order.shippingCents - order.handlingCents;
    order.shippingCents = shippingCents;
    order.handlingCents = handlingCents;
}

void StoreEmulator::addVariant(qint64 productId, const QString& sku, qint64 stock)
{
    Product& product = m_products[productId];
    product.hasVariants = true;
    product.skus.append(sku);
    m_items.insert(sku, Item {productId, m_nextVariantId++, sku, {}, stock, 0, true});
    m_itemOrder.append(sku);
    product.modified = std::max(QDateTime::currentDateTimeUtc(), product.modified.addSecs(1));
}

void StoreEmulator::updateProduct(qint64 productId, const QString& name, qint64 priceCents, const QString& upc)
{
    Product& product = m_products[productId];
    product.name = name;
    product.priceCents = priceCents;
    product.upc = upc;
    if (!product.hasVariants)
        m_items[product.sku].upc = upc;
    // v3 dates are to the second: an edit is always later than what a register has read.
    product.modified = std::max(QDateTime::currentDateTimeUtc(), product.modified.addSecs(1));
}

void StoreEmulator::setProductDetails(qint64 productId, const QString& description, qint64 costPriceCents,
                                      qint64 warningLevel, const QString& imageUrl, bool tracksInventory)
{
    Product& product = m_products[productId];
    product.description = description;
    product.costPriceCents = costPriceCents;
    product.warningLevel = warningLevel;
    product.imageUrl = imageUrl;
    product.tracksInventory = tracksInventory;
    product.modified = std::max(QDateTime::currentDateTimeUtc(), product.modified.addSecs(1));
}

StoreEmulator::Product StoreEmulator::productOf(const QString& sku) const
{
    return m_products.value(m_items.value(sku).productId);
}

void StoreEmulator::setSafetyStock(const QString& sku, qint64 safetyStock)
{
    m_items[sku].safetyStock = safetyStock;
}

void StoreEmulator::addUnsetItem(const QString& sku)
{
    addProduct(sku, sku, 0, 0, 0);
    m_items[sku].stockSet = false;
}

qint64 StoreEmulator::onHand(const QString& sku) const
{
    qint64 level = m_items.value(sku).onHand;
    // What the store will show once its queue is through: tests compare final states.
    for (const Pending& change : m_pending) {
        if (change.sku == sku)
            level = change.relative ? level + change.quantity : change.quantity;
    }
    return level;
}

qint64 StoreEmulator::requestCount(const QString& pathPart) const
{
    qint64 count = 0;
    for (auto it = m_requestsByPath.cbegin(); it != m_requestsByPath.cend(); ++it) {
        if (it.key().contains(pathPart))
            count += it.value();
    }
    return count;
}

void StoreEmulator::setQuota(int requestsPerWindow, int windowMs)
{
    m_quota = requestsPerWindow;
    m_windowMs = windowMs;
    m_left = requestsPerWindow;
    m_windowStart = now();
    m_lowestLeft = std::numeric_limits<int>::max();
}

void StoreEmulator::setRandomFaults(double probability, quint32 seed)
{
    m_faultProbability = probability;
    m_random.seed(seed);
}

void StoreEmulator::exhaustQuota()
{
    refreshWindow();
    m_left = 0;
}

void StoreEmulator::refreshWindow()
{
    if (now() - m_windowStart >= m_windowMs) {
        m_windowStart = now() - (now() - m_windowStart) % m_windowMs;
        m_left = m_quota;
    }
}

void StoreEmulator::applyDue()
{
    const qint64 at = now();
    while (!m_pending.isEmpty() && m_pending.first().visibleAt <= at) {
        const Pending change = m_pending.takeFirst();
        Item& item = m_items[change.sku];
        item.onHand = change.relative ? item.onHand + change.quantity : change.quantity;
    }
}

StoreEmulator::Fault StoreEmulator::nextFault()
{
    if (!m_faults.isEmpty())
        return m_faults.takeFirst();
    if (m_faultProbability > 0 && m_random.generateDouble() < m_faultProbability)
        return static_cast<Fault>(1 + m_random.bounded(5));
    return Fault::None;
}

void StoreEmulator::serve(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        Request request;
        request.method = requestLine.value(0);
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        request.path = target.path();
        for (const auto& [key, value] : QUrlQuery(target).queryItems(QUrl::FullyDecoded))
            request.query.insert(key, value);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        handle(socket, request);
        if (!m_buffers.contains(socket))
            return; // dropped
    }
}

void StoreEmulator::handle(QTcpSocket* socket, const Request& request)
{
    ++m_requests;
    m_requestsByPath[QString::fromLatin1(request.method) + u' ' + request.path] += 1;
    applyDue();
    refreshWindow();
    if (request.headers.value("x-auth-token") != m_token.toUtf8()) {
        send(socket, {401, problem(401, QStringLiteral("Missing or invalid X-Auth-Token"))});
        return;
    }
    if (m_left <= 0) {
        ++m_throttled;
        send(socket, {429, problem(429, QStringLiteral("Too many requests"))});
        return;
    }
    --m_left;
    const Fault fault = nextFault();
    if (fault == Fault::ServerErrorBefore) {
        send(socket, {500, problem(500, QStringLiteral("Internal error"))});
        return;
    }
    if (fault == Fault::DropBefore) {
        m_buffers.remove(socket);
        socket->abort();
        return;
    }
    bool changed = false;
    const Answer answer = route(request, changed);
    emit served(QString::fromLatin1(request.method) + u' '
                + request.path.mid(QStringLiteral("/stores/%1/").arg(m_storeHash).size()));
    if (fault == Fault::ServerErrorAfter) {
        send(socket, {502, problem(502, QStringLiteral("Bad gateway"))});
        return;
    }
    if (fault == Fault::DropAfter) {
        m_buffers.remove(socket);
        socket->abort();
        return;
    }
    if (fault == Fault::Slow) {
        QTimer::singleShot(m_slowMs, socket, [this, socket, answer] { send(socket, answer); });
        return;
    }
    send(socket, answer);
}

void StoreEmulator::send(QTcpSocket* socket, const Answer& answer)
{
    const qint64 resetMs = std::max<qint64>(0, m_windowMs - (now() - m_windowStart));
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reasonPhrase(answer.status) + "\r\n";
    head += "Content-Type: application/json\r\n";
    head += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    head += "X-Rate-Limit-Time-Window-Ms: " + QByteArray::number(m_windowMs) + "\r\n";
    head += "X-Rate-Limit-Time-Reset-Ms: " + QByteArray::number(resetMs) + "\r\n";
    head += "X-Rate-Limit-Requests-Quota: " + QByteArray::number(m_quota) + "\r\n";
    head += "X-Rate-Limit-Requests-Left: " + QByteArray::number(std::max(0, m_left)) + "\r\n";
    m_lowestLeft = std::min(m_lowestLeft, std::max(0, m_left));
    if (answer.status == 429)
        head += "X-Retry-After: " + QByteArray::number((resetMs + 999) / 1000) + "\r\n";
    socket->write(head + "\r\n" + answer.body);
}

StoreEmulator::Answer StoreEmulator::route(const Request& request, bool& changed)
{
    const QString prefix = QStringLiteral("/stores/%1/").arg(m_storeHash);
    if (!request.path.startsWith(prefix))
        return {404, problem(404, QStringLiteral("Store not found"))};
    const QString path = request.path.mid(prefix.size());
    if (request.method == "GET" && path == u"v2/store")
        return {200,
                json({{QStringLiteral("id"), m_storeHash},
                      {QStringLiteral("name"), QStringLiteral("Boutique démo")},
                      {QStringLiteral("currency"), m_currency},
                      {QStringLiteral("is_price_entered_with_tax"), m_pricesIncludeTax}})};
    if (request.method == "GET" && path == u"v3/catalog/products")
        return products(request);
    if (request.method == "GET" && path == u"v3/customers")
        return customers(request);
    if (request.method == "POST" && path == u"v3/customers") {
        changed = true;
        return createCustomers(request);
    }
    if (request.method == "GET" && path == u"v2/orders")
        return orders(request);
    if (request.method == "POST" && path == u"v2/orders") {
        changed = true;
        return createOrder(request);
    }
    if (request.method == "POST" && path == u"v3/channels") {
        changed = true;
        return createChannel(request);
    }
    static const QRegularExpression orderProductsPath(QStringLiteral("^v2/orders/(\\d+)/products$"));
    if (const auto match = orderProductsPath.match(path); request.method == "GET" && match.hasMatch())
        return orderProducts(match.captured(1).toLongLong());
    static const QRegularExpression orderPath(QStringLiteral("^v2/orders/(\\d+)$"));
    if (const auto match = orderPath.match(path); request.method == "PUT" && match.hasMatch()) {
        changed = true;
        return updateOrder(match.captured(1).toLongLong(), request);
    }
    if (request.method == "POST" && path == u"v3/catalog/products") {
        changed = true;
        return createProduct(request);
    }
    if (request.method == "PUT" && path == u"v3/catalog/products") {
        changed = true;
        return updateProducts(request);
    }
    if (request.method == "GET" && path == u"v3/catalog/categories")
        return categories(request);
    if (request.method == "POST" && path == u"v3/catalog/categories") {
        changed = true;
        return createCategory(request);
    }
    if (request.method == "GET" && path == u"v3/catalog/variants")
        return variants(request);
    if (request.method == "GET" && path == u"v3/inventory/items")
        return inventoryItems(request);
    if (request.method == "POST" && path == u"v3/inventory/adjustments/relative") {
        changed = true;
        return adjust(request, true);
    }
    if (request.method == "PUT" && path == u"v3/inventory/adjustments/absolute") {
        changed = true;
        return adjust(request, false);
    }
    return {404, problem(404, QStringLiteral("Not found"))};
}

StoreEmulator::Answer StoreEmulator::products(const Request& request) const
{
    const auto [page, limit] = pageAndLimit(request.query, 250);
    const QString include = request.query.value(QStringLiteral("include"));
    const bool withVariants = include.contains(QStringLiteral("variants"));
    const bool withImages = include.contains(QStringLiteral("images"));
    const QDateTime since
        = QDateTime::fromString(request.query.value(QStringLiteral("date_modified:min")), Qt::ISODate);
    QList<qint64> ids;
    if (!since.isValid())
        ids = m_productIds;
    for (const qint64 id : since.isValid() ? m_productIds : QList<qint64> {}) {
        if (m_products.constFind(id)->modified >= since)
            ids.append(id);
    }
    if (request.query.value(QStringLiteral("sort")) == u"date_modified")
        std::ranges::stable_sort(ids, {}, [this](qint64 id) { return m_products.constFind(id)->modified; });
    QJsonArray data;
    for (qsizetype i = qsizetype(page - 1) * limit; i < ids.size() && data.size() < limit; ++i)
        data.append(productJson(*m_products.constFind(ids[i]), withVariants, withImages));
    return {200,
            json({{QStringLiteral("data"), data},
                  {QStringLiteral("meta"), pagination(ids.size(), int(data.size()), page, limit)}})};
}

QJsonObject StoreEmulator::productJson(const Product& product, bool withVariants, bool withImages) const
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
        for (const QString& sku : product.skus) {
            const Item& item = *m_items.constFind(sku);
            variants.append(QJsonObject {{QStringLiteral("id"), item.variantId},
                                         {QStringLiteral("product_id"), product.id},
                                         {QStringLiteral("sku"), item.sku},
                                         {QStringLiteral("upc"), item.upc},
                                         {QStringLiteral("price"), QJsonValue::Null},
                                         {QStringLiteral("inventory_level"), item.onHand}});
        }
        object.insert(QStringLiteral("variants"), variants);
    }
    return object;
}

StoreEmulator::Answer StoreEmulator::createProduct(const Request& request)
{
    // One product per call (products_catalog.v3.yml): name, type, weight and price required; SKUs unique store-wide,
    // ignoring case. Its inventory items start unset: stock is set by an absolute adjustment.
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString name = body.value(QStringLiteral("name")).toString();
    if (name.isEmpty() || body.value(QStringLiteral("type")).toString().isEmpty()
        || !body.value(QStringLiteral("weight")).isDouble() || !body.value(QStringLiteral("price")).isDouble())
        return {422, problem(422, QStringLiteral("name, type, weight and price are required"))};
    QList<std::pair<QString, QString>> items; // sku, upc
    const QJsonArray variants = body.value(QStringLiteral("variants")).toArray();
    for (const QJsonValue& variant : variants)
        items.append({variant.toObject().value(QStringLiteral("sku")).toString(),
                      variant.toObject().value(QStringLiteral("upc")).toString()});
    if (items.isEmpty())
        items.append({body.value(QStringLiteral("sku")).toString(), body.value(QStringLiteral("upc")).toString()});
    for (const auto& [sku, upc] : items) {
        if (sku.isEmpty())
            return {422, problem(422, QStringLiteral("Every variant needs a sku"))};
        for (const QString& known : m_itemOrder) {
            if (known.compare(sku, Qt::CaseInsensitive) == 0)
                return {409, problem(409, QStringLiteral("The product sku is a duplicate"))};
        }
    }
    Product product;
    product.id = m_nextProductId++;
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
    for (const auto& [sku, upc] : items) {
        product.skus.append(sku);
        m_items.insert(sku, Item {product.id, m_nextVariantId++, sku, upc, 0, 0, false});
        m_itemOrder.append(sku);
    }
    m_products.insert(product.id, product);
    m_productIds.append(product.id);
    return {200, json({{QStringLiteral("data"), productJson(product, true, true)}})};
}

StoreEmulator::Answer StoreEmulator::updateProducts(const Request& request)
{
    // A batch of at most 10, each with its id (products_catalog.v3.yml); fields left out keep their value.
    const QJsonArray items = QJsonDocument::fromJson(request.body).array();
    if (items.isEmpty() || items.size() > 10)
        return {422, problem(422, QStringLiteral("Send 1 to 10 products"))};
    for (const QJsonValue& value : items) {
        if (!m_products.contains(value.toObject().value(QStringLiteral("id")).toInteger()))
            return {404, problem(404, QStringLiteral("Product not found"))};
    }
    QJsonArray data;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        Product& product = m_products[item.value(QStringLiteral("id")).toInteger()];
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

StoreEmulator::Answer StoreEmulator::categories(const Request& request) const
{
    const QString name = request.query.value(QStringLiteral("name"));
    QJsonArray data;
    for (const Category& category : m_categories) {
        if (name.isEmpty() || category.name == name)
            data.append(QJsonObject {{QStringLiteral("id"), category.id},
                                     {QStringLiteral("parent_id"), 0},
                                     {QStringLiteral("name"), category.name}});
    }
    return {200,
            json({{QStringLiteral("data"), data},
                  {QStringLiteral("meta"), pagination(data.size(), int(data.size()), 1, 50)}})};
}

StoreEmulator::Answer StoreEmulator::createCategory(const Request& request)
{
    // Names are unique among siblings (categories_catalog.v3.yml).
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString name = body.value(QStringLiteral("name")).toString();
    if (name.isEmpty() || name.size() > 50 || !body.contains(QStringLiteral("parent_id")))
        return {422, problem(422, QStringLiteral("name (1 to 50 characters) and parent_id are required"))};
    for (const Category& category : std::as_const(m_categories)) {
        if (category.name == name)
            return {409, problem(409, QStringLiteral("Category name is a duplicate"))};
    }
    m_categories.append({qint64(m_categories.size() + 1), name});
    return {200,
            json({{QStringLiteral("data"),
                   QJsonObject {{QStringLiteral("id"), m_categories.last().id},
                                {QStringLiteral("parent_id"), 0},
                                {QStringLiteral("name"), name}}}})};
}

StoreEmulator::Answer StoreEmulator::orders(const Request& request) const
{
    // v2: a bare array, no meta; 204 and no body when nothing matches; dates in RFC 2822, filters in either form.
    const QString minText = request.query.value(QStringLiteral("min_date_modified"));
    QDateTime since = QDateTime::fromString(minText, Qt::ISODate);
    if (!since.isValid())
        since = QDateTime::fromString(minText, Qt::RFC2822Date);
    const int page = std::max(1, request.query.value(QStringLiteral("page"), QStringLiteral("1")).toInt());
    const int limit = std::clamp(request.query.value(QStringLiteral("limit"), QStringLiteral("50")).toInt(), 1, 250);
    const QString external = request.query.value(QStringLiteral("external_order_id"));
    QList<const Order*> matching;
    for (const Order& order : m_orders) {
        if ((!since.isValid() || order.modified >= since) && (external.isEmpty() || order.externalOrderId == external))
            matching.append(&order);
    }
    const QString sort = request.query.value(QStringLiteral("sort"));
    if (sort == u"date_modified:asc")
        std::ranges::stable_sort(matching, {}, [](const Order* order) { return order->modified; });
    else if (sort == u"id:desc")
        std::ranges::reverse(matching);
    QJsonArray data;
    for (qsizetype i = qsizetype(page - 1) * limit; i < matching.size() && data.size() < limit; ++i) {
        const Order& order = *matching[i];
        data.append(orderJson(order));
    }
    if (data.isEmpty())
        return {204, {}};
    return {200, QJsonDocument(data).toJson(QJsonDocument::Compact)};
}

QJsonObject StoreEmulator::orderJson(const Order& order) const
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
            {QStringLiteral("currency_code"), m_currency},
            {QStringLiteral("channel_id"), order.channelId},
            {QStringLiteral("external_order_id"), order.externalOrderId},
            {QStringLiteral("billing_address"),
             QJsonObject {{QStringLiteral("first_name"), order.firstName},
                          {QStringLiteral("last_name"), order.lastName},
                          {QStringLiteral("email"), order.email}}}};
}

StoreEmulator::Answer StoreEmulator::createOrder(const Request& request)
{
    // orders.v2.oas2.yml: billing_address and products required; channel_id must name a channel; 200, not 201. Custom
    // lines (name, quantity, both prices) are not catalog items: they move no stock.
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonArray products = body.value(QStringLiteral("products")).toArray();
    if (!body.value(QStringLiteral("billing_address")).isObject() || products.isEmpty())
        return {400, problem(400, QStringLiteral("billing_address and products are required"))};
    const qint64 channel = body.value(QStringLiteral("channel_id")).toInteger(1);
    if (channel != 1 && std::ranges::none_of(m_channels, [&](const auto& known) { return known.first == channel; }))
        return {400, problem(400, QStringLiteral("The channel_id is not a valid channel"))};
    QList<OrderLine> lines;
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
    const qint64 id = addOrder(
        body.value(QStringLiteral("status_id")).toInt(1),
        body.value(QStringLiteral("billing_address")).toObject().value(QStringLiteral("email")).toString(), lines);
    Order& order = m_orders[id];
    order.totalCents = custom;
    order.channelId = channel;
    order.externalOrderId = body.value(QStringLiteral("external_order_id")).toString();
    return {200, json(orderJson(order))};
}

StoreEmulator::Answer StoreEmulator::createChannel(const Request& request)
{
    // channels.v3.yml: name, type and platform required; a POS channel of platform "custom".
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString name = body.value(QStringLiteral("name")).toString();
    if (name.isEmpty() || body.value(QStringLiteral("type")).toString().isEmpty()
        || body.value(QStringLiteral("platform")).toString().isEmpty())
        return {422, problem(422, QStringLiteral("name, type and platform are required"))};
    m_channels.append({qint64(m_channels.size() + 2), name});
    return {200,
            json({{QStringLiteral("data"),
                   QJsonObject {{QStringLiteral("id"), m_channels.last().first},
                                {QStringLiteral("name"), name},
                                {QStringLiteral("type"), body.value(QStringLiteral("type"))},
                                {QStringLiteral("status"), QStringLiteral("connected")}}}})};
}

QList<StoreEmulator::Order> StoreEmulator::ordersOfChannel(qint64 channelId) const
{
    QList<Order> found;
    for (const Order& order : m_orders) {
        if (order.channelId == channelId)
            found.append(order);
    }
    return found;
}

StoreEmulator::Answer StoreEmulator::updateOrder(qint64 orderId, const Request& request)
{
    if (!m_orders.contains(orderId))
        return {404, problem(404, QStringLiteral("Order not found"))};
    const QJsonValue status = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("status_id"));
    if (!status.isUndefined()) {
        if (status.toInt(-1) < 0 || status.toInt() > 14)
            return {400, problem(400, QStringLiteral("The field 'status_id' is invalid"))};
        setOrderStatus(orderId, status.toInt());
    }
    return {200, json(orderJson(m_orders[orderId]))};
}

StoreEmulator::Answer StoreEmulator::customers(const Request& request) const
{
    const QStringList emails = request.query.value(QStringLiteral("email:in")).split(u',', Qt::SkipEmptyParts);
    QJsonArray data;
    for (const Customer& customer : m_customers) {
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

StoreEmulator::Answer StoreEmulator::createCustomers(const Request& request)
{
    // An array of at most 10; first name, last name and a unique e-mail required (customers.v3.yml).
    const QJsonArray items = QJsonDocument::fromJson(request.body).array();
    if (items.isEmpty() || items.size() > 10)
        return {422, problem(422, QStringLiteral("Send 1 to 10 customers"))};
    QList<Customer> added;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        const QString email = item.value(QStringLiteral("email")).toString();
        if (email.isEmpty() || item.value(QStringLiteral("first_name")).toString().isEmpty()
            || item.value(QStringLiteral("last_name")).toString().isEmpty())
            return {422, problem(422, QStringLiteral("first_name, last_name and email are required"))};
        for (const Customer& customer : std::as_const(m_customers)) {
            if (customer.email.compare(email, Qt::CaseInsensitive) == 0)
                return {422, problem(422, QStringLiteral("The email %1 is already in use").arg(email))};
        }
        added.append({qint64(m_customers.size() + added.size() + 1),
                      item.value(QStringLiteral("first_name")).toString(),
                      item.value(QStringLiteral("last_name")).toString(), email});
    }
    m_customers += added;
    QJsonArray data;
    for (const Customer& customer : std::as_const(added))
        data.append(QJsonObject {{QStringLiteral("id"), customer.id},
                                 {QStringLiteral("first_name"), customer.firstName},
                                 {QStringLiteral("last_name"), customer.lastName},
                                 {QStringLiteral("email"), customer.email}});
    return {200, json({{QStringLiteral("data"), data}})};
}

StoreEmulator::Answer StoreEmulator::orderProducts(qint64 orderId) const
{
    if (!m_orders.contains(orderId))
        return {404, problem(404, QStringLiteral("Order not found"))};
    QJsonArray data;
    qint64 lineId = 1;
    for (const OrderLine& line : m_orders[orderId].lines) {
        // A line of an article the catalog does not have (a custom line) has no product and no variant.
        const Item item = m_items.value(line.sku);
        const qint64 price = line.priceCents >= 0 ? line.priceCents : m_products.value(item.productId).priceCents;
        data.append(QJsonObject {{QStringLiteral("id"), lineId++},
                                 {QStringLiteral("order_id"), orderId},
                                 {QStringLiteral("product_id"), item.productId},
                                 {QStringLiteral("variant_id"), item.variantId},
                                 {QStringLiteral("sku"), line.sku},
                                 {QStringLiteral("upc"), item.upc},
                                 {QStringLiteral("name"), line.name},
                                 {QStringLiteral("quantity"), line.quantity},
                                 {QStringLiteral("price_inc_tax"), QString::number(double(price) / 100.0, 'f', 4)}});
    }
    return {200, QJsonDocument(data).toJson(QJsonDocument::Compact)};
}

StoreEmulator::Answer StoreEmulator::variants(const Request& request) const
{
    const QString sku = request.query.value(QStringLiteral("sku"));
    const QString upc = request.query.value(QStringLiteral("upc"));
    const QStringList skus = request.query.value(QStringLiteral("sku:in")).split(u',', Qt::SkipEmptyParts);
    QJsonArray data;
    for (const QString& key : m_itemOrder) {
        const Item& item = *m_items.constFind(key);
        if ((!sku.isEmpty() && item.sku.compare(sku, Qt::CaseInsensitive) != 0) || (!upc.isEmpty() && item.upc != upc)
            || (!skus.isEmpty() && !skus.contains(item.sku, Qt::CaseInsensitive)))
            continue;
        data.append(QJsonObject {{QStringLiteral("id"), item.variantId},
                                 {QStringLiteral("product_id"), item.productId},
                                 {QStringLiteral("sku"), item.sku},
                                 {QStringLiteral("upc"), item.upc},
                                 {QStringLiteral("inventory_level"), item.onHand}});
    }
    const auto [page, limit] = pageAndLimit(request.query, 250);
    QJsonArray pageData;
    for (qsizetype i = qsizetype(page - 1) * limit; i < data.size() && pageData.size() < limit; ++i)
        pageData.append(data[i]);
    return {200,
            json({{QStringLiteral("data"), pageData},
                  {QStringLiteral("meta"), pagination(data.size(), int(pageData.size()), page, limit)}})};
}

StoreEmulator::Answer StoreEmulator::inventoryItems(const Request& request) const
{
    const QStringList skus = request.query.value(QStringLiteral("sku:in")).split(u',', Qt::SkipEmptyParts);
    const auto [page, limit] = pageAndLimit(request.query, 1000);
    QList<const Item*> matching;
    for (const QString& key : m_itemOrder) {
        if (skus.isEmpty() || skus.contains(key))
            matching.append(&*m_items.constFind(key));
    }
    QJsonArray data;
    for (qsizetype i = qsizetype(page - 1) * limit; i < matching.size() && data.size() < limit; ++i) {
        const Item& item = *matching[i];
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

StoreEmulator::Answer StoreEmulator::adjust(const Request& request, bool relative)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonArray items = body.value(QStringLiteral("items")).toArray();
    if (items.isEmpty() || items.size() > 2000)
        return {422, problem(422, QStringLiteral("Payload must hold 1 to 2000 items"))};
    // Every item is checked before any is changed: one request is applied whole or not at all.
    QHash<QString, qint64> projected;
    Adjustment adjustment {QString(), body.value(QStringLiteral("reason")).toString(), relative, {}};
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        const QString sku = item.value(QStringLiteral("sku")).toString();
        if (!item.contains(QStringLiteral("location_id")) || !m_items.contains(sku))
            return {422, problem(422, QStringLiteral("Item with sku %1 not found at location").arg(sku))};
        const qint64 quantity = item.value(QStringLiteral("quantity")).toInteger();
        if (relative && !m_items[sku].stockSet)
            return {422,
                    problem(422,
                            QStringLiteral("Items with identity: [sku %1] requires absolute adjustment "
                                           "before relative")
                                .arg(sku))};
        const qint64 level = projected.contains(sku) ? projected[sku] : onHand(sku);
        const qint64 after = relative ? level + quantity : quantity;
        if (relative && quantity < 0 && after < m_items[sku].safetyStock)
            return {422,
                    problem(422,
                            QStringLiteral("Not enough stock for sku %1: the adjustment would go below the "
                                           "safety stock")
                                .arg(sku))};
        projected[sku] = after;
        adjustment.items.append({sku, quantity});
    }
    adjustment.transactionId = QStringLiteral("tx-%1").arg(m_nextTransaction++);
    for (const auto& [sku, quantity] : std::as_const(adjustment.items)) {
        m_pending.append({now() + m_applyDelayMs, sku, quantity, relative});
        if (!relative)
            m_items[sku].stockSet = true;
    }
    m_adjustments.append(adjustment);
    applyDue();
    return {200, json({{QStringLiteral("transaction_id"), adjustment.transactionId}})};
}

} // namespace caisse
