#pragma once

#include <QList>
#include <QtGlobal>

namespace caisse {

// 128-bit intermediates keep price x quantity x rate exact; GCC and Clang have them as an extension.
__extension__ typedef __int128 Int128;

/**
 * numerator / denominator rounded half away from zero, the one rounding rule of every money computation.
 * The 128-bit numerator keeps price x quantity x rate exact. denominator must not be zero.
 */
qint64 divideRounded(Int128 numerator, Int128 denominator);

/**
 * Rounds a cash amount to the smallest coin step (5 for 0.05 CHF, CAD, BE) to the nearest step;
 * with integer cents a tie cannot happen for odd steps, and ties go away from zero otherwise.
 * A step of 0 or 1 (France) returns the amount unchanged.
 */
qint64 roundToCashStep(qint64 amount, qint64 step);

/**
 * Splits amount over weights in proportion, so that the parts add up to amount exactly (largest remainder method;
 * ties go to the earlier weight). Weights must all have the same sign; all-zero weights get nothing.
 */
QList<qint64> allocateProportionally(qint64 amount, const QList<qint64>& weights);

} // namespace caisse
