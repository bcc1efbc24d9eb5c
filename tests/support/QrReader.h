#pragma once

#include <QImage>
#include <QStringList>

namespace caisse::test {

/** The QR codes read in image (a receipt as the virtual printer rendered it), by zbar, as a scanner would read them. */
QStringList readQrCodes(const QImage& image);
/** The EAN-13 and EAN-8 barcodes read in image (a label as printed or drawn on a sheet), by zbar. */
QStringList readEanCodes(const QImage& image);

} // namespace caisse::test
