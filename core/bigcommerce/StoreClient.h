#pragma once

#include "bigcommerce/ApiReply.h"
#include "bigcommerce/StoreConnection.h"

#include <QLoggingCategory>
#include <QObject>
#include <QQueue>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

Q_DECLARE_LOGGING_CATEGORY(lcStoreApi)

namespace caisse {

class StoreQuota;

/**
 * The online store's REST API (BigCommerce), one call at a time, as its inventory guide asks.
 *
 * Rate limits (../shared/reference/bigcommerce/NOTES.md): every answer's X-Rate-Limit headers are read into the store's
 * quota, which every client of that store in this process shares (StoreQuota); when the requests left in the
 * 30-second window fall to the reserve kept for the store's other apps, the next call waits for the window to reset. A
 * 429 waits as long as X-Rate-Limit-Time-Reset-Ms says (longer each time when the headers are missing: the store is
 * overloaded) and is retried: nothing was applied. Reads are retried with backoff on 5xx, timeouts and dropped
 * connections. Writes are not, since the store has no idempotency key: such a write comes back ambiguous, for its
 * caller to settle before anything is sent again.
 */
class StoreClient : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Read,
        Write,
    };
    using Done = std::function<void(const ApiReply&)>;

    explicit StoreClient(StoreConnection connection, QObject* parent = nullptr);

    /** path below the store, such as "v3/inventory/items". */
    void call(Kind kind, const QByteArray& method, const QString& path, const QUrlQuery& query,
              const QJsonDocument& body, Done done);
    /** Reads every page of a v3 collection (limit per page), giving each page's data as it comes, then done. */
    void readAll(const QString& path, QUrlQuery query, int limit, std::function<void(const QJsonArray&)> page,
                 Done done);

    void setTimeoutMs(int timeout) { m_timeoutMs = timeout; }
    void setMaxReadAttempts(int attempts) { m_maxReadAttempts = attempts; }
    /** The share of the window's quota left to the store's other apps. */
    void setReservePercent(int percent) { m_reservePercent = percent; }
    /** Whether the token may go to this address: https, or plain http to this computer only (an emulator). */
    static bool safeAddress(const QUrl& baseUrl);
    /** Requests sent to the store, retries included: what counts against the plan's quota. */
    qint64 requestsSent() const { return m_sent; }

private:
    struct Call
    {
        Kind kind;
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray body;
        Done done;
        int attempts = 0;
        int throttled = 0;
    };

    void startNext();
    /** Sends the current call once the store's quota allows it. */
    void sendWithinQuota();
    void send();
    void finished(QNetworkReply* reply);
    void retryLater(int delayMs);
    void complete(const ApiReply& reply);

    StoreConnection m_connection;
    QNetworkAccessManager* m_network;
    QQueue<Call> m_calls;
    bool m_busy = false;
    QTimer m_wait;
    int m_timeoutMs = 15'000;
    int m_maxReadAttempts = 6;
    int m_reservePercent = 20;
    qint64 m_sent = 0;
    std::shared_ptr<StoreQuota> m_quota;
};

} // namespace caisse
