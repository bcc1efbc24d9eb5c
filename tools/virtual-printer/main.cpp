// caisse-virtual-printer --port P --out DIR: an ESC/POS receipt printer on 127.0.0.1 that writes each receipt it
// receives as a PNG and its raw bytes into DIR.
#include "VirtualPrinter.h"

#include <QCommandLineParser>
#include <QGuiApplication>

#include <cstdio>

using namespace caisse;

int main(int argc, char* argv[])
{
    // Rendering needs fonts, not a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("caisse-virtual-printer"));
    QCommandLineParser options;
    options.setApplicationDescription(QStringLiteral(
        "A virtual ESC/POS receipt printer on 127.0.0.1: each receipt it receives becomes a PNG and a .bin in DIR."));
    options.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port (default 9100)."),
                                  QStringLiteral("P"), QStringLiteral("9100"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Folder for the receipts."),
                                 QStringLiteral("DIR"), QStringLiteral("."));
    const QCommandLineOption paperFor(QStringLiteral("paper-for"), QStringLiteral("Run out of paper after N receipts."),
                                      QStringLiteral("N"));
    const QCommandLineOption offline(QStringLiteral("offline"), QStringLiteral("Start offline (prints nothing)."));
    const QCommandLineOption coverOpen(QStringLiteral("cover-open"),
                                       QStringLiteral("Start with the cover open (prints nothing)."));
    const QCommandLineOption emulation(
        QStringLiteral("emulation"),
        QStringLiteral("The command set it is switched to: escpos (default), star (answers status questions in Star's "
                       "way) or silent (ignores them, as label printers do). Only escpos prints."),
        QStringLiteral("MODE"), QStringLiteral("escpos"));
    // A real drawer is pushed shut by the cashier: one that stayed open would say so on the counter for ever.
    const QCommandLineOption drawerShut(
        QStringLiteral("drawer-shut-after"),
        QStringLiteral("Seconds after each kick the drawer is pushed shut (default 4; 0: "
                       "it stays open)."),
        QStringLiteral("S"), QStringLiteral("4"));
    options.addOptions({port, out, paperFor, offline, coverOpen, emulation, drawerShut});
    options.process(app);
    const auto mode = VirtualPrinter::emulationByName(options.value(emulation));
    if (!mode) {
        std::fprintf(stderr, "caisse-virtual-printer: unknown emulation %s\n", qPrintable(options.value(emulation)));
        return 2;
    }

    VirtualPrinter printer(options.value(out));
    if (options.isSet(paperFor))
        printer.setPaperLeftForReceipts(options.value(paperFor).toInt());
    printer.setOffline(options.isSet(offline));
    printer.setCoverOpen(options.isSet(coverOpen));
    printer.setEmulation(*mode);
    printer.setDrawerShutAfterMs(options.value(drawerShut).toInt() * 1000);
    if (!printer.listen(static_cast<quint16>(options.value(port).toUInt()))) {
        std::fprintf(stderr, "caisse-virtual-printer: cannot listen on 127.0.0.1:%s\n",
                     qPrintable(options.value(port)));
        return 2;
    }
    QObject::connect(&printer, &VirtualPrinter::receiptPrinted, &printer, [&](int index) {
        std::printf("receipt %d printed into %s\n", index, qPrintable(options.value(out)));
        std::fflush(stdout);
    });
    std::printf("caisse-virtual-printer listening on 127.0.0.1:%u\n", printer.port());
    std::fflush(stdout);
    return QGuiApplication::exec();
}
