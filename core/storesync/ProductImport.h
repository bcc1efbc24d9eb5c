#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "bigcommerce/StoreClient.h"
#include "catalog/ProductDetails.h"
#include "storesync/ImportMatch.h"
#include "storesync/ImportPlan.h"
#include "storesync/StoreVariant.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace caisse {

class Database;

/**
 * Brings the online store's catalog into the register without ever making a duplicate: each store variant is matched
 * by SKU (case-insensitive, as the store compares them), then by barcode (UPC/EAN/GTIN through the register's lookup
 * keys: the store has no GTIN filter), before anything is created. A product none of whose variants is found at the
 * register cannot be a duplicate: it is added as its page arrives, by a writer on a thread of its own (its own
 * connection, a transaction per thousand products), so that the import goes at the pace the store serves its pages.
 * Matches are only listed: they are linked once the manager has confirmed them (apply), with the online variants of
 * their products that the register lacks. Prices come over only in the
 * register's currency, converted to VAT-inclusive when the store enters them without tax.
 */
class ProductImport : public QObject
{
    Q_OBJECT

public:
    ProductImport(Database& database, const Clock& clock, QString registerId, StoreClient& client,
                  QObject* parent = nullptr);
    /** Stops the writer after the transaction it is in: what it committed stays, linked, and is not created again. */
    ~ProductImport() override;

    /**
     * Reads the store's catalog, page by page, adds the products sold only online (in the category "Online store"),
     * and ends in planned, once they are all written, or failed.
     */
    void plan();
    /**
     * Links the confirmed matches, in transactions of a thousand, and adds the online variants joining them: run on a
     * thread of its own with its own connection, it leaves the counter free to record sales between them.
     */
    static Result<qint64> apply(Database& database, const Clock& clock, const QString& registerId,
                                const ImportPlan& plan);
    /**
     * Linked products count as sent to the store as they are now: only later changes at the register go
     * (CatalogSync, when the register is the system of record).
     */
    static Result<void> markLinkedAsSent(Database& database);
    /** Creates store products at the register and links them; call inside a Transaction. Answers the links made. */
    static Result<qint64> create(Database& database, const QString& registerId, const QString& now,
                                 const QList<QList<StoreVariant>>& products);

signals:
    void planned(const caisse::ImportPlan& plan);
    void failed(const QString& message);

private:
    class Writer;

    void readCatalog(const QString& storeCurrency, bool pricesIncludeTax);
    void collect(const QJsonArray& products, const QString& storeCurrency, bool pricesIncludeTax);
    void queueCreation(QList<StoreVariant> variants);
    void finishedWriting(const Result<qint64>& created);

    Database& m_database;
    const Clock& m_clock;
    QString m_registerId;
    StoreClient& m_client;
    ImportPlan m_plan;
    QString m_registerCurrency;
    QHash<QString, std::pair<qint64, QString>> m_localBySku;
    QHash<QString, std::pair<qint64, QString>> m_localByBarcode;
    /** Store variant → the register's variant it is linked to. */
    QHash<qint64, qint64> m_linkedStoreVariants;
    QList<QList<StoreVariant>> m_nextCreations;
    qint64 m_notCreated = 0;
    std::unique_ptr<Writer> m_writer;
};

} // namespace caisse

Q_DECLARE_METATYPE(caisse::ImportPlan)
