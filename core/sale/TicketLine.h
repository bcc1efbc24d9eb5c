#pragma once

#include "sale/Discount.h"
#include "sale/RefundOrigin.h"

#include <QString>

#include <optional>

namespace caisse {

/** One line of a ticket being sold or refunded. Quantities are in thousandths (1 piece = 1000, 0.347 kg = 347). */
struct TicketLine
{
    qint64 variantId = 0;
    QString sku;
    QString label;
    qint64 quantityMilli = 1000;
    /** VAT-inclusive price of one unit (one piece, or one kilogram for goods sold by weight). */
    qint64 unitPriceMinor = 0;
    qint32 vatRateMilliPercent = 0;
    bool soldByWeight = false;
    bool tracksStock = false;
    Discount discount;
    /** The catalog's price when the cashier changed it: a price override is measured against it, however many. */
    std::optional<qint64> listPriceMinor;
    /**
     * Set on refund lines only: the (negative) amount given back, which is the share of what the customer paid for
     * the original line, discounts included, so that a refund never gives back more than was taken.
     */
    std::optional<qint64> fixedTotalMinor;
    std::optional<RefundOrigin> refundOf;

    friend bool operator==(const TicketLine&, const TicketLine&) = default;
};

} // namespace caisse
