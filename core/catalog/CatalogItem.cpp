#include "catalog/CatalogItem.h"

#include "base/RecordId.h"
#include "storage/Database.h"

namespace caisse {

QString CatalogItem::displayName() const
{
    return optionLabel.isEmpty() ? name : name + QStringLiteral(" — ") + optionLabel;
}

} // namespace caisse
