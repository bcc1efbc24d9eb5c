#pragma once

#include <QList>
#include <QString>

namespace caisse {

/**
 * The bars of an EAN-13 (a UPC-A is one with a leading 0) or an EAN-8, guards included, quiet zones left out: true for
 * a dark module. Empty for anything else (an internal code has no standard bars). The encoding tables are GS1's
 * (General Specifications, section 5.2.1: number sets A, B and C, and the parity of the left half set by the first
 * digit).
 */
QList<bool> eanModules(const QString& digits);

} // namespace caisse
