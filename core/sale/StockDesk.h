#pragma once

#include "sale/SaleWriter.h"
#include "stock/Receiving.h"
#include "stock/StockAdjustments.h"
#include "stock/Stocktake.h"

#include <QFuture>

namespace caisse {

/**
 * The stock's work for a manager at the register, without a screen: adjustments, deliveries received and stocktakes.
 * Each write runs on the database writer (a count is written as it is scanned); reads, such as a stocktake's
 * variances, use the counter's connection. The counter session owns it.
 */
class StockDesk
{
public:
    StockDesk(Database& database, SaleWriter& writer, const Clock& clock, QString registerId);

    /** StockAdjustments::adjust: the stock after it. */
    QFuture<Result<qint64>> adjust(const QString& barcodeOrSku, qint64 quantityMilli, StockAdjustments::Reason reason,
                                   const QString& note, const Operator& by);
    /** Receiving::confirm: the units received. */
    QFuture<Result<qint64>> receive(const Reception& reception, const Operator& by);
    /** Stocktake::start. */
    QFuture<Result<StocktakeInfo>> startCount(const QString& category, const Operator& by);
    /** Stocktake::count: the article's count after the scan. */
    QFuture<Result<CountedArticle>> count(const QString& barcodeOrSku, qint64 quantityMilli);
    /** Stocktake::validate: the movements posted. */
    QFuture<Result<qint64>> validateCount(const Operator& by);
    /** Stocktake::abandon. */
    QFuture<Result<void>> abandonCount(const Operator& by);
    /** The stocktake as it stands, read on the counter's connection. */
    Stocktake stocktake() { return Stocktake(m_database, m_clock, m_registerId); }

private:
    template <typename T> using Job = std::function<Result<T>(Database&, const Clock&, const QString&)>;
    template <typename T> QFuture<Result<T>> write(Job<T> job)
    {
        return m_writer.run<Result<T>>([&clock = m_clock, registerId = m_registerId, job = std::move(job)](
                                           SaleStore& store) { return job(store.database(), clock, registerId); });
    }

    Database& m_database;
    SaleWriter& m_writer;
    const Clock& m_clock;
    QString m_registerId;
};

} // namespace caisse
