#pragma once

#include "device/SerialLine.h"
#include "scanner/BarcodeScanner.h"

class QSerialPort;

namespace caisse {

/**
 * A scanner on a serial port or a USB virtual COM port (/dev/ttyACM0): each label is a line of text ending in CR, LF
 * or both. A label starting with an AIM identifier ("]E0…", when the scanner is set to send it) has it split off.
 */
class SerialScanner final : public BarcodeScanner
{
    Q_OBJECT

public:
    SerialScanner(QString portName, SerialLine line, QObject* parent = nullptr);

    /** Splits one line as the scanner sent it into its label and AIM identifier. */
    static ScanData fromLine(const QByteArray& line);

protected:
    Result<void> openInput() override;
    void closeInput() override;
    QString name() const override;

private:
    void read();

    SerialLine m_line;
    QSerialPort* m_port;
    QByteArray m_pending;
};

} // namespace caisse
