#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace caisse {

/** Articles that come from the online store take France's standard rate: tax classes do not sync. */
inline constexpr qint32 kStoreDefaultVatMilliPercent = 20'000;

/** How the online store prices (GET v2/store): its currency, and whether prices are entered with tax. */
struct StorePricing
{
    QString currency;
    bool pricesIncludeTax = true;

    static StorePricing of(const QJsonObject& store);
};

/**
 * Money as the store writes it, in minor units: v3 as decimal numbers, v2 as decimal strings ("12.5000"). Two to
 * four decimals survive the double exactly enough to round to the cent.
 */
qint64 minorFromStore(const QJsonValue& amount);
/** A store price as the register keeps it: VAT-inclusive. */
qint64 registerPrice(qint64 storeMinor, const StorePricing& pricing, qint32 vatMilliPercent);
/** A register price (VAT-inclusive) as the store enters it, in its decimal form. */
double storePrice(qint64 registerMinor, const StorePricing& pricing, qint32 vatMilliPercent);

} // namespace caisse
