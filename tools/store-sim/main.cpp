// caisse-store-sim --port P [--faults]: an emulator of the BigCommerce API subset the register uses, on 127.0.0.1.
#include "StoreEmulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

using namespace caisse;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("caisse-store-sim"));
    QCommandLineParser options;
    options.setApplicationDescription(
        QStringLiteral("An emulator of the BigCommerce REST API subset the register uses, on 127.0.0.1."));
    options.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port (default 8700)."),
                                  QStringLiteral("P"), QStringLiteral("8700"));
    const QCommandLineOption faults(QStringLiteral("faults"),
                                    QStringLiteral("Inject faults in one request out of ten: 5xx before or after the "
                                                   "change, dropped connections before or after it, slow answers."));
    const QCommandLineOption products(QStringLiteral("products"),
                                      QStringLiteral("Generate N products with 3 variants each (default: the demo "
                                                     "catalog's online articles)."),
                                      QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption store(QStringLiteral("store-hash"), QStringLiteral("Store hash (default demo)."),
                                   QStringLiteral("HASH"), QStringLiteral("demo"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("API token (default demo-token)."),
                                   QStringLiteral("TOKEN"), QStringLiteral("demo-token"));
    const QCommandLineOption catalog(QStringLiteral("catalog"),
                                     QStringLiteral("Sell the articles of this catalog file (the register's demo "
                                                    "catalog.csv format) online too."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption demoOrders(
        QStringLiteral("demo-orders"),
        QStringLiteral("Once a register has connected (its first read of the orders), two customers order online: "
                       "one to be delivered, one to pick up in the shop."));
    options.addOptions({port, faults, products, store, token, catalog, demoOrders});
    options.process(app);

    StoreEmulator emulator(options.value(store), options.value(token));
    QList<StoreEmulator::OrderLine> onlineArticles;
    if (const int count = options.value(products).toInt(); count > 0)
        emulator.state().generateCatalog(count, 3, 100);
    if (options.isSet(catalog)) {
        QFile file(options.value(catalog));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            std::fprintf(stderr, "caisse-store-sim: cannot read %s\n", qPrintable(options.value(catalog)));
            return 2;
        }
        file.readLine(); // header: product_ref;name;category;vat;tracks_stock;by_weight;sku;option;price;barcode;stock
        while (!file.atEnd()) {
            const QStringList fields = QString::fromUtf8(file.readLine()).trimmed().split(u';');
            if (fields.size() >= 11 && fields[5] == u"0") {
                emulator.state().addProduct(fields[1], fields[6], fields[8].toLongLong(), 0,
                                            fields[10].toLongLong() / 1000, fields[9]);
                onlineArticles.append({fields[6], fields[1], 1});
            }
        }
    }
    if (options.isSet(demoOrders) && onlineArticles.size() >= 3) {
        // Orders placed before a register's first connection are its past, not taken in: these come just after.
        QObject::connect(
            &emulator, &StoreEmulator::served, &emulator, [&emulator, onlineArticles](const QString& request) {
                static bool placed = false;
                if (placed || request != u"GET v2/orders")
                    return;
                placed = true;
                QTimer::singleShot(2'000, &emulator, [&emulator, onlineArticles] {
                    constexpr int awaitingFulfillment = 11;
                    constexpr int awaitingPickup = 8;
                    const qint64 delivered
                        = emulator.state().addOrder(awaitingFulfillment, QStringLiteral("alice.durand@example.fr"),
                                                    {onlineArticles[0], onlineArticles[1]});
                    emulator.state().setOrderDetails(delivered, QStringLiteral("Alice"), QStringLiteral("Durand"), 690,
                                                     0);
                    const qint64 pickup
                        = emulator.state().addOrder(awaitingPickup, QStringLiteral("claire.martin@example.fr"),
                                                    {onlineArticles[2], onlineArticles[0]});
                    emulator.state().setOrderDetails(pickup, QStringLiteral("Claire"), QStringLiteral("Martin"), 0, 0);
                });
            });
    }
    if (options.isSet(faults))
        emulator.faults().setRandomFaults(0.1, 7);
    if (!emulator.listen(static_cast<quint16>(options.value(port).toUInt()))) {
        std::fprintf(stderr, "caisse-store-sim: cannot listen on 127.0.0.1:%s\n", qPrintable(options.value(port)));
        return 2;
    }
    std::printf("caisse-store-sim: store %s on %s/stores/%s\n", qPrintable(emulator.storeHash()),
                qPrintable(emulator.baseUrl()), qPrintable(emulator.storeHash()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
