#pragma once

#include "printer/EscPosEncoder.h"
#include "printer/PrinterProfile.h"
#include "sale/ReceiptText.h"

namespace caisse {

/**
 * A committed ticket as a receipt printer's job: the receipt the screen shows (ReceiptText), its total in bold, a QR
 * code of the ticket's reference for returns, then the cut.
 */
class ReceiptLayout
{
public:
    static QByteArray encode(const CommittedTicket& committed, const ShopIdentity& shop, const QLocale& locale,
                             const PrinterProfile& profile, int duplicate = 0);
    /** A report's text (X, Z) as the screen shows it, its totals in bold, then the cut. */
    static QByteArray encodeReport(const QString& text, const PrinterProfile& profile);

private:
    /** The lines of a text, those that start with TOTAL in bold. */
    static void writeLines(EscPosEncoder& job, const QString& text);
};

} // namespace caisse
