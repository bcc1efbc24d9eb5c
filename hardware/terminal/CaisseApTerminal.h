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
 *
 * TCP may cut the answer anywhere, even between two fields, and the protocol has no end marker: the answer is read
 * until it holds every field the register decides on, or the terminal closes the connection, or falls silent for
 * kSilenceMs (as the public implementations read it). It must echo the request's till number, kind and currency
 * (CA, CD, CE), and an approval its amount (CB); anything else is an answer to another request, whose outcome is
 * unknown.
 */
class CaisseApTerminal final : public PaymentTerminal
{
    Q_OBJECT

public:
    explicit CaisseApTerminal(CaisseApSettings settings, QObject* parent = nullptr);

    void startPayment(const Money& amount) override;
    void startRefund(const Money& amount) override;
    void cancel() override;

    static constexpr int kSilenceMs = 300;
    /** CB holds at most twelve digits. */
    static constexpr qint64 kLargestAmount = 999'999'999'999;

private:
    void start(const Money& amount, bool refund);
    void send();
    void read();
    /** The answer read so far, when it holds a status: what it says. */
    void conclude();
    void lost();
    /** Why this request cannot be put to the terminal at all; empty when it can. */
    QString unsendable() const;
    void finish(PaymentOutcome::Status status, const QString& message, const QString& authorisationCode = {},
                const QString& cardLastFour = {});

    CaisseApSettings m_settings;
    QTcpSocket* m_socket;
    QTimer m_timer;
    QTimer m_silence;
    QByteArray m_received;
    QByteArray m_request;
    Money m_amount;
    bool m_refund = false;
    bool m_busy = false;
    bool m_sent = false;
};

} // namespace caisse
