// The store emulator refuses the request bodies BigCommerce's OpenAPI files refuse (and, where they are silent, what a
// stricter reading refuses): each row is a request a client could get wrong, answered as the real store would.
#include "StoreRoutes.h"
#include "StoreState.h"

#include <QJsonDocument>
#include <QTest>

using namespace caisse;

class TestStoreRoutes : public QObject
{
    Q_OBJECT

private slots:
    void bodiesAreCheckedAgainstTheSpecs_data();
    void bodiesAreCheckedAgainstTheSpecs();
    void undeclaredQueryParametersAreRefused();
};

void TestStoreRoutes::bodiesAreCheckedAgainstTheSpecs_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("named");

    const QByteArray product = R"({"name":"Bol","type":"physical","weight":0.4,"price":12.5)";
    QTest::newRow("product accepted") << QByteArray("POST") << "v3/catalog/products"
                                      << product + R"(,"sku":"BOL-1","inventory_tracking":"product"})" << 200
                                      << QString();
    QTest::newRow("product without weight")
        << QByteArray("POST") << "v3/catalog/products" << QByteArray(R"({"name":"Bol","type":"physical","price":12.5})")
        << 422 << "weight is required";
    QTest::newRow("product price as text")
        << QByteArray("POST") << "v3/catalog/products"
        << QByteArray(R"({"name":"Bol","type":"physical","weight":0,"price":"12.5"})") << 422
        << "price must be a number";
    QTest::newRow("product of an unknown type") << QByteArray("POST") << "v3/catalog/products"
                                                << product + R"(,"type":"food"})" << 422 << "type must be one of";
    QTest::newRow("product field not declared")
        << QByteArray("POST") << "v3/catalog/products" << product + R"(,"stock":3})" << 422 << "stock is not a field";
    QTest::newRow("variant option without label")
        << QByteArray("POST") << "v3/catalog/products"
        << product + R"(,"variants":[{"sku":"BOL-S","option_values":[{"option_display_name":"Taille"}]}]})" << 422
        << "variants[0].option_values[0].label is required";
    QTest::newRow("update without id") << QByteArray("PUT") << "v3/catalog/products"
                                       << QByteArray(R"([{"name":"Bol"}])") << 422 << "[0].id is required";
    QTest::newRow("update as an object") << QByteArray("PUT") << "v3/catalog/products"
                                         << QByteArray(R"({"id":100,"name":"Bol"})") << 422 << "JSON array";
    QTest::newRow("category name too long")
        << QByteArray("POST") << "v3/catalog/categories"
        << QByteArray(R"({"name":"Une catégorie dont le nom passe cinquante caractères de long","parent_id":0})") << 422
        << "name must hold 1 to 50";
    QTest::newRow("adjustment quantity as text")
        << QByteArray("POST") << "v3/inventory/adjustments/relative"
        << QByteArray(R"({"items":[{"location_id":1,"product_id":100,"quantity":"-1"}]})") << 422
        << "items[0].quantity must be an integer";
    QTest::newRow("adjustment without location")
        << QByteArray("PUT") << "v3/inventory/adjustments/absolute"
        << QByteArray(R"({"items":[{"product_id":100,"quantity":3}]})") << 422 << "items[0].location_id is required";
    QTest::newRow("order without zip")
        << QByteArray("POST") << "v2/orders"
        << QByteArray(R"({"billing_address":{"first_name":"Caisse"},"products":[{"name":"Pain","quantity":1,)"
                      R"("price_inc_tax":3.99,"price_ex_tax":3.78}]})")
        << 400 << "billing_address.zip is required";
    QTest::newRow("order line of half a piece")
        << QByteArray("POST") << "v2/orders"
        << QByteArray(R"({"billing_address":{"zip":"69001"},"products":[{"name":"Pain","quantity":0.5,)"
                      R"("price_inc_tax":3.99,"price_ex_tax":3.78}]})")
        << 400 << "products[0].quantity must be an integer";
    QTest::newRow("order with an empty e-mail")
        << QByteArray("POST") << "v2/orders"
        << QByteArray(R"({"billing_address":{"zip":"69001","email":""},"products":[{"name":"Pain","quantity":1,)"
                      R"("price_inc_tax":3.99,"price_ex_tax":3.78}]})")
        << 400 << "billing_address.email";
    QTest::newRow("status as text") << QByteArray("PUT") << "v2/orders/5000" << QByteArray(R"({"status_id":"10"})")
                                    << 400 << "status_id must be an integer";
    QTest::newRow("channel of an unknown type")
        << QByteArray("POST") << "v3/channels"
        << QByteArray(R"({"name":"Caisse R01","type":"till","platform":"custom"})") << 422 << "type must be one of";
    QTest::newRow("customer without last name")
        << QByteArray("POST") << "v3/customers" << QByteArray(R"([{"first_name":"Claire","email":"c@example.fr"}])")
        << 422 << "[0].last_name is required";
}

void TestStoreRoutes::bodiesAreCheckedAgainstTheSpecs()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, named);
    StoreState state;
    state.addProduct(QStringLiteral("Pain"), QStringLiteral("A1"), 399, 0, 10);
    state.addOrder(11, QStringLiteral("alice@example.fr"), {{QStringLiteral("A1"), QStringLiteral("Pain"), 1}});
    StoreRoutes routes(state, QStringLiteral("demo"));
    const HttpAnswer answer = routes.route({method, QStringLiteral("/stores/demo/") + path, {}, {}, body});
    const QString title = QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("title")).toString();
    QVERIFY2(answer.status == status, qPrintable(QStringLiteral("%1: %2").arg(answer.status).arg(title)));
    QVERIFY2(title.contains(named), qPrintable(title));
}

void TestStoreRoutes::undeclaredQueryParametersAreRefused()
{
    StoreState state;
    StoreRoutes routes(state, QStringLiteral("demo"));
    const auto get = [&](const QString& path, const QHash<QString, QString>& query) {
        return routes.route({"GET", QStringLiteral("/stores/demo/") + path, query, {}, {}}).status;
    };
    // Declared by the reference files: answered.
    QCOMPARE(get(QStringLiteral("v3/inventory/items"), {{QStringLiteral("sku:in"), QStringLiteral("A1")}}), 200);
    QCOMPARE(get(QStringLiteral("v3/catalog/variants"), {{QStringLiteral("product_id:in"), QStringLiteral("100")}}),
             200);
    // Not declared, though a client might guess them: refused rather than answered unfiltered.
    QCOMPARE(get(QStringLiteral("v3/inventory/items"), {{QStringLiteral("sku"), QStringLiteral("A1")}}), 400);
    QCOMPARE(get(QStringLiteral("v3/catalog/variants"), {{QStringLiteral("sku:in"), QStringLiteral("A1,B2")}}), 400);
    QCOMPARE(get(QStringLiteral("v2/orders"), {{QStringLiteral("date_modified:min"), QStringLiteral("2026-01-01")}}),
             400);
    QCOMPARE(get(QStringLiteral("v2/orders/5000/products"), {{QStringLiteral("include"), QStringLiteral("lines")}}),
             400);
    QCOMPARE(get(QStringLiteral("v2/store"), {{QStringLiteral("page"), QStringLiteral("1")}}), 400);
}

QTEST_GUILESS_MAIN(TestStoreRoutes)
#include "TestStoreRoutes.moc"
