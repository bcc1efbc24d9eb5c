#pragma once

#include "fiscal/ClosureRecord.h"
#include "fiscal/JournalEnd.h"
#include "sale/SaleStore.h"
#include "storage/Settings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace caisse {

/**
 * The receipt of a committed ticket as plain text, the same the screen shows and a printer will print: shop identity,
 * lines with a VAT code letter, totals, the VAT table per rate, tenders and change, and the fiscal block (original or
 * duplicate, software version, line count, an excerpt of the journal signature).
 */
class ReceiptText
{
    Q_DECLARE_TR_FUNCTIONS(caisse::ReceiptText)

public:
    static constexpr int kWidth = 42;

    /** duplicate: 0 for the original, n for the n-th reprint, printed "DUPLICATA n". */
    static QString render(const CommittedTicket& committed, const ShopIdentity& shop, const QLocale& locale,
                          int duplicate = 0);
    /** "Cash", "Card": a payment method as receipts and reports name it. */
    static QString paymentLabel(PaymentMethod method);

    /** Which paper a closure's totals make. */
    enum class ClosurePaper
    {
        /** The Z, as journaled. */
        Original,
        /** The Z printed again from the journal: "DUPLICATA". */
        Duplicate,
        /** The X: what the next Z would close, which closes nothing. */
        Report,
    };

    /**
     * The closure report (Z) of a CLOSE_DAY, CLOSE_MONTH or CLOSE_YEAR record, or the X report of what is not closed
     * yet. journalEnd: where the chain ends once the closure is in it, and publicKey, the key that signs it, printed so
     * that a journal cut short or signed again later disagrees with the paper (not on an X, which journals nothing).
     */
    static QString renderClosure(const ClosureRecord& closure, const QString& registerId, const Currency& currency,
                                 const ShopIdentity& shop, const QLocale& locale, const JournalEnd& journalEnd,
                                 const QByteArray& publicKey, ClosurePaper paper = ClosurePaper::Original);
    /** What a receipt's QR code holds: register, number and UUID of the ticket, read back at the counter for a return.
     */
    static QString qrReference(const CommittedTicket& committed);
    /** The ticket a scanned receipt QR code names; none when the code is no receipt of ours. */
    static std::optional<QString> ticketOfQrReference(const QString& scanned);
};

} // namespace caisse
