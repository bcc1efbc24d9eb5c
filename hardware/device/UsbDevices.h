#pragma once

#include "base/Result.h"
#include "device/UsbDeviceInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace caisse {

/** The USB devices on this computer, through libusb. */
class UsbDevices
{
    Q_DECLARE_TR_FUNCTIONS(caisse::UsbDevices)

public:
    static Result<QList<UsbDeviceInfo>> list();
    /** The name of a point-of-sale hardware vendor, empty when unknown. */
    static QString vendorName(quint16 vendorId);
};

} // namespace caisse
