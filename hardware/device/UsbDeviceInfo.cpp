#include "device/UsbDeviceInfo.h"

#include "device/UsbDevices.h"

#include <libusb.h>

namespace caisse {

QString UsbDeviceInfo::id() const
{
    return QStringLiteral("%1:%2").arg(vendorId, 4, 16, QLatin1Char('0')).arg(productId, 4, 16, QLatin1Char('0'));
}

QString UsbDeviceInfo::verdict() const
{
    const QString name = vendorName.isEmpty() ? id() : vendorName;
    if (printerClass && !accessible)
        return UsbDevices::tr("%1 printer found, but this user may not use it: install the register's udev rules "
                              "(package caisse) and plug it in again.")
            .arg(name);
    if (printerClass)
        return UsbDevices::tr("%1 printer, ready to be assigned as the receipt printer.").arg(name);
    // Printer makers' own USB modes (Epson's "vendor class", Star's) need the maker's driver: the register, like most
    // software, needs the standard printer class.
    if (vendorSpecific && !vendorName.isEmpty())
        return UsbDevices::tr("%1 device in its maker's own USB mode: if it is the receipt printer, switch it to the "
                              "USB printer class with its setup utility or memory switches, then plug it in again.")
            .arg(name);
    if (serial)
        return UsbDevices::tr("%1 serial device: a printer or scanner in virtual COM mode; choose it by its port.")
            .arg(name);
    if (hid)
        return UsbDevices::tr("%1 keyboard or HID device: a scanner in keyboard mode types into the register.")
            .arg(name);
    return UsbDevices::tr("%1: not a point-of-sale device the register uses.").arg(name);
}

} // namespace caisse
