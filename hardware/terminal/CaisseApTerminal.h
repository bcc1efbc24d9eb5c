#pragma once

#include "sale/PaymentTerminal.h"

#include <QCoreApplication>
#include <QTimer>

class QTcpSocket;

namespace caisse {

/** Where the terminal listens and how long each step may take. */
struct CaisseApSettings
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8888;
    /** The till's number at the terminal (CA). */
    QByteArray tillNumber = "01";
    int connectTimeoutMs = 5'000;
    /** The customer inserts the card, types the PIN, the bank answers: three minutes, as terminals allow. */
    int answerTimeoutMs = 180'000;
};

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
