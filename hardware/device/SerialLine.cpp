#include "device/SerialLine.h"

#include <QRegularExpression>
#include <QSerialPort>

namespace caisse {

std::optional<SerialLine> SerialLine::parse(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(\d{3,7})\s+([5-8])([NEO])([12])(?:\s+(rtscts|xonxoff|none))?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    SerialLine line;
    line.baudRate = match.captured(1).toInt();
    line.dataBits = match.captured(2).toInt();
    line.parity = match.captured(3).toUpper().at(0).toLatin1();
    line.stopBits = match.captured(4).toInt();
    const QString flow = match.captured(5).toLower();
    line.flow = flow == u"rtscts" ? Flow::RtsCts : flow == u"xonxoff" ? Flow::XonXoff : Flow::None;
    return line;
}

QString SerialLine::toString() const
{
    QString text = QStringLiteral("%1 %2%3%4").arg(baudRate).arg(dataBits).arg(QLatin1Char(parity)).arg(stopBits);
    if (flow == Flow::RtsCts)
        text += QStringLiteral(" rtscts");
    else if (flow == Flow::XonXoff)
        text += QStringLiteral(" xonxoff");
    return text;
}

bool SerialLine::applyTo(QSerialPort& port) const
{
    const auto parityOf = [](char p) {
        return p == 'E' ? QSerialPort::EvenParity : p == 'O' ? QSerialPort::OddParity : QSerialPort::NoParity;
    };
    const auto flowOf = [](Flow f) {
        return f == Flow::RtsCts ? QSerialPort::HardwareControl
            : f == Flow::XonXoff ? QSerialPort::SoftwareControl
                                 : QSerialPort::NoFlowControl;
    };
    return port.setBaudRate(baudRate) && port.setDataBits(static_cast<QSerialPort::DataBits>(dataBits))
        && port.setParity(parityOf(parity))
        && port.setStopBits(stopBits == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop)
        && port.setFlowControl(flowOf(flow));
}

} // namespace caisse
