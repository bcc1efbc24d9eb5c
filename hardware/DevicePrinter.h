#pragma once

#include "EscPosPrinter.h"

class QSocketNotifier;

namespace caisse {

/**
 * An ESC/POS printer behind a device file: a USB printer through the kernel's usblp driver (/dev/usb/lp0) or a
 * printer on a serial port whose speed was set by the system (/dev/ttyUSB0, /dev/ttyACM0 for the many printers that
 * show up as a virtual COM port). Linux and other Unix systems. A printer that is not there (unplugged, or not yet
 * allowed by the udev rules) is a status, reported at each attempt, and used as soon as it appears.
 */
class DevicePrinter final : public EscPosPrinter
{
    Q_OBJECT

public:
    explicit DevicePrinter(QString path, QObject* parent = nullptr);
    ~DevicePrinter() override;

protected:
    void openLink() override;
    bool linkOpen() const override;
    void write(const QByteArray& bytes) override;
    void closeLink() override;

private:
    void flush();

    QString m_path;
    QByteArray m_outgoing;
    QSocketNotifier* m_writeNotifier = nullptr;
    int m_fd = -1;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace caisse
