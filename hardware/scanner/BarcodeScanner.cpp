#include "scanner/BarcodeScanner.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcScanner, "caisse.scanner")

namespace caisse {

BarcodeScanner::BarcodeScanner(QObject* parent)
    : PosDevice(parent)
{
    m_reconnect.setInterval(2'000);
    connect(&m_reconnect, &QTimer::timeout, this, &BarcodeScanner::tryOpen);
}

Result<void> BarcodeScanner::onEnable()
{
    // A scanner missing at start is not an error for the register: the cashier can type codes, and it is opened as
    // soon as it is plugged in.
    QMetaObject::invokeMethod(this, &BarcodeScanner::tryOpen, Qt::QueuedConnection);
    return {};
}

void BarcodeScanner::onDisable()
{
    m_reconnect.stop();
    closeInput();
    m_connected = false;
}

void BarcodeScanner::tryOpen()
{
    if (state() != State::Enabled || m_connected)
        return;
    if (auto opened = openInput(); !opened) {
        setConnected(false, opened.error().message);
        m_reconnect.start();
        return;
    }
    m_reconnect.stop();
    setConnected(true, tr("%1 is ready.").arg(name()));
}

void BarcodeScanner::inputLost(const QString& reason)
{
    qCWarning(lcScanner) << name() << "lost:" << reason;
    closeInput();
    setConnected(false, tr("%1 was disconnected: plug it back in; scans will work again at once.").arg(name()));
    if (state() == State::Enabled)
        m_reconnect.start();
}

void BarcodeScanner::setConnected(bool connected, const QString& description)
{
    const bool changed = connected != m_connected;
    m_connected = connected;
    // The first failure is announced, and every change; a scanner still missing is not repeated every interval.
    if (changed || !m_reconnect.isActive())
        emit statusChanged(connected, description);
}

} // namespace caisse
