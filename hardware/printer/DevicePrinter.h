#pragma once

#include "printer/EscPosPrinter.h"

namespace caisse {

class DeviceFile;

/**
 * An ESC/POS printer behind a device file: a USB printer through the kernel's usblp driver (/dev/usb/lp0), or a
 * serial one used with the speed the system set (SerialPrinter sets it). Unix systems. A printer that is not there
 * (unplugged, or not yet allowed by the udev rules) is a status, reported at each attempt, and used as soon as it
 * appears.
 */
class DevicePrinter final : public EscPosPrinter
{
    Q_OBJECT

public:
    explicit DevicePrinter(const QString& path, QObject* parent = nullptr);

protected:
    void openLink() override;
    bool linkOpen() const override;
    void write(const QByteArray& bytes) override;
    void closeLink() override;

private:
    DeviceFile* m_device;
};

} // namespace caisse
