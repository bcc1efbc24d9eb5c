#include "support/TestSupport.h"

#include "sale/LineForScan.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

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

void addVectorsArticles(Database& database)
{
    Catalog catalog(database);
    for (const NewProduct& product :
         {NewProduct {QStringLiteral("Pain de campagne"),
                      {},
                      5500,
                      true,
                      false,
                      {{QStringLiteral("A1"), {}, 399, {QStringLiteral("4006381333931")}, 10'000}}},
          NewProduct {QStringLiteral("Bol céramique"),
                      {},
                      20000,
                      true,
                      false,
                      {{QStringLiteral("B2"), {}, 1250, {QStringLiteral("96385074")}, 10'000}}}})
        catalog.addProduct(product, QStringLiteral("R01"), QStringLiteral("2025-03-14T08:00:00.000Z")).value();
}

void linkAllToStore(Database& database, const StoreIdsOf& storeIdsOf)
{
    QSqlQuery query(database.connection());
    if (!query.exec(
            QStringLiteral("SELECT id, sku FROM variants WHERE id NOT IN (SELECT variant_id FROM store_links)")))
        qFatal("cannot read the articles: %s", qPrintable(query.lastError().text()));
    QList<std::tuple<qint64, qint64, qint64>> links;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const auto ids = storeIdsOf ? storeIdsOf(query.value(1).toString()) : std::nullopt;
        links.append({id, ids ? ids->first : 1'000'000 + id, ids ? ids->second : 1'000'000 + id});
    }
    for (const auto& [id, productId, variantId] : links) {
        query.prepare(QStringLiteral("INSERT INTO store_links(variant_id, store_product_id, store_variant_id, "
                                     "matched_by, linked_at) VALUES(?, ?, ?, 'sku', '2026-11-23T09:00:00.000Z')"));
        query.addBindValue(id);
        query.addBindValue(productId);
        query.addBindValue(variantId);
        if (!query.exec())
            qFatal("cannot link the articles: %s", qPrintable(query.lastError().text()));
    }
}

QList<std::pair<QString, QJsonObject>> journalRecords(Database& database, const QString& chain)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT type, payload FROM journal WHERE chain = ? ORDER BY seq"));
    query.addBindValue(chain);
    query.exec();
    QList<std::pair<QString, QJsonObject>> records;
    while (query.next())
        records.append(
            {query.value(0).toString(),
             QJsonDocument::fromJson(query.value(1).toByteArray()).object().value(QStringLiteral("data")).toObject()});
    return records;
}

Ticket cashSale(Catalog& catalog, const QStringList& barcodes)
{
    Ticket ticket;
    const BarcodeParser parser;
    for (const QString& barcode : barcodes)
        ticket.addLine(lineForScan(catalog, barcode, parser, ticket.currency()).value()).value();
    ticket.payCash(ticket.amountDueMinor() + 1000).value();
    return ticket;
}

} // namespace caisse::test
