#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QSerialPort;

namespace caisse {

/**
 * How a serial device talks, written the way technicians and manuals write it: "9600 8N1", "19200 8N1 rtscts",
 * "38400 7E1 xonxoff". Printers, scanners and customer displays each come set to one; the register must match it.
 */
struct SerialLine
{
    enum class Flow
    {
        None,
        RtsCts,
        XonXoff,
    };

    int baudRate = 9600;
    int dataBits = 8;
    /** 'N' none, 'E' even, 'O' odd. */
    char parity = 'N';
    int stopBits = 1;
    Flow flow = Flow::None;

    static std::optional<SerialLine> parse(QStringView text);
    QString toString() const;
    /** Sets the port's speed, framing and flow control; false when the port refuses one of them. */
    bool applyTo(QSerialPort& port) const;
    friend bool operator==(const SerialLine&, const SerialLine&) = default;
};

} // namespace caisse
