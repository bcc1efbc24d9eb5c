#include "base/Quantity.h"

#include <QRegularExpression>

namespace caisse {

QString formatQuantity(qint64 quantityMilli, const QLocale& locale)
{
    const qint64 magnitude = quantityMilli < 0 ? -quantityMilli : quantityMilli;
    QString text = locale.toString(magnitude / 1000);
    if (magnitude % 1000 != 0)
        text += locale.decimalPoint() + QString::number(magnitude % 1000).rightJustified(3, u'0');
    return quantityMilli < 0 ? locale.negativeSign() + text : text;
}

QString formatRate(qint32 milliPercent, const QLocale& locale)
{
    QString text = formatQuantity(milliPercent, locale);
    if (text.contains(locale.decimalPoint())) {
        while (text.endsWith(u'0'))
            text.chop(1);
    }
    return text + QStringLiteral(" %");
}

std::optional<qint32> parseRate(const QString& typed, const QLocale& locale)
{
    QString text = typed.trimmed();
    if (text.endsWith(u'%'))
        text = text.chopped(1).trimmed();
    text.replace(locale.decimalPoint(), QStringLiteral("."));
    static const QRegularExpression rate(QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,3}))?$"));
    const auto match = rate.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint32 milliPercent = match.captured(1).toInt() * 1000 + match.captured(2).leftJustified(3, u'0').toInt();
    return milliPercent <= 100'000 ? std::optional(milliPercent) : std::nullopt;
}

} // namespace caisse
