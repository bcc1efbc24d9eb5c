#pragma once

#include "base/Money.h"
#include "sale/PaymentOutcome.h"

#include <QObject>

namespace caisse {

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
