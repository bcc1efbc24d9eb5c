#include "DevicePrinter.h"

#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace caisse {

DevicePrinter::DevicePrinter(QString path, QObject* parent)
    : EscPosPrinter(parent)
    , m_path(std::move(path))
{ }

DevicePrinter::~DevicePrinter()
{
    closeLink();
}

void DevicePrinter::openLink()
{
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0) {
        // An unplugged printer or one this user may not open (udev rules): a status, not a crash.
        linkLost(tr("%1 cannot be opened: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char buffer[64];
        const ssize_t count = ::read(m_fd, buffer, sizeof buffer);
        if (count > 0)
            received(QByteArray(buffer, static_cast<qsizetype>(count)));
        else if (count == 0 || (errno != EAGAIN && errno != EINTR))
            linkLost(tr("%1 was disconnected").arg(m_path));
    });
    m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &DevicePrinter::flush);
    linkReady();
}

bool DevicePrinter::linkOpen() const
{
    return m_fd >= 0;
}

void DevicePrinter::write(const QByteArray& bytes)
{
    m_outgoing += bytes;
    flush();
}

void DevicePrinter::flush()
{
    // The device takes what it can; the rest waits for it to be writable again, never blocking the register.
    while (!m_outgoing.isEmpty()) {
        const ssize_t count = ::write(m_fd, m_outgoing.constData(), static_cast<size_t>(m_outgoing.size()));
        if (count < 0 && (errno == EAGAIN || errno == EINTR)) {
            m_writeNotifier->setEnabled(true);
            return;
        }
        if (count < 0) {
            m_outgoing.clear();
            linkLost(tr("%1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
            return;
        }
        m_outgoing.remove(0, count);
    }
    m_writeNotifier->setEnabled(false);
}

void DevicePrinter::closeLink()
{
    delete m_notifier;
    m_notifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    m_outgoing.clear();
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

} // namespace caisse
