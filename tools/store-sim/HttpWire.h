#pragma once

#include "HttpAnswer.h"
#include "HttpRequest.h"

#include <QHash>
#include <QObject>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace caisse {

/**
 * HTTP/1.1 on 127.0.0.1, as much as the register's client speaks: keep-alive, Content-Length bodies, JSON answers.
 *
 * Written by hand instead of with Qt HttpServer: playing a connection that drops halfway, or after a change was
 * applied, needs the socket in hand, which Qt HttpServer 6.4's route handlers do not give.
 */
class HttpWire : public QObject
{
    Q_OBJECT

public:
    /** Called once per complete request; it answers with send() or drop(), now or later. */
    using Handler = std::function<void(QTcpSocket* socket, const HttpRequest& request)>;

    explicit HttpWire(Handler handler, QObject* parent = nullptr);

    bool listen(quint16 port);
    quint16 port() const;

    void send(QTcpSocket* socket, const HttpAnswer& answer, const QByteArray& extraHeaders);
    /** Closes the connection without an answer, as a network that fails does. */
    void drop(QTcpSocket* socket);

private:
    void read(QTcpSocket* socket);

    Handler m_handler;
    QTcpServer* m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace caisse
