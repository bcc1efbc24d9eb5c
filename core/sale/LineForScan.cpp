#include "sale/LineForScan.h"

namespace caisse {

namespace {

/** The article as a line of one piece at its price; an archived one is refused. */
Result<TicketLine> lineOf(const CatalogItem& item)
{
    if (item.archived)
        return failure(
            Error::Code::BusinessRule,
            Catalog::tr("%1 is no longer sold (archived in the catalog). Nothing was added.").arg(item.displayName()));
    TicketLine line;
    line.variantId = item.variantId;
    line.sku = item.sku;
    line.label = item.displayName();
    line.unitPriceMinor = item.priceMinor;
    line.vatRateMilliPercent = item.vatRateMilliPercent;
    line.tracksStock = item.tracksStock;
    line.soldByWeight = item.soldByWeight;
    return line;
}

Result<TicketLine> weighFirst(const TicketLine& line)
{
    return failure(Error::Code::BusinessRule,
                   Catalog::tr("%1 is sold by weight: scan the label printed by the scale.").arg(line.label));
}

} // namespace

Result<TicketLine> lineForScan(Catalog& catalog, const QString& scanned, const BarcodeParser& parser,
                               const Currency& currency)
{
    const auto code = parser.parse(scanned, currency);
    if (!code)
        return std::unexpected(code.error());
    auto item = catalog.findByLookupKey(code->lookupKey);
    if (!item) {
        if (item.error().code == Error::Code::NotFound)
            return failure(Error::Code::NotFound,
                           Catalog::tr("Unknown barcode %1: this article is not in the catalog. Nothing was added.")
                               .arg(scanned.trimmed()));
        return std::unexpected(item.error());
    }
    auto found = lineOf(*item);
    if (!found)
        return found;
    TicketLine& line = *found;
    if (code->embeddedQuantityMilli) {
        if (*code->embeddedQuantityMilli <= 0)
            return failure(Error::Code::InvalidInput,
                           Catalog::tr("The label of %1 carries no weight. Weigh it again.").arg(line.label));
        line.quantityMilli = *code->embeddedQuantityMilli;
        line.soldByWeight = true;
    } else if (code->embeddedPriceMinor) {
        // The scale printed the price to pay: one article at that price, whatever the catalog's price per kg.
        line.unitPriceMinor = *code->embeddedPriceMinor;
        line.soldByWeight = false;
    } else if (item->soldByWeight) {
        return weighFirst(line);
    }
    return line;
}

Result<TicketLine> lineForItem(const CatalogItem& item)
{
    auto line = lineOf(item);
    if (line && item.soldByWeight)
        return weighFirst(*line);
    return line;
}

} // namespace caisse
