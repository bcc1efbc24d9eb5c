#include "storesync/StorePickup.h"

#include "base/Clock.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace caisse {

StorePickup::StorePickup(Database& database)
    : m_database(database)
{ }

Result<QList<PickupOrder>> StorePickup::awaiting(const QString& search) const
{
    const QString text = search.trimmed();
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query,
            QStringLiteral("SELECT store_order_id, customer_name, customer_email, total_minor FROM store_orders "
                           "WHERE status_id = ? AND handed_over_at IS NULL AND (? = '' OR store_order_id = ? "
                           "OR customer_name LIKE '%' || ? || '%' OR customer_email LIKE '%' || ? || '%') "
                           "ORDER BY store_order_id"),
            {kAwaitingPickupStatus, text, isNumber ? number : -1, text, text});
        !ran)
        return std::unexpected(ran.error());
    QList<PickupOrder> orders;
    while (query.next())
        orders.append({query.value(0).toLongLong(),
                       query.value(1).toString(),
                       query.value(2).toString(),
                       query.value(3).toLongLong(),
                       {}});
    for (PickupOrder& order : orders) {
        if (auto ran = Database::run(query,
                                     QStringLiteral("SELECT name, quantity FROM store_order_lines "
                                                    "WHERE store_order_id = ? ORDER BY line_no"),
                                     {order.orderId});
            !ran)
            return std::unexpected(ran.error());
        while (query.next())
            order.lines.append({query.value(0).toString(), query.value(1).toLongLong()});
    }
    return orders;
}

Result<void> StorePickup::handOver(qint64 orderId, const QString& operatorName, const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    if (auto ran
        = Database::run(query,
                        QStringLiteral("UPDATE store_orders SET handed_over_at = ?, handed_over_by = ? "
                                       "WHERE store_order_id = ? AND status_id = ? AND handed_over_at IS NULL"),
                        {toStorageTime(at), operatorName, orderId, kAwaitingPickupStatus});
        !ran)
        return ran;
    if (query.numRowsAffected() != 1)
        return failure(Error::Code::BusinessRule,
                       tr("Order %1 is not waiting for pickup (already handed over, or changed online). Nothing was "
                          "recorded.")
                           .arg(orderId));
    return {};
}

} // namespace caisse
