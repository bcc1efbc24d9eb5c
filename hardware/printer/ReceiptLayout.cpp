#include "printer/ReceiptLayout.h"

namespace caisse {

QByteArray ReceiptLayout::encode(const CommittedTicket& committed, const ShopIdentity& shop, const QLocale& locale,
                                 const PrinterProfile& profile, int duplicate)
{
    EscPosEncoder job(profile);
    job.initialise();
    writeLines(job, ReceiptText::render(committed, shop, locale, duplicate));
    job.align(EscPosEncoder::Align::Centre);
    // A voucher's code is scanned to pay with it: its own code, captioned so that it is not taken for the ticket's.
    for (const Voucher& voucher : committed.vouchersIssued)
        job.line(ReceiptText::tr("VOUCHER")).qrCode(voucher.code.toLatin1()).line();
    job.qrCode(ReceiptText::qrReference(committed).toLatin1()).line().align(EscPosEncoder::Align::Left);
    return job.feed(3).cut().bytes();
}

QByteArray ReceiptLayout::encodeReport(const QString& text, const PrinterProfile& profile)
{
    EscPosEncoder job(profile);
    job.initialise();
    writeLines(job, text);
    return job.feed(3).cut().bytes();
}

void ReceiptLayout::writeLines(EscPosEncoder& job, const QString& text)
{
    const QString total = ReceiptText::tr("TOTAL");
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const bool emphasised = lines[i].startsWith(total + u' ');
        if (emphasised)
            job.bold(true);
        job.line(lines[i]);
        if (emphasised)
            job.bold(false);
    }
}

} // namespace caisse
