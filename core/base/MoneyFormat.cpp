#include "base/MoneyFormat.h"

#include <QHash>

#include <algorithm>

namespace caisse {

namespace {

QString currencySymbol(const Currency& currency, const QLocale& locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency.code())
        return locale.currencySymbol(QLocale::CurrencySymbol);
    static const QHash<QString, QString> symbols {{QStringLiteral("EUR"), QStringLiteral("€")},
                                                  {QStringLiteral("GBP"), QStringLiteral("£")},
                                                  {QStringLiteral("USD"), QStringLiteral("$")},
                                                  {QStringLiteral("CAD"), QStringLiteral("$")}};
    return symbols.value(currency.code(), currency.code());
}

} // namespace

QString MoneyFormat::formatAmount(qint64 minor, const Currency& currency, const QLocale& locale)
{
    const qint64 factor = currency.minorPerMajor();
    const qint64 magnitude = minor < 0 ? -minor : minor;
    QString text = locale.toString(magnitude / factor);
    if (currency.exponent() > 0) {
        text += locale.decimalPoint();
        const QString fraction = QString::number(magnitude % factor).rightJustified(currency.exponent(), u'0');
        for (const QChar digit : fraction)
            text += locale.toString(digit.digitValue());
    }
    return minor < 0 ? locale.negativeSign() + text : text;
}

QString MoneyFormat::format(const Money& money, const QLocale& locale)
{
    // QLocale formats currencies only from doubles or whole numbers: take the locale's pattern from a whole number
    // and put our exact digits in its place, so the symbol's side and spacing stay the locale's.
    const QString symbol = currencySymbol(money.currency, locale);
    // Negative amounts get the locale's minus sign in front, not the accounting parentheses some locales use:
    // a refund on a receipt reads "-3,99 €".
    const QString pattern = locale.toCurrencyString(qint64(1), symbol);
    const QString placeholder = locale.toString(qint64(1));
    const qint64 magnitude = money.minor < 0 ? -money.minor : money.minor;
    const QString digits = formatAmount(magnitude, money.currency, locale);
    QString result = pattern;
    const qsizetype at = result.indexOf(placeholder);
    if (at < 0)
        result = digits + u' ' + symbol;
    else
        result.replace(at, placeholder.size(), digits);
    if (money.minor < 0)
        result.prepend(locale.negativeSign());
    return result;
}

Result<qint64> MoneyFormat::parse(const QString& text, const Currency& currency, const QLocale& locale)
{
    QString cleaned = text.trimmed();
    cleaned.remove(locale.groupSeparator());
    cleaned.remove(u' ');
    cleaned.remove(QChar(0x202F));
    cleaned.remove(QChar(0x00A0));
    const QString invalid = tr("\"%1\" is not an amount. Type digits, for example 12,50.").arg(text.trimmed());
    if (cleaned.isEmpty())
        return failure(Error::Code::InvalidInput, invalid);

    bool negative = false;
    if (cleaned.startsWith(u'-') || cleaned.startsWith(locale.negativeSign())) {
        negative = true;
        cleaned.remove(0, 1);
    }
    cleaned.replace(locale.decimalPoint(), QStringLiteral("."));
    const qsizetype dot = cleaned.indexOf(u'.');
    const QString whole = dot < 0 ? cleaned : cleaned.left(dot);
    const QString fraction = dot < 0 ? QString() : cleaned.mid(dot + 1);
    const auto allDigits = [](const QString& s) {
        return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if ((whole.isEmpty() && fraction.isEmpty()) || !allDigits(whole) || !allDigits(fraction) || whole.size() > 15)
        return failure(Error::Code::InvalidInput, invalid);
    if (fraction.size() > currency.exponent())
        return failure(Error::Code::InvalidInput,
                       tr("\"%1\" has too many decimals: %2 allows %n.", nullptr, currency.exponent())
                           .arg(text.trimmed(), currency.code()));

    const qint64 majorPart = whole.isEmpty() ? 0 : whole.toLongLong();
    const qint64 minorPart = fraction.isEmpty() ? 0 : fraction.leftJustified(currency.exponent(), u'0').toLongLong();
    const qint64 value = majorPart * currency.minorPerMajor() + minorPart;
    return negative ? -value : value;
}

} // namespace caisse
