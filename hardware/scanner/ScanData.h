#pragma once

#include <QString>

namespace caisse {

/** One label read by a scanner. */
struct ScanData
{
    QString label;
    /** The AIM symbology identifier ("]E0" EAN-13, "]C1" GS1-128…) when the scanner sends it, else empty. */
    QString symbology;
};

} // namespace caisse
