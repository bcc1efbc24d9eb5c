#pragma once

#include "printer/ReceiptPrinter.h"
#include "sale/PrintQueue.h"

#include <QTimer>

namespace caisse {

/**
 * Sends the queued receipts to the printer one by one, oldest first. A job leaves the queue only once the printer
 * printed it; while the printer cannot print (no paper, cover open, offline, unplugged) the spooler asks its status
 * every few seconds and starts again as soon as it can.
 */
class PrintSpooler : public QObject
{
    Q_OBJECT

public:
    PrintSpooler(PrintQueue& queue, ReceiptPrinter& printer, QObject* parent = nullptr);

    /** Looks for work now: after a job was queued, or at start. */
    void kick();
    /** Queues a receipt (on disk first) and prints it when its turn comes; refused says why it could not be queued. */
    void submit(const QByteArray& bytes, const QString& ticketUuid, int copy,
                std::function<void(const QString& reason)> refused);
    void setRetryIntervalMs(int interval) { m_retry.setInterval(interval); }
    /** The printer's last known state; unreachable until it answered once. */
    PrinterStatus status() const { return m_status.value_or(PrinterStatus {}); }

signals:
    void statusChanged(const caisse::PrinterStatus& status);
    void printed(qint64 jobId);

private:
    void onComplete(qint64 id);
    void onFailed(qint64 id, const PrinterStatus& status);
    void onStatus(const PrinterStatus& status);

    PrintQueue& m_queue;
    ReceiptPrinter& m_printer;
    QTimer m_retry;
    std::optional<PrinterStatus> m_status;
    bool m_busy = false;
};

} // namespace caisse
