#include "shop/Country.h"

namespace caisse {

QList<Country> Country::all()
{
    // Rates and rounding as each country's tax and monetary authorities publish them (2026):
    // - France: 20, 10, 5.5 and 2.1 % (Code général des impôts, art. 278 ff.); no cash rounding.
    // - Belgium: 21, 12 and 6 % (Code de la TVA); cash totals rounded to 5 cents since 2019 (loi du 26 décembre 2018).
    // - Switzerland: 8.1, 3.8 and 2.6 % since 2024 (LTVA); cash to 5 centimes, the smallest coin.
    // - Quebec: GST 5 % and QST 9.975 %, charged together (14.975 %), or none on basic groceries; cash to 5 cents since
    //   the cent was withdrawn (2013). Prices here include them, as the register's prices always do.
    return {
        {QStringLiteral("FR"),
         tr("France"),
         QStringLiteral("EUR"),
         {20'000, 10'000, 5'500, 2'100},
         0,
         tr("SIRET"),
         tr("Thank you for your visit!")},
        {QStringLiteral("BE"),
         tr("Belgium"),
         QStringLiteral("EUR"),
         {21'000, 12'000, 6'000},
         5,
         tr("Company number"),
         tr("Thank you for your visit!")},
        {QStringLiteral("CH"),
         tr("Switzerland"),
         QStringLiteral("CHF"),
         {8'100, 3'800, 2'600},
         5,
         tr("UID"),
         tr("Thank you for your visit!")},
        {QStringLiteral("CA-QC"),
         tr("Quebec"),
         QStringLiteral("CAD"),
         {14'975, 0},
         5,
         tr("NEQ"),
         tr("Thank you for your visit!")},
    };
}

Country Country::byCode(const QString& code)
{
    const QList<Country> countries = all();
    for (const Country& country : countries)
        if (country.code == code)
            return country;
    return countries.first();
}

} // namespace caisse
