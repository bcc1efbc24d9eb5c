#pragma once

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
};

} // namespace caisse
