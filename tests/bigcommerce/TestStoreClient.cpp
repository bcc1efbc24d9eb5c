// The API client against servers that are not the store: one that redirects elsewhere, an address in clear text.
#include "bigcommerce/StoreClient.h"
#include "bigcommerce/StoreQuota.h"

#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace caisse;

class TestStoreClient : public QObject
{
    Q_OBJECT

private slots:
    void redirectIsNeverFollowedNorGivenTheToken();
    void tokenNeverLeavesInClearTextForAnotherHost();
    void quotaStartsWithOneRequestAndWaitsPastTheReset();
};

namespace {

/** Answers every request with the same raw HTTP answer and keeps what it received. */
class RawServer : public QObject
{
public:
    RawServer(const QHostAddress& address, QByteArray answer)
        : m_answer(std::move(answer))
    {
        m_server.listen(address);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_received += socket->readAll();
                    if (m_received.contains("\r\n\r\n"))
                        socket->write(m_answer);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    const QByteArray& received() const { return m_received; }

private:
    QTcpServer m_server;
    QByteArray m_answer;
    QByteArray m_received;
};

} // namespace

void TestStoreClient::redirectIsNeverFollowedNorGivenTheToken()
{
    // Another origin on this computer (127.0.0.2 is loopback too): where a redirect would take the token.
    RawServer elsewhere(QHostAddress(QStringLiteral("127.0.0.2")), "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    const QByteArray location = "http://127.0.0.2:" + QByteArray::number(elsewhere.port()) + "/stores/demo/v2/store";
    RawServer store(QHostAddress::LocalHost,
                    "HTTP/1.1 301 Moved Permanently\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n");
    StoreClient client(StoreConnection {QUrl(QStringLiteral("http://127.0.0.1:%1").arg(store.port())),
                                        QStringLiteral("demo"), QStringLiteral("secret-token")});
    ApiReply reply;
    bool done = false;
    client.call(StoreClient::Kind::Write, "POST", QStringLiteral("v3/catalog/products"), {},
                QJsonDocument(QJsonObject {{QStringLiteral("name"), QStringLiteral("x")}}),
                [&](const ApiReply& answer) {
                    reply = answer;
                    done = true;
                });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
    QVERIFY(store.received().contains("secret-token"));
    QVERIFY2(!elsewhere.received().contains("secret-token"), elsewhere.received().constData());
    QVERIFY(elsewhere.received().isEmpty());
    QVERIFY(!reply.ok());
    QVERIFY(!reply.ambiguous); // a redirect applied nothing
    QVERIFY2(reply.error.contains(QStringLiteral("redirect")), qPrintable(reply.error));
}

void TestStoreClient::tokenNeverLeavesInClearTextForAnotherHost()
{
    QVERIFY(StoreClient::safeAddress(QUrl(QStringLiteral("https://api.bigcommerce.com"))));
    QVERIFY(StoreClient::safeAddress(QUrl(QStringLiteral("http://127.0.0.1:8700"))));
    QVERIFY(StoreClient::safeAddress(QUrl(QStringLiteral("http://localhost:8700"))));
    QVERIFY(!StoreClient::safeAddress(QUrl(QStringLiteral("http://api.bigcommerce.com"))));

    StoreClient client(StoreConnection {QUrl(QStringLiteral("http://192.0.2.1:80")), QStringLiteral("demo"),
                                        QStringLiteral("secret-token")});
    ApiReply reply;
    bool done = false;
    client.call(StoreClient::Kind::Read, "GET", QStringLiteral("v2/store"), {}, {}, [&](const ApiReply& answer) {
        reply = answer;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5'000);
    QCOMPARE(client.requestsSent(), 0);
    QVERIFY2(reply.error.contains(QStringLiteral("https")), qPrintable(reply.error));
}

void TestStoreClient::quotaStartsWithOneRequestAndWaitsPastTheReset()
{
    // A fresh process does not know where the store's window is: one request, then the others wait for its answer.
    StoreQuota quota;
    QCOMPARE(quota.takeOrWaitMs(10), 0);
    QVERIFY(quota.takeOrWaitMs(10) > 0);
    quota.answered(140, 150, 30'000);
    QCOMPARE(quota.takeOrWaitMs(10), 0);

    // At the reserve, the wait goes past the window's reset, never up to it only.
    quota.answered(15, 150, 1'000);
    const qint64 wait = quota.takeOrWaitMs(10);
    QVERIFY2(wait > 1'000 - 50 + StoreQuota::kResetMarginMs / 2, qPrintable(QString::number(wait)));
}

QTEST_GUILESS_MAIN(TestStoreClient)
#include "TestStoreClient.moc"
