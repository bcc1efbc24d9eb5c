#pragma once

#include "device/SerialLine.h"
#include "printer/EscPosPrinter.h"

class QSerialPort;

namespace caisse {

/**
 * An ESC/POS printer on a serial port (RS-232, a USB adapter, or the virtual COM port many USB printers show up as)
 * with the line settings its manual gives. An absent or unplugged port is a status, and the port is opened again at
 * the next attempt.
 */
class SerialPrinter final : public EscPosPrinter
{
    Q_OBJECT

public:
    SerialPrinter(QString portName, SerialLine line, QObject* parent = nullptr);

protected:
    void openLink() override;
    bool linkOpen() const override;
    void write(const QByteArray& bytes) override;
    void closeLink() override;

private:
    SerialLine m_line;
    QSerialPort* m_port;
};

} // namespace caisse
