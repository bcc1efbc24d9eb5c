#pragma once

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace caisse {

/** On-hand stock per SKU at one store location, from an answer of GET v3/inventory/items. */
QHash<QString, qint64> onHandAt(const QJsonDocument& inventoryItems, int locationId);

/**
 * An item of an inventory adjustment, naming the store's item as the product tracks it (inventory_tracking):
 * product_id for "product", variant_id for "variant" (reference/inventory.v3.yml); none for "none" or an unknown
 * tracking, whose stock is not the register's to send.
 */
std::optional<QJsonObject> adjustmentItem(const QString& tracking, int locationId, qint64 storeProductId,
                                          qint64 storeVariantId, qint64 quantity);

} // namespace caisse
