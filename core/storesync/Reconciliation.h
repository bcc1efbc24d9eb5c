#pragma once

#include "base/Clock.h"
#include "bigcommerce/StoreClient.h"
#include "storesync/ReconciliationReport.h"
#include "storesync/StockDifference.h"

#include <QObject>

namespace caisse {

class Database;

/**
 * Compares the register with the online store at day end: changes still waiting, the batches the register counts as
 * applied against the store's own count (the ledger item, see StockSync), the online orders taken in, and the stock of
 * every linked article, read from the store in pages. An article whose levels differ is listed: a change made by hand
 * on one side, or stock the two sides never shared. Goods sold by weight are left out (the store counts units).
 */
class Reconciliation : public QObject
{
    Q_OBJECT

public:
    Reconciliation(Database& database, const Clock& clock, QString registerId, StoreClient& client,
                   QObject* parent = nullptr);

    void run();

signals:
    void finished(const caisse::ReconciliationReport& report, const QString& problem);

private:
    void readNext();

    Database& m_database;
    const Clock& m_clock;
    QString m_registerId;
    StoreClient& m_client;
    /** The store location whose stock is the register's (StockSync sends to the same one). */
    int m_locationId;
    ReconciliationReport m_report;
    QHash<QString, qint64> m_registerStock;
    QStringList m_pendingSkus;
};

} // namespace caisse

Q_DECLARE_METATYPE(caisse::ReconciliationReport)
