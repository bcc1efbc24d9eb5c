#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace caisse {

class Database;

/** An article at or below the stock its manager set as low. */
struct LowStock
{
    QString sku;
    QString name;
    qint64 stockMilli = 0;
    qint64 lowLevel = 0;
};

/** One movement of an article's stock, and where it came from. */
struct StockEntry
{
    QDateTime at;
    qint64 quantityMilli = 0;
    /** In the manager's words: "Sale, ticket 12", "Online order", "Adjustment: damaged". */
    QString origin;
    QString note;
    QString who;
};

/** An article as the stock screens name it. */
struct StockArticle
{
    qint64 variantId = 0;
    QString sku;
    /** The product's name and the variant's options. */
    QString name;
    std::optional<qint64> costPriceMinor;
};

/** What the manager reads of the stock: the articles running low, and an article's movements. */
class StockReports
{
    Q_DECLARE_TR_FUNCTIONS(caisse::StockReports)

public:
    explicit StockReports(Database& database);

    /** Tracked articles whose stock is at or below their low-stock level, lowest first. */
    Result<QList<LowStock>> lowStock();
    /** Every movement of the article with this barcode or SKU, newest first. */
    Result<QList<StockEntry>> history(const QString& barcodeOrSku);
    /** The article with this barcode or SKU; NotFound with a sentence otherwise. */
    Result<StockArticle> article(const QString& barcodeOrSku);

private:
    Database& m_database;
};

} // namespace caisse
