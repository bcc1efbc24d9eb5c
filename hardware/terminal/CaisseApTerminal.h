#pragma once

#include "sale/PaymentTerminal.h"
#include "terminal/CaisseApSettings.h"

#include <QCoreApplication>
#include <QTimer>

class QTcpSocket;

namespace caisse {

/**
 * A payment terminal speaking Caisse-AP over IP (Concert V3 messages over TCP), the French standard between a till and
 * Ingenico or Verifone terminals. One connection per request, one final answer (BA = 0). Only the last four digits of
 * the masked card number the terminal returns are kept.
 */
class CaisseApTerminal final : public PaymentTerminal
{
    Q_OBJECT

public:
    explicit CaisseApTerminal(CaisseApSettings settings, QObject* parent = nullptr);

    void startPayment(const Money& amount) override;
    void startRefund(const Money& amount) override;
    void cancel() override;

private:
    void start(const Money& amount, bool refund);
    void send();
    void read();
    void lost();
    void finish(PaymentOutcome::Status status, const QString& message, const QString& authorisationCode = {},
                const QString& cardLastFour = {});

    CaisseApSettings m_settings;
    QTcpSocket* m_socket;
    QTimer m_timer;
    QByteArray m_received;
    Money m_amount;
    bool m_refund = false;
    bool m_busy = false;
    bool m_sent = false;
};

} // namespace caisse
