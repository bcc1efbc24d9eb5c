#pragma once

#include "access/Operator.h"
#include "base/Clock.h"

#include <QCoreApplication>

namespace caisse {

class Database;

/**
 * Stock changed by hand, with its reason, a note and who did it: each adjustment is a stock movement
 * ('adjustment', its reason in detail), so that the stock stays the sum of its movements and the change reaches the
 * online store once, through the sync outbox, like a sale's.
 */
class StockAdjustments
{
    Q_DECLARE_TR_FUNCTIONS(caisse::StockAdjustments)

public:
    enum class Reason
    {
        Received,
        Damaged,
        TheftOrLoss,
        Correction,
        ReturnToSupplier,
        OwnUse,
    };

    StockAdjustments(Database& database, const Clock& clock, QString registerId);

    /** Every reason, in the manager's order. */
    static QList<Reason> reasons();
    /** The reason as the manager reads it. */
    static QString describe(Reason reason);
    /** As the movement keeps it ("damaged"). */
    static QString key(Reason reason);

    /**
     * Adds quantityMilli (negative: fewer) to the stock of the article with this barcode or SKU, on by's authority
     * (Permission::ManageStock). A loss, theft, damage, return or own use takes stock away; goods received add it.
     * Returns the article's stock after, in thousandths.
     */
    Result<qint64> adjust(const QString& barcodeOrSku, qint64 quantityMilli, Reason reason, const QString& note,
                          const Operator& by);

private:
    Database& m_database;
    const Clock& m_clock;
    QString m_registerId;
};

} // namespace caisse
