#include "stock/Receiving.h"

#include "base/RecordId.h"
#include "catalog/Catalog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace caisse {

Receiving::Receiving(Database& database, const Clock& clock, QString registerId)
    : m_database(database)
    , m_clock(clock)
    , m_registerId(std::move(registerId))
{ }

Result<qint64> Receiving::confirm(const Reception& reception, const Operator& by)
{
    if (auto allowed = by.require(Permission::ManageStock); !allowed)
        return std::unexpected(allowed.error());
    if (reception.lines.isEmpty())
        return failure(Error::Code::InvalidInput, tr("Scan the articles received first."));
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto already
        = m_database.integer(QStringLiteral("SELECT COUNT(*) FROM receptions WHERE uuid = ?"), {reception.uuid});
    if (!already)
        return std::unexpected(already.error());
    if (*already > 0)
        return failure(Error::Code::BusinessRule, tr("This delivery was already received: the stock counted it once."));
    const QString now = toStorageTime(m_clock.nowUtc());
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query, QStringLiteral("INSERT INTO receptions(uuid, supplier, received_at, operator) VALUES(?, ?, ?, ?)"),
            {reception.uuid, reception.supplier.trimmed(), now, by.signature()});
        !ran)
        return std::unexpected(ran.error());
    const qint64 receptionId = query.lastInsertId().toLongLong();
    qint64 units = 0;
    for (int lineNo = 0; lineNo < reception.lines.size(); ++lineNo) {
        const ReceptionLine& line = reception.lines.at(lineNo);
        if (line.quantityMilli <= 0)
            return failure(Error::Code::InvalidInput,
                           tr("Line %1 (%2): type how many were received.").arg(lineNo + 1).arg(line.article));
        const auto variantId = Catalog::variantOf(m_database, line.article);
        if (!variantId)
            return std::unexpected(variantId.error());
        const QVariant cost = line.costPriceMinor ? QVariant(*line.costPriceMinor) : QVariant();
        if (auto ran = Database::run(query,
                                     QStringLiteral("INSERT INTO reception_lines(reception_id, line_no, variant_id, "
                                                    "quantity_milli, cost_price_minor) VALUES(?, ?, ?, ?, ?)"),
                                     {receptionId, lineNo + 1, *variantId, line.quantityMilli, cost});
            !ran)
            return std::unexpected(ran.error());
        if (auto ran = Database::run(
                query,
                QStringLiteral("INSERT INTO stock_movements(uuid, variant_id, quantity_milli, reason, ticket_uuid, "
                               "register_id, occurred_at, detail, note, operator) VALUES(?, ?, ?, 'delivery', NULL, ?, "
                               "?, ?, '', ?)"),
                {newRecordId(), *variantId, line.quantityMilli, m_registerId, now, reception.supplier.trimmed(),
                 by.signature()});
            !ran)
            return std::unexpected(ran.error());
        // The product's updated_at moves so that, when the register is the catalog's system of record, the new cost
        // reaches the online store with the product's next sync.
        if (line.costPriceMinor)
            if (auto ran = Database::run(query,
                                         QStringLiteral("UPDATE products SET cost_price_minor = ?, updated_at = ? "
                                                        "WHERE id = (SELECT product_id FROM variants WHERE id = ?) "
                                                        "AND cost_price_minor IS NOT ?"),
                                         {*line.costPriceMinor, now, *variantId, *line.costPriceMinor});
                !ran)
                return std::unexpected(ran.error());
        units += line.quantityMilli;
    }
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return units;
}

} // namespace caisse
