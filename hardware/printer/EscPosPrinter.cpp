#include "printer/EscPosPrinter.h"

#include "printer/EscPosEncoder.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPrinter, "caisse.printer")

namespace caisse {

namespace {

QByteArray statusQueries()
{
    using namespace escpos;
    return QByteArray(1, kDle) + kEot + '\x01' + kDle + kEot + '\x02' + kDle + kEot + '\x04';
}

} // namespace

EscPosPrinter::EscPosPrinter(QObject* parent)
    : ReceiptPrinter(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // Connected yet silent tells a technician something a missing link does not: see PrinterStatus::silent.
        PrinterStatus status;
        status.silent = linkOpen();
        stop(u"no answer", status);
    });
}

Result<void> EscPosPrinter::onEnable()
{
    QMetaObject::invokeMethod(this, &EscPosPrinter::queryStatus, Qt::QueuedConnection);
    return {};
}

void EscPosPrinter::onDisable()
{
    closeLink();
    m_phase = Phase::Idle;
    m_timer.stop();
}

void EscPosPrinter::print(qint64 id, const QByteArray& job)
{
    if (!requireEnabled()) {
        QMetaObject::invokeMethod(
            this, [this, id] { emit outputFailed(id, PrinterStatus {}); }, Qt::QueuedConnection);
        return;
    }
    m_jobId = id;
    m_job = job;
    begin(Phase::StatusBefore);
}

void EscPosPrinter::queryStatus()
{
    if (m_phase == Phase::Idle && state() == State::Enabled)
        begin(Phase::StatusOnly);
}

void EscPosPrinter::begin(Phase phase)
{
    m_phase = phase;
    m_replies.clear();
    m_timer.start(m_replyTimeoutMs);
    if (linkOpen())
        ask();
    else
        openLink();
}

void EscPosPrinter::linkReady()
{
    ask();
}

void EscPosPrinter::ask()
{
    if (m_phase == Phase::StatusAfter)
        write(m_job + statusQueries());
    else if (m_phase != Phase::Idle)
        write(statusQueries());
}

void EscPosPrinter::received(const QByteArray& bytes)
{
    m_replies += bytes;
    if (m_replies.size() < 3 || m_phase == Phase::Idle)
        return;
    const PrinterStatus status
        = PrinterStatus::fromReplies(static_cast<quint8>(m_replies.at(0)), static_cast<quint8>(m_replies.at(1)),
                                     static_cast<quint8>(m_replies.at(2)));
    m_replies.remove(0, 3);
    if (m_phase == Phase::StatusBefore && status.canPrint()) {
        emit statusChanged(status);
        m_phase = Phase::StatusAfter;
        m_timer.start(m_replyTimeoutMs);
        ask();
        return;
    }
    done(status);
}

void EscPosPrinter::linkLost(const QString& reason)
{
    stop(reason, PrinterStatus {});
}

void EscPosPrinter::stop(QStringView reason, const PrinterStatus& status)
{
    if (m_phase == Phase::Idle)
        return;
    qCWarning(lcPrinter) << "printer not answering:" << reason;
    closeLink();
    done(status);
}

void EscPosPrinter::done(const PrinterStatus& status)
{
    const Phase phase = std::exchange(m_phase, Phase::Idle);
    m_timer.stop();
    emit statusChanged(status);
    if (phase == Phase::StatusOnly)
        return;
    if (phase == Phase::StatusAfter && status.canPrint())
        emit outputComplete(m_jobId);
    else
        emit outputFailed(m_jobId, status);
}

} // namespace caisse
