#pragma once

#include "base/Result.h"
#include "catalog/BarcodeParser.h"
#include "catalog/ProductDetails.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace caisse {

/** One sellable variant of a product, as the counter needs it. */
struct CatalogItem
{
    qint64 variantId = 0;
    QString sku;
    QString name;
    QString optionLabel;
    qint64 priceMinor = 0;
    qint32 vatRateMilliPercent = 0;
    bool tracksStock = true;
    bool soldByWeight = false;
    bool archived = false;

    /** "T-shirt bio — M / Bleu", or the name alone for a product without options. */
    QString displayName() const;
};

struct NewVariant
{
    QString sku;
    QString optionLabel;
    qint64 priceMinor = 0;
    QStringList barcodes;
    qint64 initialStockMilli = 0;
};

struct NewProduct
{
    QString name;
    QString category;
    qint32 vatRateMilliPercent = 20'000;
    bool tracksStock = true;
    bool soldByWeight = false;
    QList<NewVariant> variants;
    ProductDetails details = {};
};

/**
 * The product catalog, read straight from the database one article at a time: a catalog of a million products is never
 * held in memory. Barcodes are stored under their lookup key (BarcodeParser::lookupKeyOf).
 */
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(caisse::Catalog)

public:
    explicit Catalog(Database& database);

    /** The variant a lookup key belongs to; NotFound when no barcode has that key. */
    Result<CatalogItem> findByLookupKey(const QString& lookupKey);

    /** The stock of a variant: the sum of its movements, in thousandths. */
    Result<qint64> stockLevelMilli(qint64 variantId);

    /**
     * Adds products with their variants, barcodes and opening stock, many rows to a statement, in the transaction open
     * or in one of its own. Answers each product's new variant ids, in the order given.
     */
    Result<QList<QList<qint64>>> addProducts(const QList<NewProduct>& products, const QString& registerId,
                                             const QString& timestamp);
    /** addProducts() for one product: its variants' ids. */
    Result<QList<qint64>> addProduct(const NewProduct& product, const QString& registerId, const QString& timestamp);
    /** Adds variants, their barcodes and opening stock to an existing product, as addProducts() does. */
    Result<QList<qint64>> addVariants(qint64 productId, bool tracksStock, const QList<NewVariant>& variants,
                                      const QString& registerId, const QString& timestamp);

private:
    /** Adds products, or variants to an existing product (existingProductId: products then gives their variants). */
    Result<QList<QList<qint64>>> write(const QList<NewProduct>& products, std::optional<qint64> existingProductId,
                                       const QString& registerId, const QString& timestamp);

    Database& m_database;
    QSqlQuery m_lookup;
    BulkInsert m_insertProducts;
    BulkInsert m_insertVariants;
    BulkInsert m_insertBarcodes;
    BulkInsert m_insertMovements;
};

} // namespace caisse
