#pragma once

#include "PaymentTerminal.h"

namespace caisse {

/** A terminal that approves every payment at once: the demo store's until a real terminal is configured. */
class SimulatedPaymentTerminal final : public PaymentTerminal
{
    Q_OBJECT

public:
    using PaymentTerminal::PaymentTerminal;

    void startPayment(const Money& amount) override;

private:
    int m_sequence = 0;
};

} // namespace caisse
