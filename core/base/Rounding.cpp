#include "base/Rounding.h"

#include <algorithm>
#include <numeric>

namespace caisse {

qint64 divideRounded(Int128 numerator, Int128 denominator)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const bool negative = numerator < 0;
    const Int128 magnitude = negative ? -numerator : numerator;
    const Int128 rounded = (magnitude * 2 + denominator) / (denominator * 2);
    return static_cast<qint64>(negative ? -rounded : rounded);
}

qint64 roundToCashStep(qint64 amount, qint64 step)
{
    if (step <= 1)
        return amount;
    return divideRounded(amount, step) * step;
}

QList<qint64> allocateProportionally(qint64 amount, const QList<qint64>& weights)
{
    QList<qint64> parts(weights.size(), 0);
    Int128 total = 0;
    for (const qint64 weight : weights)
        total += weight < 0 ? -weight : weight;
    if (total == 0 || amount == 0)
        return parts;

    const bool negative = amount < 0;
    const Int128 magnitude = negative ? -static_cast<Int128>(amount) : amount;
    QList<Int128> remainders(weights.size());
    qint64 allocated = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const Int128 weight = weights[i] < 0 ? -weights[i] : weights[i];
        const Int128 product = magnitude * weight;
        parts[i] = static_cast<qint64>(product / total);
        remainders[i] = product % total;
        allocated += parts[i];
    }
    QList<qsizetype> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    for (qsizetype i = 0; allocated < magnitude; ++i, ++allocated)
        ++parts[order[i % order.size()]];
    if (negative)
        std::transform(parts.begin(), parts.end(), parts.begin(), [](qint64 part) { return -part; });
    return parts;
}

} // namespace caisse
