#pragma once

#include <QString>

namespace caisse {

/** A serial port as the system lists it. */
struct SerialPortInfo
{
    QString portName;
    QString description;
    /** "vid:pid" of the USB device behind a virtual COM port, else empty. */
    QString usbId;
};

} // namespace caisse
