#pragma once

#include <QString>

namespace caisse {

/**
 * How a label scale writes a price or a weight into an EAN-13 with a GS1 restricted prefix (20-29). The layout is set
 * per country and per scale, so it is configurable per prefix: prefix, article digits, value digits, decimals.
 * "23 ooooo VVVDD c" is a price in euros with 2 decimals; "21 ooooo VVDDD c" a weight in kg with 3 decimals.
 */
struct VariableMeasureRule
{
    enum class Kind
    {
        Weight,
        Price,
    };

    QString prefix;
    Kind kind = Kind::Weight;
    int articleDigits = 5;
    int valueDigits = 5;
    int decimals = 3;

    friend bool operator==(const VariableMeasureRule&, const VariableMeasureRule&) = default;
};

} // namespace caisse
