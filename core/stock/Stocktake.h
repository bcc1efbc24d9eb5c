#pragma once

#include "access/Operator.h"
#include "base/Clock.h"

#include <QCoreApplication>
#include <QDateTime>

namespace caisse {

class Database;

/** The stocktake in progress. */
struct StocktakeInfo
{
    qint64 id = 0;
    /** Empty: the whole shop. */
    QString category;
    QDateTime startedAt;
    QString startedBy;
    qint64 articlesCounted = 0;
};

/** An article's count so far. */
struct CountedArticle
{
    QString sku;
    QString name;
    qint64 countedMilli = 0;
};

/** What the count changes for one article. */
struct StockVariance
{
    QString sku;
    QString name;
    QDateTime countedAt;
    /** What the stock was when the article was counted: the movements up to then. */
    qint64 expectedMilli = 0;
    qint64 countedMilli = 0;
    qint64 differenceMilli() const { return countedMilli - expectedMilli; }
    /** The difference at the product's cost price; none when the cost is not known. */
    std::optional<qint64> valueMinor;
};

/** An article of a stocktake's scope that was not counted: it keeps its stock. */
struct NotCountedArticle
{
    QString sku;
    QString name;
    qint64 stockMilli = 0;
};

/**
 * Counting the shop, or one category: each scan adds to an article's count and is written at once, so the count
 * survives a restart or a crash. Each article keeps when it was last counted, so what was sold (or received) while the
 * shop was being counted lands on the right side of the count: a sale before the article was counted is in what the
 * shelf held, a sale after it comes off the counted quantity. Validating posts each difference as a 'count' movement,
 * which the outbox sends to the online store. Articles not counted keep their stock.
 */
class Stocktake
{
    Q_DECLARE_TR_FUNCTIONS(caisse::Stocktake)

public:
    Stocktake(Database& database, const Clock& clock, QString registerId);

    /** The stocktake in progress, if any. */
    Result<std::optional<StocktakeInfo>> current();
    /** Starts counting the whole shop (category empty) or one category; refused while one is in progress. */
    Result<StocktakeInfo> start(const QString& category, const Operator& by);
    /** Adds quantityMilli (negative: a miscount taken back, down to zero) to an article's count. */
    Result<CountedArticle> count(const QString& barcodeOrSku, qint64 quantityMilli);
    /** The counted articles with what the stock was when each was counted, largest differences first. */
    Result<QList<StockVariance>> variances();
    /** Articles of the count's scope that were not counted (their stock stays as it is). */
    Result<qint64> notCounted();
    /** The first limit of them, by name, with their stock. */
    Result<QList<NotCountedArticle>> notCountedArticles(int limit);
    /** Posts every difference as a 'count' movement and closes the stocktake; returns the movements posted. */
    Result<qint64> validate(const Operator& by);
    /** Closes the stocktake without changing any stock. */
    Result<void> abandon(const Operator& by);
    /** The categories a count can cover. */
    Result<QStringList> categories();

private:
    Result<StocktakeInfo> requireCurrent();
    Result<void> close(const QString& outcome, const Operator& by);

    Database& m_database;
    const Clock& m_clock;
    QString m_registerId;
};

} // namespace caisse
