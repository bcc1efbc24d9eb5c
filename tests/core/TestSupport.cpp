#include "TestSupport.h"

namespace caisse::test {

qint64 addArticle(Database& database, const QString& sku, qint64 priceMinor, qint32 rateMilliPercent,
                  const QString& barcode, qint64 stockMilli)
{
    Catalog catalog(database);
    NewProduct product {
        sku, QStringLiteral("Test"), rateMilliPercent, true, false, {{sku, {}, priceMinor, {barcode}, stockMilli}}};
    catalog.addProduct(product, QStringLiteral("R01"), QStringLiteral("2026-11-23T09:00:00.000Z")).value();
    return catalog.findByLookupKey(*BarcodeParser::lookupKeyOf(barcode)).value().variantId;
}

Ticket cashSale(Catalog& catalog, const QStringList& barcodes)
{
    Ticket ticket;
    const BarcodeParser parser;
    for (const QString& barcode : barcodes)
        ticket.addLine(catalog.lineForScan(barcode, parser, ticket.currency()).value()).value();
    ticket.payCash(ticket.amountDueMinor() + 1000).value();
    return ticket;
}

} // namespace caisse::test
