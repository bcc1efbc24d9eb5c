#pragma once

namespace caisse {

/** A line's amounts, from its gross amount down to what it weighs in the total, all VAT-inclusive. */
struct LineAmounts
{
    qint64 grossMinor = 0;
    qint64 lineDiscountMinor = 0;
    qint64 ticketDiscountShareMinor = 0;
    qint64 totalMinor = 0;

    friend bool operator==(const LineAmounts&, const LineAmounts&) = default;
};

} // namespace caisse
