#include "stock/StockAdjustments.h"

#include "base/RecordId.h"
#include "catalog/Catalog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace caisse {

StockAdjustments::StockAdjustments(Database& database, const Clock& clock, QString registerId)
    : m_database(database)
    , m_clock(clock)
    , m_registerId(std::move(registerId))
{ }

QList<StockAdjustments::Reason> StockAdjustments::reasons()
{
    return {Reason::Received,   Reason::Damaged,          Reason::TheftOrLoss,
            Reason::Correction, Reason::ReturnToSupplier, Reason::OwnUse};
}

QString StockAdjustments::describe(Reason reason)
{
    switch (reason) {
    case Reason::Received:
        return tr("Goods received");
    case Reason::Damaged:
        return tr("Damaged");
    case Reason::TheftOrLoss:
        return tr("Theft or loss");
    case Reason::Correction:
        return tr("Correction");
    case Reason::ReturnToSupplier:
        return tr("Returned to the supplier");
    case Reason::OwnUse:
        return tr("Own use");
    }
    return {};
}

QString StockAdjustments::key(Reason reason)
{
    switch (reason) {
    case Reason::Received:
        return QStringLiteral("received");
    case Reason::Damaged:
        return QStringLiteral("damaged");
    case Reason::TheftOrLoss:
        return QStringLiteral("theft_or_loss");
    case Reason::Correction:
        return QStringLiteral("correction");
    case Reason::ReturnToSupplier:
        return QStringLiteral("return_to_supplier");
    case Reason::OwnUse:
        return QStringLiteral("own_use");
    }
    return {};
}

Result<qint64> StockAdjustments::adjust(const QString& barcodeOrSku, qint64 quantityMilli, Reason reason,
                                        const QString& note, const Operator& by)
{
    if (auto allowed = by.require(Permission::ManageStock); !allowed)
        return std::unexpected(allowed.error());
    if (quantityMilli == 0)
        return failure(Error::Code::InvalidInput, tr("Type how many more (12) or fewer (-3)."));
    // Only a correction goes either way: the other reasons say which way the stock moves.
    const bool adds = reason == Reason::Received;
    if (reason != Reason::Correction && (quantityMilli > 0) != adds)
        return failure(Error::Code::InvalidInput,
                       adds ? tr("Goods received add to the stock: type a positive number.")
                            : tr("%1 takes from the stock: type a negative number, such as "
                                 "-2.")
                                  .arg(describe(reason)));
    const auto variantId = Catalog::variantOf(m_database, barcodeOrSku);
    if (!variantId)
        return std::unexpected(variantId.error());
    QSqlQuery query(m_database.connection());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto ran = Database::run(query,
                                 QStringLiteral("INSERT INTO stock_movements(uuid, variant_id, quantity_milli, reason, "
                                                "register_id, occurred_at, detail, note, operator) VALUES(?, ?, ?, "
                                                "'adjustment', ?, ?, ?, ?, ?)"),
                                 {newRecordId(), *variantId, quantityMilli, m_registerId,
                                  toStorageTime(m_clock.nowUtc()), key(reason), note.trimmed(), by.signature()});
        !ran)
        return std::unexpected(ran.error());
    const auto stock = Catalog(m_database).stockLevelMilli(*variantId);
    if (!stock)
        return stock;
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return stock;
}

} // namespace caisse
