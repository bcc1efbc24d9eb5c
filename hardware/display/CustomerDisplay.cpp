#include "display/CustomerDisplay.h"

#include <QSerialPort>
#include <QStringEncoder>

namespace caisse {

namespace {

constexpr char kEsc = 0x1b;
constexpr char kFormFeed = 0x0c;
constexpr char kUnitSeparator = 0x1f;

QByteArray toDisplay(QString text)
{
    text.replace(QStringLiteral("œ"), QStringLiteral("oe")).replace(QStringLiteral("Œ"), QStringLiteral("OE"));
    QStringEncoder encoder("IBM00858", QStringEncoder::Flag::Stateless);
    return encoder.encode(text);
}

} // namespace

CustomerDisplay::CustomerDisplay(QString portName, SerialLine line, QObject* parent)
    : PosDevice(parent)
    , m_line(line)
    , m_port(new QSerialPort(portName, this))
{ }

QByteArray CustomerDisplay::encode(const QString& top, const QString& bottom)
{
    const QString first = top.left(columns).leftJustified(columns);
    const QString second = bottom.left(columns).rightJustified(columns);
    QByteArray bytes;
    bytes += kFormFeed;
    bytes += kUnitSeparator;
    bytes += "$";
    bytes += '\x01';
    bytes += '\x01';
    bytes += toDisplay(first);
    bytes += kUnitSeparator;
    bytes += "$";
    bytes += '\x01';
    bytes += '\x02';
    bytes += toDisplay(second);
    return bytes;
}

Result<void> CustomerDisplay::onEnable()
{
    if (ensureOpen())
        m_port->write(QByteArray(1, kEsc) + '@');
    return {};
}

void CustomerDisplay::onDisable()
{
    m_port->close();
}

bool CustomerDisplay::ensureOpen()
{
    if (m_port->isOpen())
        return true;
    if (m_port->open(QIODevice::WriteOnly) && m_line.applyTo(*m_port))
        return true;
    m_port->close();
    return false;
}

void CustomerDisplay::show(const QString& top, const QString& bottom)
{
    if (state() != State::Enabled || !ensureOpen())
        return;
    if (m_port->write(encode(top, bottom)) < 0)
        m_port->close();
}

} // namespace caisse
