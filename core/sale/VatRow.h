#pragma once

namespace caisse {

/** One row of the VAT table: base (HT), VAT (TVA) and total (TTC) of every line at one rate. */
struct VatRow
{
    qint32 rateMilliPercent = 0;
    qint64 baseMinor = 0;
    qint64 vatMinor = 0;
    qint64 totalMinor = 0;

    friend bool operator==(const VatRow&, const VatRow&) = default;
};

} // namespace caisse
