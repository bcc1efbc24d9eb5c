#pragma once

#include "bigcommerce/StoreClient.h"
#include "storesync/CustomerDirectory.h"
#include "storesync/Customers.h"

#include <QObject>

namespace caisse {

class Clock;
class Database;

/**
 * A step of the store sync: each customer created at the register with an e-mail, offline or not, is linked to the
 * online store's customer with that e-mail, found there or created once (CustomerDirectory settles a creation whose
 * answer was lost by the e-mail). A customer the store refuses stays unlinked, said in the run's message, and is tried
 * again at the next run.
 */
class CustomerLink : public QObject
{
    Q_OBJECT

public:
    CustomerLink(Database& database, const Clock& clock, StoreClient& client, QObject* parent = nullptr);

    void run();

signals:
    void finished(bool ok, const QString& message);

private:
    void next();
    void linked(const StoreCustomer& online);

    Database& m_database;
    const Clock& m_clock;
    CustomerDirectory m_directory;
    Customers m_customers;
    QList<Customer> m_waiting;
    QStringList m_refused;
};

} // namespace caisse
