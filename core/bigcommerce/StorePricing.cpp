#include "bigcommerce/StorePricing.h"

namespace caisse {

StorePricing StorePricing::of(const QJsonObject& store)
{
    return {store.value(QStringLiteral("currency")).toString(),
            store.value(QStringLiteral("is_price_entered_with_tax")).toBool(true)};
}

qint64 minorFromStore(const QJsonValue& amount)
{
    const double value = amount.isString() ? amount.toString().toDouble() : amount.toDouble();
    return qRound64(value * 100.0);
}

qint64 registerPrice(qint64 storeMinor, const StorePricing& pricing, qint32 vatMilliPercent)
{
    if (pricing.pricesIncludeTax)
        return storeMinor;
    return qRound64(double(storeMinor) * (100'000 + vatMilliPercent) / 100'000.0);
}

double storePrice(qint64 registerMinor, const StorePricing& pricing, qint32 vatMilliPercent)
{
    const qint64 minor = pricing.pricesIncludeTax
        ? registerMinor
        : qRound64(double(registerMinor) * 100'000.0 / (100'000 + vatMilliPercent));
    return double(minor) / 100.0;
}

} // namespace caisse
