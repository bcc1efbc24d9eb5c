#pragma once

#include "base/Currency.h"
#include "base/Money.h"
#include "base/Result.h"

#include <QLocale>
#include <QString>

namespace caisse {

/** Formats and parses amounts as the locale writes them, without going through floating point. */
class MoneyFormat
{
    Q_DECLARE_TR_FUNCTIONS(caisse::MoneyFormat)

public:
    /** "12,50 €" in fr_FR, "€12.50" in en_IE; the currency symbol and its place come from the locale. */
    static QString format(const Money& money, const QLocale& locale);

    /** The amount alone, with the locale's decimal separator and grouping: "1 234,50". */
    static QString formatAmount(qint64 minor, const Currency& currency, const QLocale& locale);

    /**
     * Reads what a cashier types: "12,5", "12.50", "12" (the locale's decimal separator or a dot).
     * Fails with a sentence to show when the text is not an amount or has more decimals than the currency.
     */
    static Result<qint64> parse(const QString& text, const Currency& currency, const QLocale& locale);
};

} // namespace caisse
