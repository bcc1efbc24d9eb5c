#pragma once

#include <QByteArray>
#include <QString>

namespace caisse {

/**
 * What differs from one receipt printer model to another: the code page its text goes in (ESC t n numbers differ
 * between brands) and its drawer pulse. ../shared/reference/hardware/NOTES.md, section 2.
 */
struct PrinterProfile
{
    QString name;
    /** The n of ESC t n selecting the code page below on this model. */
    quint8 codePageNumber = 16;
    /** The code page, by its ICU name (QStringEncoder). */
    QByteArray encoding = "windows-1252";
    /** Drawer kick: pin (0 = pin 2, 1 = pin 5), on and off times in units of 2 ms. */
    quint8 drawerPin = 0;
    quint8 drawerOnTime = 25;
    quint8 drawerOffTime = 250;

    /** Epson's default table: CP1252 (€ 0x80, œ 0x9C) at ESC t 16. */
    static PrinterProfile epson();
    /** Printers with CP858 only (€ 0xD5, no œ) at ESC t 19. */
    static PrinterProfile cp858();
    static std::optional<PrinterProfile> byName(const QString& name);
};

} // namespace caisse
