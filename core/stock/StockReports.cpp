#include "stock/StockReports.h"

#include "catalog/BarcodeParser.h"
#include "catalog/Catalog.h"
#include "stock/StockAdjustments.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace caisse {

StockReports::StockReports(Database& database)
    : m_database(database)
{ }

Result<StockArticle> StockReports::article(const QString& barcodeOrSku)
{
    const auto variantId = Catalog::variantOf(m_database, barcodeOrSku);
    if (!variantId)
        return std::unexpected(variantId.error());
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("SELECT v.sku, p.name || CASE WHEN v.option_label <> '' THEN ' ' || "
                                                "v.option_label ELSE '' END, p.cost_price_minor FROM variants v JOIN "
                                                "products p ON p.id = v.product_id WHERE v.id = ?"),
                                 {*variantId});
        !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return failure(Error::Code::NotFound, tr("No article has the barcode or SKU %1.").arg(barcodeOrSku));
    return StockArticle {*variantId, query.value(0).toString(), query.value(1).toString(),
                         query.value(2).isNull() ? std::nullopt : std::optional(query.value(2).toLongLong())};
}

Result<QList<LowStock>> StockReports::lowStock()
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::exec(
            query,
            QStringLiteral(
                "SELECT sku, name, stock, level FROM (SELECT v.sku, p.name || CASE WHEN v.option_label <> '' "
                "THEN ' ' || v.option_label ELSE '' END AS name, (SELECT COALESCE(SUM(m.quantity_milli), 0) "
                "FROM stock_movements m WHERE m.variant_id = v.id) AS stock, p.low_stock_level AS level "
                "FROM products p JOIN variants v ON v.product_id = p.id WHERE p.tracks_stock = 1 AND "
                "p.archived = 0 AND v.archived = 0 AND p.low_stock_level > 0) WHERE stock <= level * 1000 "
                "ORDER BY stock, name"));
        !ran)
        return std::unexpected(ran.error());
    QList<LowStock> low;
    while (query.next())
        low.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                    query.value(3).toLongLong()});
    return low;
}

Result<QList<StockEntry>> StockReports::history(const QString& barcodeOrSku)
{
    const auto variant = Catalog::variantOf(m_database, barcodeOrSku);
    if (!variant)
        return std::unexpected(variant.error());
    QSqlQuery query(m_database.connection());
    if (auto ran
        = Database::run(query,
                        QStringLiteral("SELECT m.occurred_at, m.quantity_milli, m.reason, m.origin, m.detail, "
                                       "m.note, m.operator, t.number FROM stock_movements m LEFT JOIN tickets t "
                                       "ON t.uuid = m.ticket_uuid WHERE m.variant_id = ? ORDER BY m.id DESC"),
                        {*variant});
        !ran)
        return std::unexpected(ran.error());
    QList<StockEntry> entries;
    while (query.next()) {
        const QString reason = query.value(2).toString();
        const QString ticket = query.value(7).isNull() ? QString() : query.value(7).toString();
        QString origin;
        if (query.value(3).toString() == u"store")
            origin = tr("Online order");
        else if (reason == u"sale")
            origin = tr("Sale, ticket %1").arg(ticket);
        else if (reason == u"refund")
            origin = tr("Return, ticket %1").arg(ticket);
        else if (reason == u"adjustment") {
            origin = tr("Adjustment");
            for (const StockAdjustments::Reason why : StockAdjustments::reasons())
                if (StockAdjustments::key(why) == query.value(4).toString())
                    origin = tr("Adjustment: %1").arg(StockAdjustments::describe(why));
        } else if (reason == u"count")
            origin = tr("Stocktake");
        else if (reason == u"delivery")
            origin = query.value(4).toString().isEmpty() ? tr("Delivery")
                                                         : tr("Delivery from %1").arg(query.value(4).toString());
        else
            origin = tr("Opening stock");
        entries.append({fromStorageTime(query.value(0).toString()), query.value(1).toLongLong(), origin,
                        query.value(5).toString(), query.value(6).toString()});
    }
    return entries;
}

} // namespace caisse
