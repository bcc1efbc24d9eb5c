#include "support/QrReader.h"

#include <memory>
#include <zbar.h>

namespace caisse::test {

namespace {

QStringList readCodes(const QImage& image, std::initializer_list<zbar::zbar_symbol_type_t> symbologies)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    // zbar reads Y800 (one byte per pixel) without padding; QImage rows are padded to 32 bits.
    QByteArray pixels;
    pixels.reserve(static_cast<qsizetype>(grey.width()) * grey.height());
    for (int y = 0; y < grey.height(); ++y)
        pixels.append(reinterpret_cast<const char*>(grey.constScanLine(y)), grey.width());
    const std::unique_ptr<zbar::zbar_image_scanner_t, decltype(&zbar::zbar_image_scanner_destroy)> scanner(
        zbar::zbar_image_scanner_create(), &zbar::zbar_image_scanner_destroy);
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
    for (const zbar::zbar_symbol_type_t symbology : symbologies)
        zbar::zbar_image_scanner_set_config(scanner.get(), symbology, zbar::ZBAR_CFG_ENABLE, 1);
    const std::unique_ptr<zbar::zbar_image_t, decltype(&zbar::zbar_image_destroy)> frame(zbar::zbar_image_create(),
                                                                                         &zbar::zbar_image_destroy);
    zbar::zbar_image_set_format(frame.get(), zbar_fourcc('Y', '8', '0', '0'));
    zbar::zbar_image_set_size(frame.get(), static_cast<unsigned>(grey.width()), static_cast<unsigned>(grey.height()));
    zbar::zbar_image_set_data(frame.get(), pixels.constData(), static_cast<unsigned long>(pixels.size()), nullptr);
    QStringList codes;
    if (zbar::zbar_scan_image(scanner.get(), frame.get()) <= 0)
        return codes;
    for (const zbar::zbar_symbol_t* symbol = zbar::zbar_image_first_symbol(frame.get()); symbol != nullptr;
         symbol = zbar::zbar_symbol_next(symbol))
        codes.append(QString::fromUtf8(zbar::zbar_symbol_get_data(symbol)));
    return codes;
}

} // namespace

QStringList readQrCodes(const QImage& image)
{
    return readCodes(image, {zbar::ZBAR_QRCODE});
}

QStringList readEanCodes(const QImage& image)
{
    return readCodes(image, {zbar::ZBAR_EAN13, zbar::ZBAR_EAN8});
}

} // namespace caisse::test
