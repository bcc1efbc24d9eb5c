#include "bigcommerce/InventoryLevels.h"

#include <QJsonArray>
#include <QJsonObject>

namespace caisse {

QHash<QString, qint64> onHandAt(const QJsonDocument& inventoryItems, int locationId)
{
    QHash<QString, qint64> levels;
    for (const QJsonValue& item : inventoryItems.object().value(QStringLiteral("data")).toArray()) {
        const QString sku
            = item.toObject().value(QStringLiteral("identity")).toObject().value(QStringLiteral("sku")).toString();
        for (const QJsonValue& location : item.toObject().value(QStringLiteral("locations")).toArray()) {
            if (location.toObject().value(QStringLiteral("location_id")).toInt() == locationId)
                levels.insert(sku, location.toObject().value(QStringLiteral("total_inventory_onhand")).toInteger());
        }
    }
    return levels;
}

std::optional<QJsonObject> adjustmentItem(const QString& tracking, int locationId, qint64 storeProductId,
                                          qint64 storeVariantId, qint64 quantity)
{
    const bool byProduct = tracking == u"product";
    if (!byProduct && tracking != u"variant")
        return std::nullopt;
    return QJsonObject {{QStringLiteral("location_id"), locationId},
                        {byProduct ? QStringLiteral("product_id") : QStringLiteral("variant_id"),
                         byProduct ? storeProductId : storeVariantId},
                        {QStringLiteral("quantity"), quantity}};
}

} // namespace caisse
