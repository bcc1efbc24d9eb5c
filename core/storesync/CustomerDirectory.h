#pragma once

#include "base/Result.h"
#include "bigcommerce/StoreClient.h"
#include "storesync/CustomerPurchase.h"
#include "storesync/StoreCustomer.h"

#include <QDateTime>
#include <QObject>

namespace caisse {

class Database;

/**
 * The online store's customers, looked up and created by e-mail from the counter. The e-mail is unique on the store,
 * so a creation whose answer was lost is settled by looking the e-mail up: a customer is never created twice. A sale
 * attached to a customer carries their e-mail as its customer reference, so that the customer's purchases at the
 * counter and online (the store's orders taken in) show together.
 */
class CustomerDirectory : public QObject
{
    Q_OBJECT

public:
    explicit CustomerDirectory(StoreClient& client, QObject* parent = nullptr);

    void find(const QString& email);
    void create(const StoreCustomer& customer);

    /** The customer's purchases on both sides, newest first. */
    static Result<QList<CustomerPurchase>> purchases(Database& database, const QString& email);

signals:
    void found(const caisse::StoreCustomer& customer);
    void notFound(const QString& email);
    void failed(const QString& message);

private:
    StoreClient& m_client;
};

} // namespace caisse

Q_DECLARE_METATYPE(caisse::StoreCustomer)
