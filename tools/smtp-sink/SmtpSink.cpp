#include "SmtpSink.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace caisse {

namespace {

/** One client's conversation (RFC 5321, section 4.1). */
struct Conversation
{
    bool greeted = false;
    bool inData = false;
    QByteArray buffer;
    SmtpSink::Message message;
};

QString pathOf(const QByteArray& argument)
{
    static const QRegularExpression path(QStringLiteral("<([^>]*)>"));
    return path.match(QString::fromUtf8(argument)).captured(1);
}

} // namespace

SmtpSink::SmtpSink(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            auto conversation = std::make_shared<Conversation>();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->write("220 sink ESMTP ready\r\n");
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, conversation] {
                conversation->buffer += socket->readAll();
                qsizetype end = 0;
                while ((end = conversation->buffer.indexOf("\r\n")) >= 0) {
                    const QByteArray line = conversation->buffer.left(end);
                    conversation->buffer.remove(0, end + 2);
                    if (conversation->inData) {
                        if (line == ".") {
                            conversation->inData = false;
                            m_messages.append(std::exchange(conversation->message, {}));
                            socket->write("250 2.0.0 queued\r\n");
                            emit received(static_cast<int>(m_messages.size()));
                        } else {
                            // A leading dot was doubled by the client (section 4.5.2).
                            conversation->message.data += (line.startsWith("..") ? line.mid(1) : line) + "\r\n";
                        }
                        continue;
                    }
                    const QByteArray verb = line.left(4).toUpper();
                    const QByteArray argument = line.mid(5);
                    if (verb == "EHLO" || verb == "HELO") {
                        conversation->greeted = true;
                        socket->write(verb == "EHLO" ? "250-sink\r\n250 8BITMIME\r\n" : "250 sink\r\n");
                    } else if (verb == "MAIL" && conversation->greeted && argument.toUpper().startsWith("FROM:")) {
                        conversation->message = {pathOf(argument), {}, {}};
                        socket->write("250 2.1.0 ok\r\n");
                    } else if (verb == "RCPT" && conversation->greeted && argument.toUpper().startsWith("TO:")) {
                        conversation->message.recipients << pathOf(argument);
                        socket->write("250 2.1.5 ok\r\n");
                    } else if (verb == "DATA" && !conversation->message.recipients.isEmpty()) {
                        conversation->inData = true;
                        socket->write("354 end with <CRLF>.<CRLF>\r\n");
                    } else if (verb == "RSET") {
                        conversation->message = {};
                        socket->write("250 ok\r\n");
                    } else if (verb == "NOOP") {
                        socket->write("250 ok\r\n");
                    } else if (verb == "QUIT") {
                        socket->write("221 bye\r\n");
                        socket->disconnectFromHost();
                    } else if (verb == "STAR" || verb == "AUTH") {
                        socket->write("502 5.5.1 not offered\r\n");
                    } else {
                        socket->write("503 5.5.1 bad sequence of commands\r\n");
                    }
                }
            });
        }
    });
}

bool SmtpSink::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 SmtpSink::port() const
{
    return m_server->serverPort();
}

} // namespace caisse
