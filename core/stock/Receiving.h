#pragma once

#include "access/Operator.h"
#include "base/Clock.h"

#include <QCoreApplication>

namespace caisse {

class Database;

/** An article of a delivery: how many came, and what one cost (none: unchanged). */
struct ReceptionLine
{
    QString article;
    qint64 quantityMilli = 0;
    std::optional<qint64> costPriceMinor;
};

/**
 * Goods received from a supplier. The uuid is made when the manager starts the reception: it is what makes a reception
 * count once, however many times its confirmation is sent.
 */
struct Reception
{
    QString uuid;
    QString supplier;
    QList<ReceptionLine> lines;
};

/**
 * Deliveries into the stock: a reception, confirmed once, becomes one 'delivery' movement per line (which the outbox
 * sends to the online store like any other) and updates the products' cost prices, in one transaction.
 */
class Receiving
{
    Q_DECLARE_TR_FUNCTIONS(caisse::Receiving)

public:
    Receiving(Database& database, const Clock& clock, QString registerId);

    /**
     * Records the reception on by's authority (Permission::ManageStock). A reception already confirmed is refused
     * (BusinessRule) and adds nothing; a line naming no article, or no quantity, refuses the whole reception.
     * Returns the units received, in thousandths.
     */
    Result<qint64> confirm(const Reception& reception, const Operator& by);

private:
    Database& m_database;
    const Clock& m_clock;
    QString m_registerId;
};

} // namespace caisse
