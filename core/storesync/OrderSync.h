#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "bigcommerce/StoreClient.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <optional>

namespace caisse {

class Database;

/**
 * Brings online orders into the register, polling by modification date (no public address for webhooks). An order's
 * stock moves at the register when the store moves it: the store's inventory settings (GET /v3/settings/inventory,
 * the channel's own values over the global ones) say whether it is taken when the order is placed or once it is
 * completed or shipped, and whether a refund or a cancellation gives it back; each move happens once.
 * BigCommerce statuses are mapped as the integration documents: Incomplete and Pending are not imported (yet);
 * Cancelled and Declined are voided; every other status is a closed sale. Past orders, from before the first
 * connection, are not imported: that would change stock figures the manager has already counted.
 *
 * An order's lines are kept with it. A line whose article the register does not sell creates it (in the category
 * "Online store", linked to the store's product, listed in the sync log so that the manager checks its VAT rate);
 * shipping and handling become lines on the register's two service items. Orders handed over at the counter
 * (StorePickup) are marked Completed on the store at the start of each run.
 */
class OrderSync : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Closed,
        Voided,
    };

    /** nullopt: not imported (Incomplete 0, Pending 1). */
    static std::optional<State> stateOf(int statusId);

    /** When the store moves an order's stock, as its inventory settings say. */
    struct StockRule
    {
        /** update_stock_behavior: "order_placed" (true) or "order_completed_or_shipped". */
        bool takenWhenPlaced = true;
        /** refund_order_stock_adjustment: Refunded and Cancelled give the stock back. */
        bool refundGivesBack = true;
    };
    enum class StockEffect
    {
        Take,
        GiveBack,
        /** The stock stays where the order's earlier statuses left it. */
        Keep,
    };
    static StockEffect stockEffectOf(int statusId, const StockRule& rule);

    OrderSync(Database& database, const Clock& clock, StoreClient& client, QObject* parent = nullptr);

    void run();
    /**
     * Off by default: the next run also takes in the orders placed before the first connection, lowering the
     * register's stock for each. Orders already taken in are not counted again.
     */
    static Result<void> importPastOrders(Database& database);

signals:
    /** imported: orders whose effect on stock was recorded in this run. */
    void finished(bool ok, const QString& message, int imported);

private:
    void sendNextCompletion();
    void readOrders();
    void readPage(int page);
    /** The inventory settings of the orders read, global then each of their channels', before any is taken in. */
    void readStockRules();
    void readNextStockRule();
    StockRule stockRuleOf(const QJsonObject& order) const;
    void processNext();
    void takeIn(const QJsonObject& order, State state, const QJsonArray& lines, int direction, bool stockTaken,
                const QHash<QString, qint64>& storeLevels);
    Result<void> record(const QJsonObject& order, State state, const QJsonArray& lines, int direction, bool stockTaken,
                        const QHash<QString, qint64>& storeLevels);
    struct LocalVariant
    {
        qint64 id = 0;
        /** Its stock is the register's to move: tracked, and not split (the online share is the store's own). */
        bool tracksStock = false;
    };
    /** The register's variant for an order line: by store link (the SKU may have changed online), then by SKU. */
    Result<std::optional<LocalVariant>> findVariant(const QJsonObject& line);
    /**
     * An article sold online that the register did not have, created from the order's line; its stock is the
     * store's (storeLevel, read after the order took its share), so that it matches once the order is taken in.
     */
    Result<LocalVariant> createVariant(qint64 orderId, const QJsonObject& line, std::optional<qint64> storeLevel);
    /** The service item for shipping or handling, created the first time it is needed. */
    Result<qint64> serviceVariant(const QString& sku, const QString& name);

    Database& m_database;
    const Clock& m_clock;
    StoreClient& m_client;
    QString m_since;
    qint64 m_firstOrderId = 0;
    qint64 m_posChannelId = 0;
    QList<QJsonObject> m_orders;
    StockRule m_globalStockRule;
    QHash<qint64, StockRule> m_channelStockRules;
    QList<qint64> m_stockRulesToRead;
    int m_imported = 0;
};

} // namespace caisse
