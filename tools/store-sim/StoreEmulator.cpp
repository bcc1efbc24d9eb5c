#include "StoreEmulator.h"

#include <QTcpSocket>
#include <QTimer>

namespace caisse {

StoreEmulator::StoreEmulator(QString storeHash, QString token, QObject* parent)
    : QObject(parent)
    , m_storeHash(std::move(storeHash))
    , m_token(std::move(token))
    , m_routes(m_state, m_storeHash)
    // A child, so that it moves with the emulator to the thread a test or the benchmark runs it on.
    , m_wire([this](QTcpSocket* socket, const HttpRequest& request) { handle(socket, request); }, this)
{ }

bool StoreEmulator::listen(quint16 port)
{
    return m_wire.listen(port);
}

QString StoreEmulator::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

qint64 StoreEmulator::requestCount(const QString& pathPart) const
{
    qint64 count = 0;
    for (auto it = m_requestsByPath.cbegin(); it != m_requestsByPath.cend(); ++it) {
        if (it.key().contains(pathPart))
            count += it.value();
    }
    return count;
}

void StoreEmulator::handle(QTcpSocket* socket, const HttpRequest& request)
{
    ++m_requests;
    m_requestsByPath[QString::fromLatin1(request.method) + u' ' + request.path] += 1;
    m_state.applyDue();
    if (request.headers.value("x-auth-token") != m_token.toUtf8()) {
        answer(socket, {401, StoreRoutes::problem(401, QStringLiteral("Missing or invalid X-Auth-Token"))});
        return;
    }
    if (!m_faults.admit()) {
        answer(socket, {429, StoreRoutes::problem(429, QStringLiteral("Too many requests"))});
        return;
    }
    const Fault fault = m_faults.nextFault();
    if (fault == Fault::ServerErrorBefore) {
        answer(socket, {500, StoreRoutes::problem(500, QStringLiteral("Internal error"))});
        return;
    }
    if (fault == Fault::DropBefore) {
        m_wire.drop(socket);
        return;
    }
    const HttpAnswer routed = m_routes.route(request);
    emit served(QString::fromLatin1(request.method) + u' '
                + request.path.mid(QStringLiteral("/stores/%1/").arg(m_storeHash).size()));
    if (fault == Fault::ServerErrorAfter) {
        answer(socket, {502, StoreRoutes::problem(502, QStringLiteral("Bad gateway"))});
        return;
    }
    if (fault == Fault::DropAfter) {
        m_wire.drop(socket);
        return;
    }
    if (fault == Fault::Slow) {
        QTimer::singleShot(m_faults.slowAnswerMs(), socket, [this, socket, routed] { answer(socket, routed); });
        return;
    }
    answer(socket, routed);
}

void StoreEmulator::answer(QTcpSocket* socket, const HttpAnswer& answer)
{
    m_wire.send(socket, answer, m_faults.rateLimitHeaders(answer.status));
}

} // namespace caisse
