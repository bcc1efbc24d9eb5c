#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>

namespace caisse {

/**
 * What the emulated store holds: its catalog, inventory, orders, customers, categories and channels, and the inventory
 * changes accepted but not yet visible (the API applies adjustments asynchronously). The routes read and change it as
 * requests ask; tests and the demo act on it as the merchant would in the store's control panel.
 */
class StoreState
{
public:
    struct Item
    {
        qint64 productId = 0;
        qint64 variantId = 0;
        QString sku;
        QString upc;
        qint64 onHand = 0;
        qint64 safetyStock = 0;
        /** False until an absolute adjustment set it: relative ones are refused before (422, as the API does). */
        bool stockSet = true;
        /** Its option values (option's display name, value's label): a variant's size or colour. */
        QList<std::pair<QString, QString>> options = {};
    };
    struct Product
    {
        qint64 id = 0;
        QString name;
        QString sku;
        QString upc;
        qint64 priceCents = 0;
        QDateTime modified;
        /** Its inventory items: the product itself when it has no variants. */
        QList<QString> skus;
        bool hasVariants = false;
        QList<qint64> categories;
        QString description;
        qint64 costPriceCents = 0;
        double weight = 0;
        qint64 warningLevel = 0;
        QString pageTitle;
        QString metaDescription;
        QString imageUrl;
        bool tracksInventory = true;
    };
    struct Category
    {
        qint64 id = 0;
        QString name;
    };
    /** One adjustment request the store applied, as its inventory history would show it. */
    struct Adjustment
    {
        QString transactionId;
        QString reason;
        bool relative = true;
        QList<std::pair<QString, qint64>> items;
    };

    struct Customer
    {
        qint64 id = 0;
        QString firstName;
        QString lastName;
        QString email;
    };
    struct OrderLine
    {
        QString sku;
        QString name;
        qint64 quantity = 0;
        /** The unit price paid; -1: the product's price. */
        qint64 priceCents = -1;
    };
    struct Order
    {
        qint64 id = 0;
        int statusId = 1;
        QString email;
        qint64 totalCents = 0;
        QDateTime modified;
        QList<OrderLine> lines;
        QString firstName;
        QString lastName;
        qint64 shippingCents = 0;
        qint64 handlingCents = 0;
        qint64 channelId = 1;
        QString externalOrderId;
        QString billingZip;
        /** Whether the store holds this order's stock taken, per its inventory settings when its status changed. */
        bool stockTaken = false;
    };
    /** GET /v3/settings/inventory, the fields that say when orders move stock (reference/settings.v3.yml). */
    struct InventorySettings
    {
        /** "order_placed" or "order_completed_or_shipped". */
        QString updateStockBehavior = QStringLiteral("order_placed");
        /** refund_order_stock_adjustment: a status set to Refunded or Cancelled gives the stock back. */
        bool refundAdjustsStock = true;
    };
    /** A channel's own values; unset ones are the global settings' (the API answers null for them). */
    struct ChannelInventorySettings
    {
        std::optional<QString> updateStockBehavior;
        std::optional<bool> refundAdjustsStock;
    };

    /** Changes accepted and not yet visible: (visible at, sku, delta or absolute value, relative). */
    struct Pending
    {
        qint64 visibleAt;
        QString sku;
        qint64 quantity;
        bool relative;
    };

    /** The emulator's clock, in milliseconds: quota windows and asynchronous adjustments run on it. */
    static qint64 now();

