#pragma once

#include "base/Money.h"

#include <QObject>

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

/**
 * A payment terminal: the port the register's card payments go through (core/CardPaymentFlow); drivers for terminal
 * protocols implement it in hardware/. Nothing blocks: the outcome arrives as a signal, each step is announced.
 */
class PaymentTerminal : public QObject
{
    Q_OBJECT

public:
    enum class Step
    {
        Connecting,
        /** The request is at the terminal: the customer inserts or taps the card, the terminal asks the bank. */
        WaitingForCustomer,
        Finished,
    };
    Q_ENUM(Step)

    using QObject::QObject;

    virtual void startPayment(const Money& amount) = 0;
    /** Credits the card: a refund of a card sale goes back to the card. */
    virtual void startRefund(const Money& amount) = 0;
    /**
     * Stops a request that has not left yet (Cancelled). Once it is at the terminal only the terminal can stop it;
     * the outcome still arrives.
     */
    virtual void cancel() = 0;

signals:
    void stepChanged(caisse::PaymentTerminal::Step step);
    void finished(const caisse::PaymentOutcome& outcome);
};

} // namespace caisse
