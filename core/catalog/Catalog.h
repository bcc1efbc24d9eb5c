#pragma once

#include "base/Result.h"
#include "catalog/BarcodeParser.h"
#include "catalog/CatalogItem.h"
#include "catalog/NewProduct.h"
#include "catalog/NewVariant.h"
#include "catalog/ProductDetails.h"
#include "storage/BulkInsert.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace caisse {

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

    /**
     * Sellable articles whose name, option, SKU or barcode hold every word typed, each as the start of a word, accents
     * and case ignored ("creme epa" finds "Crème fraîche épaisse"), by name; at most limit.
     */
    Result<QList<CatalogItem>> search(const QString& text, int limit = 50);

    /** The variant a scanned barcode or a typed SKU names; NotFound with a sentence otherwise. */
    static Result<qint64> variantOf(Database& database, const QString& barcodeOrSku);

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