    /** A product with `variantCount` variants (0: the product is its own inventory item), each with stock. */
    qint64 addProduct(const QString& name, const QString& sku, qint64 priceCents, int variantCount, qint64 stock,
                      const QString& upc = {});
    /** Creates count products named "Article n" with variants, for imports and benchmarks. */
    void generateCatalog(int count, int variantsPerProduct, qint64 stock);
    void setSafetyStock(const QString& sku, qint64 safetyStock);
    /** The merchant adds a variant to a product online. */
    void addVariant(qint64 productId, const QString& sku, qint64 stock);
    /** The merchant edits a product online: its modification date moves on. */
    void updateProduct(qint64 productId, const QString& name, qint64 priceCents, const QString& upc);
    /** The merchant fills the fields a shop's online catalog has beyond name and price. */
    void setProductDetails(qint64 productId, const QString& description, qint64 costPriceCents, qint64 warningLevel,
                           const QString& imageUrl, bool tracksInventory = true);
    /** The product and variant ids of the item with this SKU, when there is one. */
    std::optional<std::pair<qint64, qint64>> idsOf(const QString& sku) const
    {
        const auto item = items.constFind(sku);
        return item == items.cend() ? std::nullopt : std::optional(std::pair {item->productId, item->variantId});
    }
    /** The product that holds this SKU (an empty one when none does). */
    Product productOf(const QString& sku) const;
    /** Orders of one sales channel (1: the storefront). */
    QList<Order> ordersOfChannel(qint64 channelId) const;
    qint64 productCount() const { return products.size(); }
    /** An order placed online in the storefront channel (1); it moves stock as a status change does. */
    qint64 addOrder(int statusId, const QString& email, const QList<OrderLine>& lines);
    /** A status change by the merchant: stock moves as the channel's inventory settings say (moveOrderStock). */
    void setOrderStatus(qint64 orderId, int statusId);
    /** The settings that apply to an order of this channel: its own values, else the global ones. */
    InventorySettings inventorySettingsOf(qint64 channelId) const;
    /** The billing name and the shipping and handling the customer paid (added to the order's total). */
    void setOrderDetails(qint64 orderId, const QString& firstName, const QString& lastName, qint64 shippingCents,
                         qint64 handlingCents);
    int orderStatus(qint64 orderId) const { return orders.value(orderId).statusId; }
    /** A price as the shopper pays it: the entered one, with the store's tax added when it was entered without. */
    qint64 priceWithTax(qint64 enteredCents) const;
    /** A price without tax: the entered one, or the entered one less the store's tax when it included it. */
    qint64 priceWithoutTax(qint64 enteredCents) const;
    /** What GET /v2/store says: the currency prices are in, and whether they include tax. */
    void setCurrency(const QString& code, bool includeTax)
    {
        currency = code;
        pricesIncludeTax = includeTax;
    }
    /** An item the register owns on the store, never stocked by hand: needs an absolute adjustment first. */
    void addUnsetItem(const QString& sku);
    /** Adjustments become visible to reads this long after they were accepted (the API applies them asynchronously). */
    void setApplyDelayMs(int delay) { applyDelayMs = delay; }

    /** The level the store will show once its queue of adjustments is through: tests compare final states. */
    qint64 onHand(const QString& sku) const;
    bool hasItem(const QString& sku) const { return items.contains(sku); }
    /** Makes visible the adjustments whose time has come. */
    void applyDue();

    QHash<qint64, Product> products;
    QList<Category> categories;
    QList<std::pair<qint64, QString>> channels;
    /** Ids in creation order, which is id order. */
    QList<qint64> productIds;
    QHash<QString, Item> items;
    QList<QString> itemOrder;
    QList<Pending> pending;
    QList<Adjustment> adjustments;
    QMap<qint64, Order> orders;
    InventorySettings inventorySettings;
    QHash<qint64, ChannelInventorySettings> channelInventorySettings;
    QList<Customer> customers;
    qint64 nextOrderId = 5000;
    qint64 nextProductId = 100;
    qint64 nextVariantId = 1000;
    qint64 nextTransaction = 1;
    QString currency = QStringLiteral("EUR");
    bool pricesIncludeTax = true;
    /** The tax the store charges on every product, in thousandths of a percent (one class, one zone). */
    qint32 taxRateMilliPercent = 20'000;
    int applyDelayMs = 0;

private:
    void moveOrderStock(Order& order, int statusId);
    QDateTime orderTime(const QDateTime& atLeast);

    QDateTime lastOrderTime;
};

} // namespace caisse
