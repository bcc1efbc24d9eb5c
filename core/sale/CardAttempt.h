#pragma once

#include "base/Money.h"

#include <QDateTime>
#include <QString>

namespace caisse {

/** A card attempt that needs someone before the register takes another card payment. */
struct CardAttempt
{
    QString id;
    Money amount;
    bool refund = false;
    QDateTime startedAt;
    QString operatorName;
    enum class State
    {
        /** Its request may have reached the terminal; no answer was recorded. */
        Unknown,
        /** Approved, but its ticket is not recorded yet. */
        ApprovedNotRecorded,
    };
    State state = State::Unknown;
};

} // namespace caisse
