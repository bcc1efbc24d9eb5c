#pragma once

#include <QHash>
#include <QJsonDocument>
#include <QString>

namespace caisse {

/** On-hand stock per SKU at one store location, from an answer of GET v3/inventory/items. */
QHash<QString, qint64> onHandAt(const QJsonDocument& inventoryItems, int locationId);

} // namespace caisse
