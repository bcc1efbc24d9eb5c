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
    Order order;
    order.id = nextOrderId++;
    order.email = email;
    order.modified = orderTime({});
    order.lines = lines;
    // Order totals include tax (v2's total_inc_tax), whichever way the store's prices are entered.
    for (const OrderLine& line : lines) {
        order.totalCents += line.quantity
            * priceWithTax(line.priceCents >= 0 ? line.priceCents
                                                : products.value(items.value(line.sku).productId).priceCents);
    }
    moveOrderStock(order, statusId);
    orders.insert(order.id, order);
    return order.id;
}

qint64 StoreState::priceWithTax(qint64 enteredCents) const
{
    return pricesIncludeTax ? enteredCents : (enteredCents * (100'000 + taxRateMilliPercent) + 50'000) / 100'000;
}

qint64 StoreState::priceWithoutTax(qint64 enteredCents) const
{
    return !pricesIncludeTax
        ? enteredCents
        : (enteredCents * 100'000 + (100'000 + taxRateMilliPercent) / 2) / (100'000 + taxRateMilliPercent);
}

QDateTime StoreState::orderTime(const QDateTime& atLeast)
{
    // Never before an earlier order's time, which a change may have put a second ahead of the clock: the store's own
    // clock does not go back.
    lastOrderTime = std::max({QDateTime::currentDateTimeUtc(), atLeast, lastOrderTime});
    return lastOrderTime;
}

StoreState::InventorySettings StoreState::inventorySettingsOf(qint64 channelId) const
{
    const ChannelInventorySettings own = channelInventorySettings.value(channelId);
    return {own.updateStockBehavior.value_or(inventorySettings.updateStockBehavior),
            own.refundAdjustsStock.value_or(inventorySettings.refundAdjustsStock)};
}

void StoreState::moveOrderStock(Order& order, int statusId)
{
    // The webhook reference (docs/integrations/webhooks/events) says stock moves when an order is placed or when it
    // is completed or shipped, as update_stock_behavior chooses, and comes back when its status is set to Cancelled
    // or Refunded if refund_order_stock_adjustment is on, never for Partially Refunded. Read strictly where it is
    // silent: an order is placed once its checkout is done (not Incomplete, Pending or Declined); "completed or
    // shipped" is Shipped, Partially Shipped or Completed; Declined gives back what an earlier status took.
    static const QList<int> placed {2, 3, 7, 8, 9, 10, 11, 12, 13, 14};
    static const QList<int> completedOrShipped {2, 3, 10};
    const InventorySettings settings = inventorySettingsOf(order.channelId);
    const bool takes = settings.updateStockBehavior == u"order_placed" ? placed.contains(statusId)
                                                                       : completedOrShipped.contains(statusId);
    const bool givesBack = statusId == 6 || (settings.refundAdjustsStock && (statusId == 4 || statusId == 5));
    const bool taken = takes || (order.stockTaken && !givesBack);
    for (const OrderLine& line : std::as_const(order.lines)) {
        if (taken != order.stockTaken && items.contains(line.sku))
            items[line.sku].onHand += taken ? -line.quantity : line.quantity;
    }
    order.stockTaken = taken;
    order.statusId = statusId;
}

void StoreState::setOrderStatus(qint64 orderId, int statusId)
{
    Order& order = orders[orderId];
    moveOrderStock(order, statusId);
    // Time moves on, as it does between an order and its change (v2 dates are to the second).
    order.modified = orderTime(order.modified.addSecs(1));
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
