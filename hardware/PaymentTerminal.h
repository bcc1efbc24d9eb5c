#pragma once

#include "Money.h"

#include <QObject>

namespace caisse {

/** How a card payment ended, as the terminal reports it. Never a card number: at most its last four digits. */
struct PaymentOutcome
{
    enum class Status
    {
        Approved,
        Declined,
        Cancelled,
    };
    Status status = Status::Declined;
    Money amount;
    QString authorisationCode;
    QString maskedCard;
    QString message;
};

/**
 * A payment terminal, modelled on UnifiedPOS: start a payment, receive its outcome as a signal, never block the caller.
 * Drivers for real terminal protocols implement it.
 */
class PaymentTerminal : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void startPayment(const Money& amount) = 0;

signals:
    void finished(const caisse::PaymentOutcome& outcome);
};

} // namespace caisse
