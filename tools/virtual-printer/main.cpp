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
    options.addOptions({port, out, paperFor, offline, coverOpen, emulation});
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
