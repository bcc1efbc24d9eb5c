#pragma once

#include "sale/Discount.h"
#include "sale/LineAmounts.h"
#include "sale/TicketLine.h"
#include "sale/VatRow.h"

#include <QList>

namespace caisse {

struct TicketTotals
{
    QList<LineAmounts> lines;
    /** Sorted by rate, lowest first. */
    QList<VatRow> vat;
    qint64 lineDiscountsMinor = 0;
    qint64 ticketDiscountMinor = 0;
    qint64 baseMinor = 0;
    qint64 vatMinor = 0;
    qint64 totalMinor = 0;

    /**
     * VAT-inclusive prices, VAT computed per rate on the ticket total (never summed line by line):
     * 1. line gross = round(unit price x quantity); line discount = round(gross x %) or the fixed amount;
     * 2. the ticket discount is split over the lines in proportion to their amount (largest remainder), so each rate
     *    bears its share and the parts add up to the discount exactly;
     * 3. per rate: TTC = sum of its lines; TVA = round(TTC x r / (1 + r)); HT = TTC - TVA; so HT + TVA = TTC always.
     * Rounding is half away from zero, so a refund is the exact mirror of the sale.
     */
    static TicketTotals compute(const QList<TicketLine>& lines, const Discount& ticketDiscount);
};

} // namespace caisse
