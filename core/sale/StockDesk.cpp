#include "sale/StockDesk.h"

namespace caisse {

StockDesk::StockDesk(Database& database, SaleWriter& writer, const Clock& clock, QString registerId)
    : m_database(database)
    , m_writer(writer)
    , m_clock(clock)
    , m_registerId(std::move(registerId))
{ }

QFuture<Result<qint64>> StockDesk::adjust(const QString& barcodeOrSku, qint64 quantityMilli,
                                          StockAdjustments::Reason reason, const QString& note, const Operator& by)
{
    return write<qint64>([=](Database& database, const Clock& clock, const QString& registerId) {
        return StockAdjustments(database, clock, registerId).adjust(barcodeOrSku, quantityMilli, reason, note, by);
    });
}

QFuture<Result<qint64>> StockDesk::receive(const Reception& reception, const Operator& by)
{
    return write<qint64>([=](Database& database, const Clock& clock, const QString& registerId) {
        return Receiving(database, clock, registerId).confirm(reception, by);
    });
}

QFuture<Result<StocktakeInfo>> StockDesk::startCount(const QString& category, const Operator& by)
{
    return write<StocktakeInfo>([=](Database& database, const Clock& clock, const QString& registerId) {
        return Stocktake(database, clock, registerId).start(category, by);
    });
}

QFuture<Result<CountedArticle>> StockDesk::count(const QString& barcodeOrSku, qint64 quantityMilli)
{
    return write<CountedArticle>([=](Database& database, const Clock& clock, const QString& registerId) {
        return Stocktake(database, clock, registerId).count(barcodeOrSku, quantityMilli);
    });
}

QFuture<Result<qint64>> StockDesk::validateCount(const Operator& by)
{
    return write<qint64>([=](Database& database, const Clock& clock, const QString& registerId) {
        return Stocktake(database, clock, registerId).validate(by);
    });
}

QFuture<Result<void>> StockDesk::abandonCount(const Operator& by)
{
    return write<void>([=](Database& database, const Clock& clock, const QString& registerId) {
        return Stocktake(database, clock, registerId).abandon(by);
    });
}

} // namespace caisse
