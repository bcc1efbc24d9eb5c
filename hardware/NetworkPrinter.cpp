#include "NetworkPrinter.h"

#include "EscPosEncoder.h"

#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcPrinter, "caisse.printer")

namespace caisse {

namespace {

QByteArray statusQueries()
{
    using namespace escpos;
    return QByteArray(1, kDle) + kEot + '\x01' + kDle + kEot + '\x02' + kDle + kEot + '\x04';
}

} // namespace

NetworkPrinter::NetworkPrinter(QString host, quint16 port, QObject* parent)
    : ReceiptPrinter(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_socket(new QTcpSocket(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NetworkPrinter::fail);
    connect(m_socket, &QTcpSocket::connected, this, &NetworkPrinter::ask);
    connect(m_socket, &QTcpSocket::readyRead, this, &NetworkPrinter::read);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &NetworkPrinter::fail);
}

Result<void> NetworkPrinter::onEnable()
{
    QMetaObject::invokeMethod(this, &NetworkPrinter::queryStatus, Qt::QueuedConnection);
    return {};
}

void NetworkPrinter::onDisable()
{
    m_socket->abort();
    m_phase = Phase::Idle;
    m_timer.stop();
}

void NetworkPrinter::print(qint64 id, const QByteArray& job)
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

void NetworkPrinter::queryStatus()
{
    if (m_phase == Phase::Idle)
        begin(Phase::StatusOnly);
}

void NetworkPrinter::begin(Phase phase)
{
    m_phase = phase;
    m_replies.clear();
    m_timer.start(m_replyTimeoutMs);
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        ask();
    else if (m_socket->state() == QAbstractSocket::UnconnectedState)
        m_socket->connectToHost(m_host, m_port);
}

void NetworkPrinter::ask()
{
    if (m_phase == Phase::StatusAfter)
        m_socket->write(m_job + statusQueries());
    else if (m_phase != Phase::Idle)
        m_socket->write(statusQueries());
}

void NetworkPrinter::read()
{
    m_replies += m_socket->readAll();
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

void NetworkPrinter::fail()
{
    if (m_phase == Phase::Idle)
        return;
    qCWarning(lcPrinter) << "printer" << m_host << m_port << "not answering:" << m_socket->errorString();
    m_socket->abort();
    done(PrinterStatus {});
}

void NetworkPrinter::done(const PrinterStatus& status)
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
