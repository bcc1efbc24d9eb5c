#include "printer/ShelfLabelLayout.h"

#include "printer/EscPosEncoder.h"

namespace caisse {

QByteArray ShelfLabelLayout::encode(const QList<ShelfLabel>& labels, const Currency& currency, const QLocale& locale,
                                    const PrinterProfile& profile)
{
    EscPosEncoder job(profile);
    job.initialise();
    for (const ShelfLabel& label : labels) {
        job.align(EscPosEncoder::Align::Centre).bold(true).line(label.name);
        job.doubleSize(true).line(ShelfLabels::priceText(label, currency, locale)).doubleSize(false).bold(false);
        if (const QString unitPrice = ShelfLabels::unitPriceText(label, currency, locale); !unitPrice.isEmpty())
            job.line(unitPrice);
        if (label.barcode.isEmpty())
            job.line(label.sku);
        else
            job.ean(label.barcode);
        job.cut();
    }
    return job.bytes();
}

} // namespace caisse
