#include "bigcommerce/StoreClient.h"

#include "bigcommerce/StoreQuota.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstring>

Q_LOGGING_CATEGORY(lcStoreApi, "caisse.store.api")

namespace caisse {

namespace {

constexpr int kFirstBackoffMs = 500;
constexpr int kMaxBackoffMs = 60'000;

/** A request body that can be read once only, so that nothing can send it twice. */
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_at + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = std::min(maxSize, m_bytes.size() - m_at);
        std::memcpy(data, m_bytes.constData() + m_at, static_cast<size_t>(count));
        m_at += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_at = 0;
};

int backoff(int attempt)
{
    return std::min(kMaxBackoffMs, kFirstBackoffMs << std::min(attempt, 16));
}

} // namespace

StoreClient::StoreClient(StoreConnection connection, QObject* parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_network(new QNetworkAccessManager(this))
    , m_quota(StoreQuota::of(m_connection))
{
    m_wait.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: a retry timed to the window's reset would meet the old window again.
    m_wait.setTimerType(Qt::PreciseTimer);
    connect(&m_wait, &QTimer::timeout, this, &StoreClient::sendWithinQuota);
    connect(m_network, &QNetworkAccessManager::finished, this, &StoreClient::finished);
}

void StoreClient::call(Kind kind, const QByteArray& method, const QString& path, const QUrlQuery& query,
                       const QJsonDocument& body, Done done)
{
    m_calls.enqueue({kind, method, path, query, body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact),
                     std::move(done)});
    startNext();
}

void StoreClient::readAll(const QString& path, QUrlQuery query, int limit, std::function<void(const QJsonArray&)> page,
                          Done done)
{
    // One page, then the next while meta.pagination says there are more: never one call for everything.
    auto readPage = std::make_shared<std::function<void(int)>>();
    // The call in flight holds the reader; the reader holds itself only weakly, so it goes with the last page.
    *readPage = [this, path, query, limit, page, done, weakReader = std::weak_ptr(readPage)](int number) {
        QUrlQuery pageQuery = query;
        pageQuery.addQueryItem(QStringLiteral("page"), QString::number(number));
        pageQuery.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        call(Kind::Read, "GET", path, pageQuery, {}, [=, reader = weakReader.lock()](const ApiReply& reply) {
            if (!reply.ok()) {
                done(reply);
                return;
            }
            page(reply.body.object().value(QStringLiteral("data")).toArray());
            const QJsonObject pagination = reply.body.object()
                                               .value(QStringLiteral("meta"))
                                               .toObject()
                                               .value(QStringLiteral("pagination"))
                                               .toObject();
            if (pagination.value(QStringLiteral("current_page")).toInt()
                < pagination.value(QStringLiteral("total_pages")).toInt())
                (*reader)(number + 1);
            else
                done(reply);
        });
    };
    (*readPage)(1);
}

void StoreClient::startNext()
{
    if (m_busy || m_calls.isEmpty())
        return;
    m_busy = true;
    sendWithinQuota();
}

void StoreClient::sendWithinQuota()
{
    // Slow down before the quota runs out: the window's last requests belong to the store's other apps.
    if (const qint64 untilReset = m_quota->takeOrWaitMs(m_reservePercent); untilReset > 0) {
        qCInfo(lcStoreApi) << "pacing: waiting" << untilReset << "ms for the quota to refresh";
        m_wait.start(static_cast<int>(untilReset));
        return;
    }
    send();
}

bool StoreClient::safeAddress(const QUrl& baseUrl)
{
    if (baseUrl.scheme() == u"https")
        return true;
    const QHostAddress host(baseUrl.host());
    return baseUrl.scheme() == u"http" && (baseUrl.host() == u"localhost" || host.isLoopback());
}

