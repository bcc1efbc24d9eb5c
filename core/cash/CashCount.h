#pragma once

#include "base/Currency.h"
#include "base/Result.h"

#include <QJsonObject>
#include <QList>

#include <map>

namespace caisse {

/** A coin or a note of a currency, in minor units. */
struct Denomination
{
    qint64 minor = 0;
    bool note = false;
};

/**
 * The coins and notes of a drawer, counted by denomination: a float, or what is in the drawer at a shift's close.
 */
class CashCount
{
public:
    /**
     * The coins and notes of the register's currency, smallest first (EUR, CHF and CAD as their central banks issue
     * them); empty for another currency, counted then as one total.
     */
    static QList<Denomination> denominationsOf(const Currency& currency);

    void set(qint64 denomination, int pieces);
    int pieces(qint64 denomination) const;
    qint64 total() const;
    bool isEmpty() const { return total() == 0; }

    /** {"200": 5}: pieces by denomination, as the shifts table keeps them. */
    QJsonObject toJson() const;
    static Result<CashCount> fromJson(const QJsonObject& json);

private:
    std::map<qint64, int> m_pieces;
};

} // namespace caisse
