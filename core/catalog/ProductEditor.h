#pragma once

#include "base/Result.h"
#include "catalog/ProductDetails.h"
#include "catalog/VariableMeasureRule.h"

#include <QCoreApplication>
#include <QList>

namespace caisse {

class Database;

/** A variant as the manager edits it: an option ("M", "Bleu / L"), its SKU, price and barcode. */
struct VariantDraft
{
    /** None for a variant not saved yet. */
    std::optional<qint64> id;
    QString optionLabel;
    QString sku;
    qint64 priceMinor = 0;
    /** Empty: an in-store EAN-13 is made for it when it is saved. */
    QString barcode;
    bool archived = false;
};

/** A product as the manager edits it. */
struct ProductDraft
{
    /** None for a product not saved yet. */
    std::optional<qint64> id;
    QString name;
    QString category;
    qint32 vatRateMilliPercent = 20'000;
    bool tracksStock = true;
    bool archived = false;
    QList<VariantDraft> variants;
    ProductDetails details;
};

/**
 * Products created and changed at the register, when it is the catalog's system of record: name, category, VAT rate,
 * cost, image, variants with their price and barcode (an in-store EAN-13 made for those that have none), archived
 * rather than deleted so that their tickets keep them. Each save moves the product's updated_at, which is what sends it
 * to the online store (CatalogSync).
 */
class ProductEditor
{
    Q_DECLARE_TR_FUNCTIONS(caisse::ProductEditor)

public:
    ProductEditor(Database& database, QList<VariableMeasureRule> barcodeRules);

    /** The product of the article with this barcode or SKU. */
    Result<ProductDraft> load(const QString& barcodeOrSku);
    /**
     * Checks and saves the product, in one transaction (the caller's when one is open); returns it as saved (ids and
     * barcodes filled in). A variant without a barcode gets an in-store EAN-13; one without a SKU is known by its
     * barcode.
     */
    Result<ProductDraft> save(ProductDraft product, const QString& registerId, const QString& timestamp);
    /**
     * The next in-store EAN-13: GS1 keeps the prefixes 20 to 29 for a shop's own use; this takes the first of them that
     * the shop's weight and price labels do not use, and numbers its codes in turn.
     */
    Result<QString> nextInStoreBarcode();

private:
    Result<void> check(const ProductDraft& product);

    Database& m_database;
    QList<VariableMeasureRule> m_barcodeRules;
};

} // namespace caisse
