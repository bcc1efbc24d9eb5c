#pragma once

#include "base/Currency.h"
#include "base/Result.h"
#include "catalog/BarcodeParser.h"
#include "catalog/Catalog.h"
#include "sale/TicketLine.h"

namespace caisse {

/**
 * The ticket line a scan adds: the catalog's article, with the weight or price its label carries. Fails with a sentence
 * for the cashier on a misread, an unknown or an archived article. Lives in sale, not catalog: the catalog knows
 * articles, the sale knows lines.
 */
Result<TicketLine> lineForScan(Catalog& catalog, const QString& scanned, const BarcodeParser& parser,
                               const Currency& currency);

/** The ticket line of an article picked without its label (a search): refused for goods sold by weight. */
Result<TicketLine> lineForItem(const CatalogItem& item);

} // namespace caisse
