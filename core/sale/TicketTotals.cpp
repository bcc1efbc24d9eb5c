#include "sale/TicketTotals.h"

#include "base/Rounding.h"

#include <QMap>

namespace caisse {

TicketTotals TicketTotals::compute(const QList<TicketLine>& lines, const Discount& ticketDiscount)
{
    TicketTotals totals;
    totals.lines.reserve(lines.size());
    QList<qint64> afterLineDiscount;
    afterLineDiscount.reserve(lines.size());
    qint64 subtotal = 0;
    for (const TicketLine& line : lines) {
        LineAmounts amounts;
        if (line.fixedTotalMinor) {
            amounts.grossMinor = *line.fixedTotalMinor;
        } else {
            amounts.grossMinor = divideRounded(static_cast<Int128>(line.unitPriceMinor) * line.quantityMilli, 1000);
            amounts.lineDiscountMinor = line.discount.amountOn(amounts.grossMinor);
        }
        afterLineDiscount.append(amounts.grossMinor - amounts.lineDiscountMinor);
        subtotal += afterLineDiscount.last();
        totals.lineDiscountsMinor += amounts.lineDiscountMinor;
        totals.lines.append(amounts);
    }

    totals.ticketDiscountMinor = ticketDiscount.amountOn(subtotal);
    const QList<qint64> shares = allocateProportionally(totals.ticketDiscountMinor, afterLineDiscount);

    QMap<qint32, qint64> totalPerRate;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        LineAmounts& amounts = totals.lines[i];
        amounts.ticketDiscountShareMinor = shares[i];
        amounts.totalMinor = afterLineDiscount[i] - shares[i];
        totalPerRate[lines[i].vatRateMilliPercent] += amounts.totalMinor;
    }

    for (auto it = totalPerRate.cbegin(); it != totalPerRate.cend(); ++it) {
        VatRow row;
        row.rateMilliPercent = it.key();
        row.totalMinor = it.value();
        row.vatMinor = divideRounded(static_cast<Int128>(row.totalMinor) * row.rateMilliPercent,
                                     100'000 + static_cast<Int128>(row.rateMilliPercent));
        row.baseMinor = row.totalMinor - row.vatMinor;
        totals.baseMinor += row.baseMinor;
        totals.vatMinor += row.vatMinor;
        totals.totalMinor += row.totalMinor;
        totals.vat.append(row);
    }
    return totals;
}

} // namespace caisse
