#include "SimulatedPaymentTerminal.h"

#include <QTimer>

namespace caisse {

void SimulatedPaymentTerminal::startPayment(const Money& amount)
{
    PaymentOutcome outcome;
    outcome.status = PaymentOutcome::Status::Approved;
    outcome.amount = amount;
    outcome.authorisationCode = QStringLiteral("SIM%1").arg(++m_sequence, 4, 10, QLatin1Char('0'));
    outcome.maskedCard = QStringLiteral("**** **** **** 0000");
    // Answered from the event loop, as a real terminal answers later: callers must not rely on a synchronous outcome.
    QTimer::singleShot(0, this, [this, outcome] { emit finished(outcome); });
}

} // namespace caisse
