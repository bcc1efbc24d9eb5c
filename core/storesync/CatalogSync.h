#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "bigcommerce/StoreClient.h"
#include "bigcommerce/StorePricing.h"
#include "storesync/StockDelta.h"
#include "storesync/StoreTracking.h"

#include <QObject>

namespace caisse {

class Database;

/**
 * Products after the first matching (ProductImport), by the system of record (StoreSettings):
 *
 * - The register: its products that the store does not have are created there, hidden, in one category to sort
 *   online ("Caisse — à trier"), at the register's prices when both sell in the same currency (none is created
 *   otherwise: a price of 0 is never sent). A create whose answer was lost is found by its SKU, unique store-wide,
 *   before any new attempt. Their stock is then set once, absolutely, to the register's level at the moment of the
 *   link; their later changes go as relative adjustments (StockSync), never before that level is set. Products
 *   A variant added at the register to a product the store has is created as a variant of that store product, its
 *   option values named as the product's options online. Products
 *   changed at the register after the first matching send the fields that changed (name, price, stock tracking,
 *   details), and those alone (ProductBaseline): what the register took from the store, by the matching or from an
 *   online order, is never written over unless changed at the register.
 * - The online store: products created or changed online since the last run (polled by modification date) come
 *   into the register: name, price (same currency, made VAT-inclusive), SKU, barcode, stock tracking on or off, and
 *   the fields of ProductDetails; new products are created with the store's stock. Stock itself is not taken from
 *   these reads: it moves by orders and adjustments.
 *
 * Either way, absolute levels waiting to be set on the store go at the end of the run: the opening stock of products
 * created online, and the online quantities of split stock (OnlineArticles).
 *
 * With only selected products synced, unselected ones are neither created online nor updated from it.
 * Nothing is done before the manager confirmed the first matching: it alone may link existing products.
 */
class CatalogSync : public QObject
{
    Q_OBJECT

public:
    CatalogSync(Database& database, const Clock& clock, StoreClient& client, QObject* parent = nullptr);

    static constexpr int kProductsPerRun = 20;

    void run();
    /** A manager sends an article's refused opening stock again (the sync log's retry). */
    static Result<void> retryOpeningStock(Database& database, qint64 variantId);

signals:
    void finished(bool ok, const QString& message);

private:
    struct PushVariant
    {
        qint64 id = 0;
        QString sku;
        QString optionLabel;
        qint64 priceMinor = 0;
        QString upc;
    };
    struct PushProduct
    {
        qint64 id = 0;
        QString name;
        qint32 vatMilliPercent = 0;
        bool tracksStock = true;
        QList<PushVariant> variants;
    };

    /** How the store is asked to track product's stock: by product, by variant, or not at all. */
    static QString storeTracking(const PushProduct& product);
    struct Opening
    {
        qint64 variantId = 0;
        StockDelta level;
    };
    /** The absolute levels of articles created online, then their links no longer wait for it. */
    void sendOpeningStock(const QJsonArray& items, const QList<Opening>& openings);
    /** The store refused some of the levels: those it names are held for the manager, the others go again now. */
    Result<bool> holdRefusedOpenings(const QList<Opening>& openings, const QString& answer);
    void readPricing(std::function<void()> next);
    void stop(bool ok, QString message);

    void push();
    void ensureCategory(std::function<void()> next);
    void pushNext();
    void createOnline(const PushProduct& product);
    /** created: the product was created online by this register, with the tracking storeTracking() gives. */
    Result<void> link(const PushProduct& product, const QJsonArray& storeVariants, bool created = true);
    /** Variants added at the register to a product the store has: created as variants of that store product. */
    void pushNewVariants();
    void pushNextVariant();
    void createVariantOnline(const PushProduct& product, qint64 storeProductId);
    /** Fields changed at the register since both sides last agreed (ProductBaseline), in batches. */
    void pushChanges(int batchesLeft);
    void setOpeningStock();

    void pull();
    Result<void> applyPulled(const QJsonArray& products);

    Database& m_database;
    const Clock& m_clock;
    StoreClient& m_client;
    StoreTracking m_tracking;
    StorePricing m_pricing;
    QString m_registerCurrency;
    qint64 m_categoryId = 0;
    QList<PushProduct> m_toPush;
    /** New variants to create online, each as a product of one variant, with its store product. */
    QList<std::pair<PushProduct, qint64>> m_variantsToPush;
    int m_notPriced = 0;
    /** What the store refused during this run, said at its end. */
    QString m_held;
    QString m_pulledUntil;
};

} // namespace caisse
