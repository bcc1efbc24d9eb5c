#include "printer/SerialPrinter.h"

#include <QSerialPort>

namespace caisse {

SerialPrinter::SerialPrinter(QString portName, SerialLine line, QObject* parent)
    : EscPosPrinter(parent)
    , m_line(line)
    , m_port(new QSerialPort(portName, this))
{
    connect(m_port, &QSerialPort::readyRead, this, [this] { received(m_port->readAll()); });
    connect(m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        // Unplugged (ResourceError) or hung up (ReadError, which repeats until the port is closed).
        if ((error == QSerialPort::ResourceError || error == QSerialPort::ReadError) && m_port->isOpen())
            linkLost(m_port->errorString());
    });
}

void SerialPrinter::openLink()
{
    if (!m_port->open(QIODevice::ReadWrite)) {
        linkLost(m_port->errorString());
        return;
    }
    if (!m_line.applyTo(*m_port)) {
        linkLost(m_port->errorString());
        return;
    }
    linkReady();
}

bool SerialPrinter::linkOpen() const
{
    return m_port->isOpen();
}

void SerialPrinter::write(const QByteArray& bytes)
{
    m_port->write(bytes);
}

void SerialPrinter::closeLink()
{
    m_port->close();
}

} // namespace caisse
