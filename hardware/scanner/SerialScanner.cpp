#include "scanner/SerialScanner.h"

#include <QSerialPort>

#include <algorithm>

namespace caisse {

SerialScanner::SerialScanner(QString portName, SerialLine line, QObject* parent)
    : BarcodeScanner(parent)
    , m_line(line)
    , m_port(new QSerialPort(portName, this))
{
    connect(m_port, &QSerialPort::readyRead, this, &SerialScanner::read);
    connect(m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        // A USB adapter pulled out gives ResourceError; a line hung up gives ReadError at every event loop turn.
        if ((error == QSerialPort::ResourceError || error == QSerialPort::ReadError) && m_port->isOpen())
            inputLost(m_port->errorString());
    });
}

ScanData SerialScanner::fromLine(const QByteArray& line)
{
    // Latin-1 keeps every byte a scanner may send (a GS separator of GS1 codes included) as one character.
    const QString text = QString::fromLatin1(line);
    static constexpr qsizetype aimLength = 3;
    if (text.size() > aimLength && text.at(0) == u']' && text.at(1).isLetter())
        return {text.mid(aimLength), text.left(aimLength)};
    return {text, {}};
}

Result<void> SerialScanner::openInput()
{
    if (!m_port->open(QIODevice::ReadOnly) || !m_line.applyTo(*m_port)) {
        const QString reason = m_port->errorString();
        m_port->close();
        return failure(Error::Code::NotFound,
                       tr("%1 cannot be opened (%2): check its cable and that this user may "
                          "open serial ports (group dialout).")
                           .arg(name(), reason));
    }
    m_pending.clear();
    return {};
}

void SerialScanner::closeInput()
{
    m_port->close();
}

QString SerialScanner::name() const
{
    return tr("The scanner on %1").arg(m_port->portName());
}

void SerialScanner::read()
{
    m_pending += m_port->readAll();
    const auto isTerminator = [](char c) {
        return c == '\r' || c == '\n';
    };
    for (auto at = std::ranges::find_if(m_pending, isTerminator); at != m_pending.end();
         at = std::ranges::find_if(m_pending, isTerminator)) {
        const qsizetype end = at - m_pending.begin();
        const QByteArray line = m_pending.left(end);
        m_pending.remove(0, end + 1);
        if (!line.isEmpty() && state() == State::Enabled)
            emit dataReceived(fromLine(line));
    }
}

} // namespace caisse
