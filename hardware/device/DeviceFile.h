#pragma once

#include "base/Result.h"

#include <QObject>

class QSocketNotifier;

namespace caisse {

/**
 * A device file (/dev/usb/lp0, /dev/hidraw0, a serial port used as is) read and written without ever blocking the
 * register: what arrives comes as received, what cannot be written at once waits until the device takes it, and the
 * device going away (unplugged) comes as lost. Unix systems.
 */
class DeviceFile final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceFile)

public:
    explicit DeviceFile(QString path, QObject* parent = nullptr);
    ~DeviceFile() override;

    /** Fails with the system's reason: missing, or not allowed for this user (udev rules). */
    Result<void> open(bool writable);
    bool isOpen() const { return m_fd >= 0; }
    void write(const QByteArray& bytes);
    void close();
    const QString& path() const { return m_path; }

signals:
    void received(const QByteArray& bytes);
    void lost(const QString& reason);

private:
    void flush();
    void fail(const QString& reason);

    QString m_path;
    int m_fd = -1;
    QByteArray m_outgoing;
    QSocketNotifier* m_readNotifier = nullptr;
    QSocketNotifier* m_writeNotifier = nullptr;
};

} // namespace caisse
