#include "sale/Discount.h"

#include "base/Rounding.h"

#include <cstdlib>

namespace caisse {

qint64 Discount::amountOn(qint64 base) const
{
    qint64 taken = 0;
    switch (kind) {
    case Kind::None:
        return 0;
    case Kind::Percent:
        taken = divideRounded(static_cast<Int128>(base) * value, 100'000);
        break;
    case Kind::Amount:
        taken = base < 0 ? -value : value;
        break;
    }
    return std::abs(taken) > std::abs(base) ? base : taken;
}

QString discountKindKey(Discount::Kind kind)
{
    switch (kind) {
    case Discount::Kind::Percent:
        return QStringLiteral("percent");
    case Discount::Kind::Amount:
        return QStringLiteral("amount");
    case Discount::Kind::None:
        break;
    }
    return QStringLiteral("none");
}

Discount::Kind discountKindFromKey(const QString& key)
{
    if (key == QStringLiteral("percent"))
        return Discount::Kind::Percent;
    if (key == QStringLiteral("amount"))
        return Discount::Kind::Amount;
    return Discount::Kind::None;
}

} // namespace caisse
