#pragma once

#include "base/Currency.h"

#include <QString>

namespace caisse {

/** What a sale needs from the register's settings before the first scan. */
struct RegisterProfile
{
    /** As printed on receipts and used in ticket numbering ("R01"). */
    QString registerId;
    Currency currency;
    /** The smallest coin cash is rounded to, in minor units; 0: no cash rounding (France). */
    qint64 cashRoundingStep = 0;
};

} // namespace caisse
