#pragma once

#include "HttpWire.h"
#include "StoreFaults.h"
#include "StoreRoutes.h"
#include "StoreState.h"

#include <QObject>

namespace caisse {

/**
 * An emulator of the part of the BigCommerce REST API the register uses, written from the official OpenAPI specs
 * (../shared/reference/bigcommerce/), in four parts: the wire (HttpWire: HTTP/1.1 on 127.0.0.1), the store's data
 * (StoreState), the API's paths (StoreRoutes) and what stands between a request and the store (StoreFaults: the rate
 * limit and injected faults). This class puts them together: every request is authenticated, counted against the
 * quota, met by its fault, routed, and answered with the rate-limit headers.
 */
class StoreEmulator : public QObject
{
    Q_OBJECT

public:
    using Fault = StoreFaults::Fault;
    using OrderLine = StoreState::OrderLine;

    explicit StoreEmulator(QString storeHash = QStringLiteral("demo"), QString token = QStringLiteral("demo-token"),
                           QObject* parent = nullptr);

    bool listen(quint16 port = 0);
    quint16 port() const { return m_wire.port(); }
    /** The API's base address for this store, as a register's settings hold it. */
    QString baseUrl() const;
    QString storeHash() const { return m_storeHash; }
    QString token() const { return m_token; }

    /** What the store holds; tests and the demo change it as the merchant would online. */
    StoreState& state() { return m_state; }
    const StoreState& state() const { return m_state; }
    StoreFaults& faults() { return m_faults; }
    const StoreFaults& faults() const { return m_faults; }

    qint64 requestCount() const { return m_requests; }
    /** Requests whose method and path contain pathPart, such as "v3/inventory". */
    qint64 requestCount(const QString& pathPart) const;

signals:
    /** A request was answered (or dropped), as "GET v2/orders" without the store prefix and query. */
    void served(const QString& request);

private:
    void handle(QTcpSocket* socket, const HttpRequest& request);
    void answer(QTcpSocket* socket, const HttpAnswer& answer);

    QString m_storeHash;
    QString m_token;
    StoreState m_state;
    StoreFaults m_faults;
    StoreRoutes m_routes;
    HttpWire m_wire;
    QHash<QString, qint64> m_requestsByPath;
    qint64 m_requests = 0;
};

} // namespace caisse
