#pragma once

#include <QString>

namespace caisse {

/** A USB device as the technician needs to see it. */
struct UsbDeviceInfo
{
    quint16 vendorId = 0;
    quint16 productId = 0;
    quint8 bus = 0;
    quint8 address = 0;
    QString vendorName;
    QString product;
    /** It has a USB printer-class interface (0x07). */
    bool printerClass = false;
    /** It has a HID interface: a barcode scanner in HID mode, or a keyboard-wedge one. */
    bool hid = false;
    /** It has a CDC serial interface: many cheap printers and scanners appear this way. */
    bool serial = false;
    /** It has a vendor-specific interface (0xFF): a printer set to its maker's own USB mode, not the printer class. */
    bool vendorSpecific = false;
    /** This user may open it (udev rules installed, or root). */
    bool accessible = false;

    QString id() const;
    /** One sentence: what it is and what to do about it. */
    QString verdict() const;
};

} // namespace caisse
