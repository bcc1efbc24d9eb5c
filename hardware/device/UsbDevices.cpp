#include "device/UsbDevices.h"

#include <libusb.h>

namespace caisse {

namespace {

constexpr quint8 kPrinterClass = 0x07;
constexpr quint8 kHidClass = 0x03;
constexpr quint8 kCdcDataClass = 0x0A;
constexpr quint8 kCdcClass = 0x02;
constexpr quint8 kVendorSpecificClass = 0xFF;

} // namespace

QString UsbDevices::vendorName(quint16 vendorId)
{
    // Vendors of receipt printers and scanners (../shared/reference/hardware/NOTES.md, section 3).
    switch (vendorId) {
    case 0x04b8:
        return QStringLiteral("Epson");
    case 0x0519:
        return QStringLiteral("Star Micronics");
    case 0x1504:
        return QStringLiteral("Bixolon");
    case 0x0dd4:
        return QStringLiteral("Custom");
    case 0x20d1:
        return QStringLiteral("Rongta");
    case 0x0fe6:
        return QStringLiteral("Xprinter");
    case 0x154f:
        return QStringLiteral("Wincor Nixdorf");
    case 0x0416:
        return QStringLiteral("Winbond (generic printer)");
    case 0x0c2e:
        return QStringLiteral("Honeywell");
    case 0x05e0:
        return QStringLiteral("Zebra (Symbol)");
    case 0x05f9:
        return QStringLiteral("Datalogic");
    default:
        return {};
    }
}

Result<QList<UsbDeviceInfo>> UsbDevices::list()
{
    libusb_context* context = nullptr;
    if (libusb_init(&context) != 0)
        return failure(Error::Code::Storage, tr("USB devices cannot be listed on this computer."));
    libusb_device** devices = nullptr;
    const ssize_t count = libusb_get_device_list(context, &devices);
    QList<UsbDeviceInfo> found;
    for (ssize_t i = 0; i < count; ++i) {
        libusb_device* device = devices[i];
        libusb_device_descriptor descriptor {};
        if (libusb_get_device_descriptor(device, &descriptor) != 0)
            continue;
        UsbDeviceInfo info;
        info.vendorId = descriptor.idVendor;
        info.productId = descriptor.idProduct;
        info.bus = libusb_get_bus_number(device);
        info.address = libusb_get_device_address(device);
        info.vendorName = vendorName(descriptor.idVendor);
        libusb_config_descriptor* config = nullptr;
        if (libusb_get_active_config_descriptor(device, &config) == 0) {
            for (int n = 0; n < config->bNumInterfaces; ++n) {
                for (int a = 0; a < config->interface[n].num_altsetting; ++a) {
                    const quint8 interfaceClass = config->interface[n].altsetting[a].bInterfaceClass;
                    info.printerClass = info.printerClass || interfaceClass == kPrinterClass;
                    info.hid = info.hid || interfaceClass == kHidClass;
                    info.serial = info.serial || interfaceClass == kCdcClass || interfaceClass == kCdcDataClass;
                    info.vendorSpecific = info.vendorSpecific || interfaceClass == kVendorSpecificClass;
                }
            }
            libusb_free_config_descriptor(config);
        }
        libusb_device_handle* handle = nullptr;
        if (libusb_open(device, &handle) == 0) {
            info.accessible = true;
            unsigned char text[128] = {};
            if (descriptor.iProduct != 0
                && libusb_get_string_descriptor_ascii(handle, descriptor.iProduct, text, sizeof text) > 0)
                info.product = QString::fromLatin1(reinterpret_cast<const char*>(text));
            libusb_close(handle);
        }
        found.append(info);
    }
    if (count >= 0)
        libusb_free_device_list(devices, 1);
    libusb_exit(context);
    return found;
}

} // namespace caisse
