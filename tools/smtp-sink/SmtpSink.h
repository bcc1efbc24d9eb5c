#pragma once

#include <QObject>
#include <QStringList>

class QTcpServer;

namespace caisse {

/**
 * A mail server on 127.0.0.1 that keeps what it is sent, for tests: the SMTP exchange of RFC 5321 (EHLO or HELO, MAIL,
 * RCPT, DATA ended by a lone dot, RSET, NOOP, QUIT), without TLS nor authentication, which it does not offer. Stricter
 * than a real server where a client could get away with less: a command out of order is refused (503).
 */
class SmtpSink : public QObject
{
    Q_OBJECT

public:
    struct Message
    {
        QString from;
        QStringList recipients;
        QByteArray data;
    };

    explicit SmtpSink(QObject* parent = nullptr);

    /** Listens on 127.0.0.1; port 0 picks a free one. */
    bool listen(quint16 port = 0);
    quint16 port() const;
    const QList<Message>& messages() const { return m_messages; }

signals:
    void received(int count);

private:
    QTcpServer* m_server;
    QList<Message> m_messages;
};

} // namespace caisse
