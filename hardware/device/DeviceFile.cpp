#include "device/DeviceFile.h"

#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace caisse {

namespace {

QString systemReason()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

DeviceFile::DeviceFile(QString path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
{ }

DeviceFile::~DeviceFile()
{
    close();
}

Result<void> DeviceFile::open(bool writable)
{
    close();
    m_fd = ::open(QFile::encodeName(m_path).constData(),
                  (writable ? O_RDWR : O_RDONLY) | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0)
        return failure(Error::Code::NotFound, QStringLiteral("%1: %2").arg(m_path, systemReason()));
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, [this] {
        char buffer[4096];
        const ssize_t count = ::read(m_fd, buffer, sizeof buffer);
        if (count > 0)
            emit received(QByteArray(buffer, static_cast<qsizetype>(count)));
        else if (count == 0 || (errno != EAGAIN && errno != EINTR))
            fail(count == 0 ? QStringLiteral("%1: closed").arg(m_path)
                            : QStringLiteral("%1: %2").arg(m_path, systemReason()));
    });
    if (writable) {
        m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
        m_writeNotifier->setEnabled(false);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &DeviceFile::flush);
    }
    return {};
}

void DeviceFile::write(const QByteArray& bytes)
{
    m_outgoing += bytes;
    flush();
}

void DeviceFile::flush()
{
    // The device takes what it can; the rest waits for it to be writable again.
    while (m_fd >= 0 && !m_outgoing.isEmpty()) {
        const ssize_t count = ::write(m_fd, m_outgoing.constData(), static_cast<size_t>(m_outgoing.size()));
        if (count < 0 && (errno == EAGAIN || errno == EINTR)) {
            m_writeNotifier->setEnabled(true);
            return;
        }
        if (count < 0) {
            fail(QStringLiteral("%1: %2").arg(m_path, systemReason()));
            return;
        }
        m_outgoing.remove(0, count);
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
}

void DeviceFile::fail(const QString& reason)
{
    close();
    emit lost(reason);
}

void DeviceFile::close()
{
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    m_outgoing.clear();
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

} // namespace caisse
