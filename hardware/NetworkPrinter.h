#pragma once

#include "ReceiptPrinter.h"

#include <QTimer>

class QTcpSocket;

namespace caisse {

/**
 * An ESC/POS printer on the network (raw TCP, port 9100, two-way so that real-time status works). Before each job the
 * printer is asked its status and nothing is sent to a printer that cannot print; after the job, the same questions
 * travel behind it, so their answer comes once the printer has gone through the job: the job counts as printed only
 * if the printer still could print then.
 */
class NetworkPrinter final : public ReceiptPrinter
{
    Q_OBJECT

public:
    NetworkPrinter(QString host, quint16 port, QObject* parent = nullptr);

    void print(qint64 id, const QByteArray& job) override;
    void queryStatus() override;

    void setReplyTimeoutMs(int timeout) { m_replyTimeoutMs = timeout; }

protected:
    /** Enabling asks the printer its status at once, so that the cashier sees it before the first receipt. */
    Result<void> onEnable() override;
    void onDisable() override;

private:
    enum class Phase
    {
        Idle,
        StatusOnly,
        StatusBefore,
        StatusAfter,
    };
    void begin(Phase phase);
    void ask();
    void read();
    void fail();
    void done(const PrinterStatus& status);

    QString m_host;
    quint16 m_port;
    QTcpSocket* m_socket;
    QTimer m_timer;
    int m_replyTimeoutMs = 3'000;
    Phase m_phase = Phase::Idle;
    qint64 m_jobId = 0;
    QByteArray m_job;
    QByteArray m_replies;
};

} // namespace caisse
