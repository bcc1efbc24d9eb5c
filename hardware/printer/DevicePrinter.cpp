#include "printer/DevicePrinter.h"

#include "device/DeviceFile.h"

namespace caisse {

DevicePrinter::DevicePrinter(const QString& path, QObject* parent)
    : EscPosPrinter(parent)
    , m_device(new DeviceFile(path, this))
{
    connect(m_device, &DeviceFile::received, this, &DevicePrinter::received);
    connect(m_device, &DeviceFile::lost, this, &DevicePrinter::linkLost);
}

void DevicePrinter::openLink()
{
    // An unplugged printer or one this user may not open (udev rules): a status, not a crash.
    if (auto opened = m_device->open(true); !opened)
        linkLost(opened.error().message);
    else
        linkReady();
}

bool DevicePrinter::linkOpen() const
{
    return m_device->isOpen();
}

void DevicePrinter::write(const QByteArray& bytes)
{
    m_device->write(bytes);
}

void DevicePrinter::closeLink()
{
    m_device->close();
}

} // namespace caisse
