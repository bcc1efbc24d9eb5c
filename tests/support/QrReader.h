#pragma once

#include <QImage>
#include <QStringList>

namespace caisse::test {

/** The QR codes read in image (a receipt as the virtual printer rendered it), by zbar, as a scanner would read them. */
QStringList readQrCodes(const QImage& image);

} // namespace caisse::test
