#pragma once

#include <QString>

/**
 * What the sync stages agree on with each other and with the store's data, kept in one place so that no stage reaches
 * into another for it.
 */
namespace caisse::SyncConventions {

/**
 * Each register owns one hidden item on the store whose stock counts the batches the store applied (StockSync).
 * Every stage that reads the store's catalog skips these items: they are bookkeeping, not articles to sell.
 */
inline QString ledgerSku(const QString& registerId)
{
    return QStringLiteral("CAISSE-SYNC-") + registerId;
}

inline bool isLedgerSku(const QString& sku)
{
    return sku.startsWith(ledgerSku({}));
}

/** The register's service items for shipping and handling (OrderSync): never sent to the store as products. */
inline QString serviceSkuPrefix()
{
    return QStringLiteral("SERVICE-");
}

/**
 * The setting that says the first matching of the catalogs was confirmed (ProductImport writes it) and from when the
 * store's product changes are read (CatalogSync): empty until then.
 */
inline QString catalogSinceSetting()
{
    return QStringLiteral("store_catalog_since");
}

} // namespace caisse::SyncConventions
