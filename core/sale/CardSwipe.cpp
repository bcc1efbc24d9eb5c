#include "sale/CardSwipe.h"

#include <QRegularExpression>

namespace caisse {

namespace {

bool passesLuhn(const QString& digits)
{
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int digit = digits[i].digitValue();
        if (doubled && (digit *= 2) > 9)
            digit -= 9;
        sum += digit;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

} // namespace

CardSwipe CardSwipe::classify(const QString& typed, const QString& shopCardPrefix)
{
    static const QRegularExpression track1(QStringLiteral("%[A-Z]\\d{1,19}\\^"));
    static const QRegularExpression track2(QStringLiteral(";(\\d{1,19})=\\d*\\??"));
    static const QRegularExpression handTyped(QStringLiteral("\\d{15,19}"));
    const QString text = typed.trimmed();
    const auto swiped = track2.match(text);
    if (swiped.hasMatch() && !track1.match(text).hasMatch() && !shopCardPrefix.isEmpty()
        && swiped.captured(1).startsWith(shopCardPrefix))
        return {Kind::ShopCard, swiped.captured(1)};
    if (swiped.hasMatch() || track1.match(text).hasMatch())
        return {Kind::BankCard, {}};
    // Long runs of digits that pass the Luhn check are card numbers; no barcode the register reads is that long.
    auto digits = handTyped.globalMatch(text);
    while (digits.hasNext()) {
        if (passesLuhn(digits.next().captured()))
            return {Kind::BankCard, {}};
    }
    return {};
}

} // namespace caisse
