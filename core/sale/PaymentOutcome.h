#pragma once

#include "base/Money.h"

#include <QString>

namespace caisse {

/** How a card payment or refund ended. Never a card number: at most its last four digits. */
struct PaymentOutcome
{
    enum class Status
    {
        Approved,
        /** Refused by the card, the bank or the terminal: not charged. */
        Declined,
        /** Given up on the terminal (red key): not charged. */
        Cancelled,
        /** The card was not presented in time: not charged. */
        TimedOut,
        /** The request never reached the terminal: not charged, safe to try again. */
        Unreachable,
        /** The request reached the terminal and no answer came back: the customer may have been charged. */
        Unknown,
    };
    Status status = Status::Declined;
    Money amount;
    QString authorisationCode;
    QString cardLastFour;
    /** The terminal's reason, in words, when it was not approved. */
    QString message;

    /** True when the customer was certainly not charged, so that paying again is safe. */
    bool certainlyNotCharged() const { return status != Status::Approved && status != Status::Unknown; }
};

} // namespace caisse
