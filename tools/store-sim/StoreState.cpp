#include "StoreState.h"

namespace caisse {

qint64 StoreState::now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 StoreState::addProduct(const QString& name, const QString& sku, qint64 priceCents, int variantCount,
                              qint64 stock, const QString& upc)
{
    Product product;
    product.id = nextProductId++;
    product.name = name;
    product.sku = sku;
    product.upc = upc;
    product.priceCents = priceCents;
    product.modified = QDateTime::currentDateTimeUtc();
    product.hasVariants = variantCount > 0;
    const auto addItem = [&](const QString& itemSku, const QString& itemUpc) {
        const qint64 variantId = nextVariantId++;
        product.skus.append(itemSku);
        items.insert(itemSku, Item {product.id, variantId, itemSku, itemUpc, stock, 0, true});
        itemOrder.append(itemSku);
    };
    if (variantCount == 0)
        addItem(sku, upc);
    for (int v = 1; v <= variantCount; ++v)
        addItem(QStringLiteral("%1-%2").arg(sku).arg(v), {});
    products.insert(product.id, product);
    productIds.append(product.id);
    return product.id;
}

void StoreState::generateCatalog(int count, int variantsPerProduct, qint64 stock)
{
    products.reserve(products.size() + count);
    items.reserve(items.size() + qsizetype(count) * std::max(1, variantsPerProduct));
    for (int n = 1; n <= count; ++n)
        addProduct(QStringLiteral("Article %1").arg(n), QStringLiteral("GEN-%1").arg(n, 6, 10, QLatin1Char('0')),
                   100 + n % 5000, variantsPerProduct, stock);
}

qint64 StoreState::addOrder(int statusId, const QString& email, const QList<OrderLine>& lines)
{
    constexpr int incomplete = 0;
    Order order;
    order.id = nextOrderId++;
    order.statusId = statusId;
    order.email = email;
    order.modified = QDateTime::currentDateTimeUtc();
    order.lines = lines;
    for (const OrderLine& line : lines) {
        order.totalCents += line.quantity
            * (line.priceCents >= 0 ? line.priceCents : products.value(items.value(line.sku).productId).priceCents);
        if (statusId != incomplete && items.contains(line.sku))
            items[line.sku].onHand -= line.quantity;
    }
    orders.insert(order.id, order);
    return order.id;
}

void StoreState::setOrderStatus(qint64 orderId, int statusId)
{
    constexpr int cancelled = 5;
    constexpr int declined = 6;
    Order& order = orders[orderId];
    const bool wasVoid = order.statusId == cancelled || order.statusId == declined;
    const bool isVoid = statusId == cancelled || statusId == declined;
    for (const OrderLine& line : std::as_const(order.lines)) {
        if (wasVoid != isVoid && items.contains(line.sku))
            items[line.sku].onHand += isVoid ? line.quantity : -line.quantity;
    }
    order.statusId = statusId;
    // Time moves on, as it does between an order and its change (v2 dates are to the second).
    order.modified = std::max(QDateTime::currentDateTimeUtc(), order.modified.addSecs(1));
}

void StoreState::setOrderDetails(qint64 orderId, const QString& firstName, const QString& lastName,
                                 qint64 shippingCents, qint64 handlingCents)
{
    Order& order = orders[orderId];
    order.firstName = firstName;
    order.lastName = lastName;
    order.totalCents += shippingCents + handlingCents - order.shippingCents - order.handlingCents;
    order.shippingCents = shippingCents;
    order.handlingCents = handlingCents;
}

void StoreState::addVariant(qint64 productId, const QString& sku, qint64 stock)
{
    Product& product = products[productId];
    product.hasVariants = true;
    product.skus.append(sku);
    items.insert(sku, Item {productId, nextVariantId++, sku, {}, stock, 0, true});
    itemOrder.append(sku);
    product.modified = std::max(QDateTime::currentDateTimeUtc(), product.modified.addSecs(1));
}

void StoreState::updateProduct(qint64 productId, const QString& name, qint64 priceCents, const QString& upc)
{
    Product& product = products[productId];
    product.name = name;
    product.priceCents = priceCents;
    product.upc = upc;
    if (!product.hasVariants)
        items[product.sku].upc = upc;
    // v3 dates are to the second: an edit is always later than what a register has read.
    product.modified = std::max(QDateTime::currentDateTimeUtc(), product.modified.addSecs(1));
}

void StoreState::setProductDetails(qint64 productId, const QString& description, qint64 costPriceCents,
                                   qint64 warningLevel, const QString& imageUrl, bool tracksInventory)
{
    Product& product = products[productId];
    product.description = description;
    product.costPriceCents = costPriceCents;
    product.warningLevel = warningLevel;
    product.imageUrl = imageUrl;
    product.tracksInventory = tracksInventory;
    product.modified = std::max(QDateTime::currentDateTimeUtc(), product.modified.addSecs(1));
}

StoreState::Product StoreState::productOf(const QString& sku) const
{
    return products.value(items.value(sku).productId);
}

void StoreState::setSafetyStock(const QString& sku, qint64 safetyStock)
{
    items[sku].safetyStock = safetyStock;
}

void StoreState::addUnsetItem(const QString& sku)
{
    addProduct(sku, sku, 0, 0, 0);
    items[sku].stockSet = false;
}

qint64 StoreState::onHand(const QString& sku) const
{
    qint64 level = items.value(sku).onHand;
    for (const Pending& change : pending) {
        if (change.sku == sku)
            level = change.relative ? level + change.quantity : change.quantity;
    }
    return level;
}

void StoreState::applyDue()
{
    const qint64 at = now();
    while (!pending.isEmpty() && pending.first().visibleAt <= at) {
        const Pending change = pending.takeFirst();
        Item& item = items[change.sku];
        item.onHand = change.relative ? item.onHand + change.quantity : change.quantity;
    }
}

QList<StoreState::Order> StoreState::ordersOfChannel(qint64 channelId) const
{
    QList<Order> found;
    for (const Order& order : orders) {
        if (order.channelId == channelId)
            found.append(order);
    }
    return found;
}

} // namespace caisse
