#pragma once

#include "Clock.h"
#include "Result.h"
#include "StoreClient.h"

#include <QJsonObject>
#include <QObject>

#include <optional>

namespace caisse {

class Database;

/**
 * Brings online orders into the register, polling by modification date (no public address for webhooks): each order
 * the integration counts as a sale lowers the register's stock once, and gives it back once if it is voided later.
 * BigCommerce statuses are mapped as the integration documents: Incomplete and Pending are not imported (yet);
 * Cancelled and Declined are voided; every other status is a closed sale. Past orders, from before the first
 * connection, are not imported: that would change stock figures the manager has already counted.
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
    void readPage(int page);
    void processNext();
    Result<void> record(const QJsonObject& order, State state, const QJsonArray& lines, int direction);

    Database& m_database;
    const Clock& m_clock;
    StoreClient& m_client;
    QString m_since;
    qint64 m_firstOrderId = 0;
    QList<QJsonObject> m_orders;
    int m_imported = 0;
};

} // namespace caisse
