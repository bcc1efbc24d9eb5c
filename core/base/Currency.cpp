#include "base/Currency.h"

#include <QHash>

namespace caisse {

Currency::Currency(QString code, int exponent)
    : m_code(std::move(code))
    , m_exponent(exponent)
{ }

Currency Currency::fromCode(const QString& isoCode)
{
    // ISO 4217 exponents that differ from 2, for the currencies our markets and their neighbours use.
    static const QHash<QString, int> exponents {
        {QStringLiteral("XPF"), 0}, {QStringLiteral("XOF"), 0}, {QStringLiteral("XAF"), 0}, {QStringLiteral("JPY"), 0},
        {QStringLiteral("KRW"), 0}, {QStringLiteral("GNF"), 0}, {QStringLiteral("DJF"), 0}, {QStringLiteral("KMF"), 0},
        {QStringLiteral("RWF"), 0}, {QStringLiteral("BIF"), 0}, {QStringLiteral("VUV"), 0}, {QStringLiteral("TND"), 3},
        {QStringLiteral("KWD"), 3}, {QStringLiteral("BHD"), 3}, {QStringLiteral("OMR"), 3}, {QStringLiteral("JOD"), 3},
        {QStringLiteral("IQD"), 3}, {QStringLiteral("LYD"), 3},
    };
    const QString code = isoCode.toUpper();
    return Currency(code, exponents.value(code, 2));
}

QString Currency::numericCode() const
{
    static const QHash<QString, QString> numeric {
        {QStringLiteral("EUR"), QStringLiteral("978")}, {QStringLiteral("CHF"), QStringLiteral("756")},
        {QStringLiteral("CAD"), QStringLiteral("124")}, {QStringLiteral("USD"), QStringLiteral("840")},
        {QStringLiteral("GBP"), QStringLiteral("826")}, {QStringLiteral("XPF"), QStringLiteral("953")},
        {QStringLiteral("XOF"), QStringLiteral("952")}, {QStringLiteral("XAF"), QStringLiteral("950")},
        {QStringLiteral("MAD"), QStringLiteral("504")}, {QStringLiteral("TND"), QStringLiteral("788")},
    };
    return numeric.value(m_code);
}

qint64 Currency::minorPerMajor() const
{
    qint64 factor = 1;
    for (int i = 0; i < m_exponent; ++i)
        factor *= 10;
    return factor;
}

} // namespace caisse
