#include "printer/NetworkPrinter.h"

#include <QTcpSocket>

namespace caisse {

NetworkPrinter::NetworkPrinter(QString host, quint16 port, QObject* parent)
    : EscPosPrinter(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_socket(new QTcpSocket(this))
{
    connect(m_socket, &QTcpSocket::connected, this, &NetworkPrinter::linkReady);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { received(m_socket->readAll()); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] { linkLost(m_socket->errorString()); });
}

void NetworkPrinter::openLink()
{
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        m_socket->connectToHost(m_host, m_port);
}

bool NetworkPrinter::linkOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void NetworkPrinter::write(const QByteArray& bytes)
{
    m_socket->write(bytes);
}

void NetworkPrinter::closeLink()
{
    m_socket->abort();
}

} // namespace caisse
