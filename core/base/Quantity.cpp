#include "base/Quantity.h"

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

} // namespace caisse
