#pragma once

#include "scanner/ScanData.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace caisse {

/**
 * Collects the scanned-data reports of a USB HID POS scanner (usage page 0x8C) into labels. The layout is the one
 * Honeywell scanners use in HID POS mode (../shared/reference/hardware/NOTES.md): report id 2, then the data length,
 * the three-character AIM identifier, the data, and in the last byte a flag saying more reports follow for long codes.
 */
class HidPosReports
{
public:
    static constexpr qsizetype reportSize = 64;

    /** Takes bytes as read from the device; returns the labels completed by them. */
    QList<ScanData> feed(const QByteArray& bytes);

private:
    QByteArray m_pending;
    QByteArray m_label;
    QString m_symbology;
};

} // namespace caisse
