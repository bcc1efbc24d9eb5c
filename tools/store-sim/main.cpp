// caisse-store-sim --port P [--faults]: an emulator of the BigCommerce API subset the register uses, on 127.0.0.1.
#include "StoreEmulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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
    options.addOptions({port, faults, products, store, token});
    options.process(app);

    StoreEmulator emulator(options.value(store), options.value(token));
    if (const int count = options.value(products).toInt(); count > 0)
        emulator.generateCatalog(count, 3, 100);
    if (options.isSet(faults))
        emulator.setRandomFaults(0.1, 7);
    if (!emulator.listen(static_cast<quint16>(options.value(port).toUInt()))) {
        std::fprintf(stderr, "caisse-store-sim: cannot listen on 127.0.0.1:%s\n", qPrintable(options.value(port)));
        return 2;
    }
    std::printf("caisse-store-sim: store %s on %s/stores/%s\n", qPrintable(emulator.storeHash()),
                qPrintable(emulator.baseUrl()), qPrintable(emulator.storeHash()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