void StoreClient::send()
{
    Call& current = m_calls.head();
    if (!safeAddress(m_connection.baseUrl)) {
        // The token would cross the network in clear: nothing leaves.
        ApiReply refused;
        refused.error = tr("The online store's address %1 is not https: the API token is only sent over https (plain "
                           "http only to this computer, for an emulator). Check the address in the store settings.")
                            .arg(m_connection.baseUrl.toString());
        // Answered after this call returns, as every answer is.
        QMetaObject::invokeMethod(
            this, [this, refused] { complete(refused); }, Qt::QueuedConnection);
        return;
    }
    ++current.attempts;
    ++m_sent;
    QUrl url = m_connection.baseUrl;
    url.setPath(url.path() + QStringLiteral("/stores/%1/%2").arg(m_connection.storeHash, current.path));
    url.setQuery(current.query);
    QNetworkRequest request(url);
    request.setRawHeader("X-Auth-Token", m_connection.token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    // A redirect is answered, never followed: followed, it would carry the token to wherever it points, and a write
    // could be sent again as a read.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (current.kind == Kind::Read) {
        m_network->sendCustomRequest(request, current.method, current.body);
        return;
    }
    // QNetworkAccessManager sends a request again by itself when the connection closes before the answer (seen with
    // the emulator's dropped connections: one call, two adjustments applied). Its body is therefore given as a stream
    // that cannot be rewound and is not buffered: a write leaves once, and a lost answer comes back as an error.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, current.body.size());
    auto* body = new OneShotBody(current.body);
    QNetworkReply* reply = m_network->sendCustomRequest(request, current.method, body);
    body->setParent(reply);
}

void StoreClient::retryLater(int delayMs)
{
    m_wait.start(delayMs);
}

void StoreClient::finished(QNetworkReply* reply)
{
    reply->deleteLater();
    Call& current = m_calls.head();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool hasLimits = reply->hasRawHeader("X-Rate-Limit-Requests-Left");
    if (hasLimits)
        m_quota->answered(reply->rawHeader("X-Rate-Limit-Requests-Left").toInt(),
                          reply->rawHeader("X-Rate-Limit-Requests-Quota").toInt(),
                          reply->rawHeader("X-Rate-Limit-Time-Reset-Ms").toLongLong());
    else
        m_quota->unanswered();
    if (status == 429) {
        // Refused before anything was done: always safe to send again, after the wait the store asks for.
        ++current.throttled;
        const int wait = hasLimits
            ? std::max(1, reply->rawHeader("X-Rate-Limit-Time-Reset-Ms").toInt()) + StoreQuota::kResetMarginMs
            : backoff(current.throttled);
        qCInfo(lcStoreApi) << "429: waiting" << wait << "ms";
        retryLater(wait);
        return;
    }
    ApiReply answer;
    answer.status = status;
    answer.body = QJsonDocument::fromJson(reply->readAll());
    const bool transportFailed = reply->error() != QNetworkReply::NoError && status == 0;
    if (transportFailed || status >= 500) {
        if (current.kind == Kind::Read && current.attempts < m_maxReadAttempts) {
            qCInfo(lcStoreApi) << current.path << "failed (" << status << reply->errorString() << "), retrying";
            retryLater(backoff(current.attempts - 1));
            return;
        }
        answer.ambiguous = current.kind == Kind::Write;
        answer.error = transportFailed ? tr("The online store did not answer (%1).").arg(reply->errorString())
                                       : tr("The online store had an error (HTTP %1).").arg(status);
    } else if (status >= 300 && status < 400) {
        answer.error = tr("The online store's address answered with a redirect to %1; the register does not follow it, "
                          "so nothing was sent there. Set the store's own API address in the store settings.")
                           .arg(reply->header(QNetworkRequest::LocationHeader).toUrl().toString());
    } else if (status == 401 || status == 403) {
        answer.error = tr("The online store refused the API token: check it in the store connection settings.");
    } else if (!answer.ok()) {
        answer.error = tr("The online store refused the change: %1")
                           .arg(answer.body.object().value(QStringLiteral("title")).toString());
    }
    complete(answer);
}

void StoreClient::complete(const ApiReply& reply)
{
    Call done = m_calls.dequeue();
    m_busy = false;
    done.done(reply);
    startNext();
}

} // namespace caisse
