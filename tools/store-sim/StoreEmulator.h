#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QRandomGenerator>

#include <limits>

class QTcpServer;
class QTcpSocket;

namespace caisse {

/**
 * An emulator of the part of the BigCommerce REST API the register uses, written from the official OpenAPI specs
 * (../shared/reference/bigcommerce/): same paths under /stores/{hash}/v3 and /v2, JSON shapes, status codes,
 * pagination (page, limit ≤ 250, meta.pagination), the rate-limit headers and 429 of a 30-second quota window, and
 * inventory adjustments that are applied asynchronously, refused below an item's safety stock, and all-or-nothing per
 * request. Fault injection plays what a real connection does to a client: 5xx before or after the change was made,
 * dropped connections before or after, slow answers, a quota that runs out.
 *
 * It speaks HTTP/1.1 itself (keep-alive, Content-Length bodies) instead of using Qt HttpServer: dropping a connection
 * halfway or after a change was applied needs the socket in hand, which Qt HttpServer 6.4's route handlers do not give.
 */
class StoreEmulator : public QObject
{
    Q_OBJECT

public:
    enum class Fault
    {
        None,
        ServerErrorBefore,
        ServerErrorAfter,
        DropBefore,
        DropAfter,
        Slow,
    };

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
    };

    explicit StoreEmulator(QString storeHash = QStringLiteral("demo"), QString token = QStringLiteral("demo-token"),
                           QObject* parent = nullptr);

    bool listen(quint16 port = 0);
    quint16 port() const;
    /** The API's base address for this store, as a register's settings hold it. */
    QString baseUrl() const;
    QString storeHash() const { return m_storeHash; }
    QString token() const { return m_token; }

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
    /** The product that holds this SKU (an empty one when none does). */
    Product productOf(const QString& sku) const;
    const QList<Category>& categoryList() const { return m_categories; }
    /** Orders of one sales channel (1: the storefront). */
    QList<Order> ordersOfChannel(qint64 channelId) const;
    qint64 productCount() const { return m_products.size(); }
    /** An order placed online; like the store (update_stock_behavior order_placed) it takes its stock at once. */
    qint64 addOrder(int statusId, const QString& email, const QList<OrderLine>& lines);
    /** A status change by the merchant; a cancelled or declined order gives its stock back. */
    void setOrderStatus(qint64 orderId, int statusId);
    /** The billing name and the shipping and handling the customer paid (added to the order's total). */
    void setOrderDetails(qint64 orderId, const QString& firstName, const QString& lastName, qint64 shippingCents,
                         qint64 handlingCents);
    int orderStatus(qint64 orderId) const { return m_orders.value(orderId).statusId; }
    /** What GET /v2/store says: the currency prices are in, and whether they include tax. */
    void setCurrency(const QString& code, bool pricesIncludeTax)
    {
        m_currency = code;
        m_pricesIncludeTax = pricesIncludeTax;
    }
    /** An item the register owns on the store, never stocked by hand: needs an absolute adjustment first. */
    void addUnsetItem(const QString& sku);

    qint64 onHand(const QString& sku) const;
    const QList<Customer>& customerList() const { return m_customers; }
    bool hasItem(const QString& sku) const { return m_items.contains(sku); }
    const QList<Adjustment>& adjustments() const { return m_adjustments; }
    qint64 requestCount() const { return m_requests; }
    /** Requests answered 429 because the window's quota was used up. */
    qint64 throttledCount() const { return m_throttled; }
    /** The fewest requests left in a window that an answer announced since setQuota(): what the callers left to others.
     */
    int lowestRequestsLeft() const { return m_lowestLeft; }
    qint64 requestCount(const QString& pathPart) const;

    /** Adjustments become visible to reads this long after they were accepted (the API applies them asynchronously). */
    void setApplyDelayMs(int delay) { m_applyDelayMs = delay; }
    void setQuota(int requestsPerWindow, int windowMs);
    /** The next requests meet these faults, in order; then none. */
    void queueFaults(const QList<Fault>& faults) { m_faults += faults; }
    /** Each request meets a random fault with this probability (0–1), drawn from seed. */
    void setRandomFaults(double probability, quint32 seed);
    void setSlowAnswerMs(int delay) { m_slowMs = delay; }
    /** The quota of the current window is gone (another app on the store used it). */
    void exhaustQuota();

signals:
    /** A request was answered (or dropped), as "GET v2/orders" without the store prefix and query. */
    void served(const QString& request);

private:
    struct Request
    {
        QByteArray method;
        QString path;
        QHash<QString, QString> query;
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
    };

    void serve(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const Request& request);
    Answer route(const Request& request, bool& changed);
    Answer products(const Request& request) const;
    Answer variants(const Request& request) const;
    Answer inventoryItems(const Request& request) const;
    Answer orders(const Request& request) const;
    Answer customers(const Request& request) const;
    Answer createCustomers(const Request& request);
    Answer orderProducts(qint64 orderId) const;
    Answer updateOrder(qint64 orderId, const Request& request);
    Answer createProduct(const Request& request);
    Answer updateProducts(const Request& request);
    Answer createOrder(const Request& request);
    Answer createChannel(const Request& request);
    Answer categories(const Request& request) const;
    Answer createCategory(const Request& request);
    QJsonObject productJson(const Product& product, bool withVariants, bool withImages) const;
    QJsonObject orderJson(const Order& order) const;
    Answer adjust(const Request& request, bool relative);
    void send(QTcpSocket* socket, const Answer& answer);
    Fault nextFault();
    void refreshWindow();
    void applyDue();
    static qint64 now();

    QString m_storeHash;
    QString m_token;
    QTcpServer* m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QHash<qint64, Product> m_products;
    QList<Category> m_categories;
    QList<std::pair<qint64, QString>> m_channels;
    /** Ids in creation order, which is id order. */
    QList<qint64> m_productIds;
    QHash<QString, Item> m_items;
    QList<QString> m_itemOrder;
    /** Changes accepted and not yet visible: (visible at, sku, delta or absolute value, relative). */
    struct Pending
    {
        qint64 visibleAt;
        QString sku;
        qint64 quantity;
        bool relative;
    };
    QList<Pending> m_pending;
    QList<Adjustment> m_adjustments;
    QMap<qint64, Order> m_orders;
    QList<Customer> m_customers;
    qint64 m_nextOrderId = 5000;
    QHash<QString, qint64> m_requestsByPath;
    qint64 m_nextProductId = 100;
    qint64 m_nextVariantId = 1000;
    qint64 m_nextTransaction = 1;
    qint64 m_requests = 0;
    qint64 m_throttled = 0;
    int m_lowestLeft = std::numeric_limits<int>::max();
    QString m_currency = QStringLiteral("EUR");
    bool m_pricesIncludeTax = true;
    int m_applyDelayMs = 0;
    int m_quota = 150;
    int m_windowMs = 30'000;
    int m_left = 150;
    qint64 m_windowStart = 0;
    QList<Fault> m_faults;
    double m_faultProbability = 0;
    QRandomGenerator m_random;
    int m_slowMs = 3'000;
};

} // namespace caisse
