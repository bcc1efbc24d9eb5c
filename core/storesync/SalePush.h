#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "bigcommerce/StoreClient.h"

#include <QObject>

namespace caisse {

class Database;

/**
 * Counter sales pushed to the online store as orders, when the manager chose to (off by default: the store's sales
 * figures must not count them unless wanted). They go to the register's own sales channel (a POS channel it creates,
 * platform "custom"), so that online reports can tell them apart, and the order sync never takes them in again.
 *
 * Their lines are custom lines (name, quantity, prices), not catalog items: an order of catalog items moves the
 * store's stock by itself, and the sale's stock already goes as a relative adjustment (StockSync) — it would count
 * twice. Refunds are not pushed (an order cannot be negative); their stock goes by the adjustments as always.
 *
 * Each ticket once: before an order leaves, its ticket is written down as in doubt; an answer lost leaves it so, and
 * the next run looks the order up by its external order id (the ticket's id) before anything is sent again.
 */
class SalePush : public QObject
{
    Q_OBJECT

public:
    inline static const QString kChannelIdKey = QStringLiteral("store_pos_channel_id");
    static constexpr int kTicketsPerRun = 50;

    SalePush(Database& database, const Clock& clock, QString registerId, StoreClient& client,
             QObject* parent = nullptr);

    void run();

signals:
    void finished(bool ok, const QString& message);

private:
    void settleDoubt();
    void ensureChannel();
    void pushNext();
    Result<void> recordPushed(const QString& ticketUuid, qint64 orderId);
    Result<QJsonObject> orderOf(const QString& ticketUuid, qint64 channelId);
    void stop(bool ok, const QString& message);

    Database& m_database;
    const Clock& m_clock;
    QString m_registerId;
    StoreClient& m_client;
    QStringList m_tickets;
};

} // namespace caisse
