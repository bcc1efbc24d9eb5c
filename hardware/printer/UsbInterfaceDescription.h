#pragma once

#include <QList>

namespace caisse {

/** One alternate setting of a USB interface, as the descriptor reads. */
struct UsbInterfaceDescription
{
    int number = 0;
    int altSetting = 0;
    quint8 interfaceClass = 0;
    /** Addresses of its bulk endpoints; bit 0x80 set for IN. */
    QList<quint8> bulkEndpoints;
};

} // namespace caisse
