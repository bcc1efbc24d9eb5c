#pragma once

#include "printer/PrinterProfile.h"

#include <QString>

namespace caisse {

/**
 * Builds the ESC/POS bytes of a print job, text in the profile's code page (Qt's ICU encoders; a letter the code page
 * lacks, as œ in CP858, is written as its two-letter equivalent). Commands from the Epson ESC/POS reference, as
 * ../shared/reference/hardware/NOTES.md lists them.
 */
class EscPosEncoder
{
public:
    enum class Align : quint8
    {
        Left = 0,
        Centre = 1,
        Right = 2,
    };

    explicit EscPosEncoder(PrinterProfile profile);

    /** ESC @ then the code page: every job starts from the printer's defaults. */
    EscPosEncoder& initialise();
    EscPosEncoder& text(const QString& text);
    EscPosEncoder& line(const QString& text = {});
    EscPosEncoder& bold(bool on);
    EscPosEncoder& align(Align align);
    EscPosEncoder& feed(quint8 lines);
    /** Characters twice as wide and twice as high (GS !), for a figure read from a step away. */
    EscPosEncoder& doubleSize(bool on);
    /** An EAN-13 (a UPC-A as one, with its leading 0) or EAN-8 (GS k, function B), its digits printed under it. */
    EscPosEncoder& ean(const QString& digits);
    /** A QR code (model 2, error correction M) of data. */
    EscPosEncoder& qrCode(const QByteArray& data, quint8 moduleSize = 6);
    /** Feeds past the cutter and cuts (partial cut, keeping the receipt hanging). */
    EscPosEncoder& cut();
    EscPosEncoder& openDrawer();

    QByteArray bytes() const { return m_bytes; }

private:
    PrinterProfile m_profile;
    QByteArray m_bytes;
};

namespace escpos {
inline constexpr char kEsc = 0x1B;
inline constexpr char kGs = 0x1D;
inline constexpr char kDle = 0x10;
inline constexpr char kEot = 0x04;
} // namespace escpos

} // namespace caisse
