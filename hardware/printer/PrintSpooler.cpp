#include "printer/PrintSpooler.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSpooler, "caisse.printer.queue")

namespace caisse {

PrintSpooler::PrintSpooler(PrintQueue& queue, ReceiptPrinter& printer, QObject* parent)
    : QObject(parent)
    , m_queue(queue)
    , m_printer(printer)
{
    m_retry.setInterval(3'000);
    connect(&m_retry, &QTimer::timeout, &m_printer, &ReceiptPrinter::queryStatus);
    connect(&m_printer, &ReceiptPrinter::outputComplete, this, &PrintSpooler::onComplete);
    connect(&m_printer, &ReceiptPrinter::outputFailed, this, &PrintSpooler::onFailed);
    connect(&m_printer, &ReceiptPrinter::statusChanged, this, &PrintSpooler::onStatus);
}

void PrintSpooler::kick()
{
    if (m_busy)
        return;
    const auto job = m_queue.next();
    if (!job) {
        qCWarning(lcSpooler) << "print queue unreadable:" << job.error().message;
        return;
    }
    if (!*job) {
        m_retry.stop();
        return;
    }
    m_busy = true;
    m_printer.print((*job)->id, (*job)->bytes);
}

void PrintSpooler::submit(const QByteArray& bytes, const QString& ticketUuid, int copy,
                          std::function<void(const QString& reason)> refused)
{
    m_queue.enqueue(bytes, ticketUuid, copy, this, [this, refused = std::move(refused)](const Result<qint64>& queued) {
        if (!queued) {
            refused(queued.error().message);
            return;
        }
        kick();
    });
}

void PrintSpooler::onComplete(qint64 id)
{
    // Busy until the job is marked printed: the queue's next job would be this one again before.
    m_queue.markPrinted(id, this, [this, id](const Result<void>& marked) {
        if (!marked)
            qCWarning(lcSpooler) << "job" << id << "printed but not marked:" << marked.error().message;
        m_busy = false;
        emit printed(id);
        kick();
    });
}

void PrintSpooler::onFailed(qint64 id, const PrinterStatus& status)
{
    m_busy = false;
    qCInfo(lcSpooler) << "job" << id << "waits:" << status.describe();
    m_queue.markFailed(id, status.describe(), this, [id](const Result<void>& marked) {
        if (!marked)
            qCWarning(lcSpooler) << "job" << id << "failure not recorded:" << marked.error().message;
    });
    m_retry.start();
}

void PrintSpooler::onStatus(const PrinterStatus& status)
{
    // The first state is always announced, even "unreachable", so that the cashier sees a printer that never answers.
    if (!m_status || !(status == *m_status)) {
        m_status = status;
        emit statusChanged(status);
    }
    if (status.canPrint() && m_retry.isActive() && !m_busy) {
        m_retry.stop();
        kick();
    }
}

} // namespace caisse
