#pragma once

#include "HttpAnswer.h"
#include "HttpRequest.h"
#include "StoreState.h"

#include <QJsonObject>

#include <expected>

namespace caisse {

/**
 * The API's paths under /stores/{hash}/v2 and /v3 that the register uses, each written from the official OpenAPI
 * specs (../shared/reference/bigcommerce/): the JSON shapes, status codes, pagination (page, limit ≤ 250,
 * meta.pagination), and inventory adjustments refused below an item's safety stock and all-or-nothing per request.
 */
class StoreRoutes
{
public:
    StoreRoutes(StoreState& state, QString storeHash);

    HttpAnswer route(const HttpRequest& request);

    /** The store's error body (a problem+json document). */
    static QByteArray problem(int status, const QString& title);

private:
    HttpAnswer products(const HttpRequest& request) const;
    HttpAnswer variants(const HttpRequest& request) const;
    HttpAnswer inventorySettings(const HttpRequest& request) const;
    HttpAnswer inventoryItems(const HttpRequest& request) const;
    HttpAnswer orders(const HttpRequest& request) const;
    HttpAnswer customers(const HttpRequest& request) const;
    HttpAnswer createCustomers(const HttpRequest& request);
    HttpAnswer orderProducts(qint64 orderId) const;
    HttpAnswer updateOrder(qint64 orderId, const HttpRequest& request);
    HttpAnswer createProduct(const HttpRequest& request);
    HttpAnswer createVariant(qint64 productId, const HttpRequest& request);
    QJsonObject variantJson(const StoreState::Item& item) const;
    HttpAnswer updateProducts(const HttpRequest& request);
    HttpAnswer createOrder(const HttpRequest& request);
    HttpAnswer createChannel(const HttpRequest& request);
    HttpAnswer categories(const HttpRequest& request) const;
    HttpAnswer createCategory(const HttpRequest& request);
    HttpAnswer adjust(const HttpRequest& request, bool relative);
    /** The SKU of the inventory item an adjustment item names, or why the API refuses it. */
    std::expected<QString, QString> itemNamedBy(const QJsonObject& item) const;
    QJsonObject productJson(const StoreState::Product& product, bool withVariants, bool withImages) const;
    QJsonObject orderJson(const StoreState::Order& order) const;

    StoreState& m_state;
    QString m_storeHash;
};

} // namespace caisse
