#pragma once

#include <QString>
#include <QtGlobal>

namespace caisse {

/** A discount on a line or on the whole ticket: a percentage (in thousandths of a percent) or a fixed amount. */
struct Discount
{
    enum class Kind
    {
        None,
        Percent,
        Amount,
    };

    Kind kind = Kind::None;
    /** 15 % is 15000 for Kind::Percent; minor units for Kind::Amount. */
    qint64 value = 0;

    static Discount percent(qint64 milliPercent) { return {Kind::Percent, milliPercent}; }
    static Discount amount(qint64 minor) { return {Kind::Amount, minor}; }

    /** What the discount takes off base, rounded half away from zero and never more than base itself. */
    qint64 amountOn(qint64 base) const;

    friend bool operator==(const Discount&, const Discount&) = default;
};

/** "none", "percent" or "amount": how a discount's kind is written in the database and in parked tickets. */
QString discountKindKey(Discount::Kind kind);
Discount::Kind discountKindFromKey(const QString& key);

} // namespace caisse
