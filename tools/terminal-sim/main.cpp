// caisse-terminal-sim --port P: a Caisse-AP payment terminal on 127.0.0.1 for the demo store and for trying the
// register's card payments without a terminal.
#include "TerminalEmulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace caisse;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("caisse-terminal-sim"));
    QCommandLineParser options;
    options.setApplicationDescription(QStringLiteral(
        "A Caisse-AP payment terminal emulator listening on 127.0.0.1. Each request is answered as the script says; "
        "the last behaviour of the script goes on for the requests after it."));
    options.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port (default 8888)."),
                                  QStringLiteral("P"), QStringLiteral("8888"));
    const QCommandLineOption script(
        QStringLiteral("script"),
        QStringLiteral("Comma-separated behaviours: approve, decline, abandon, card-timeout, forbid, drop-on-connect, "
                       "drop-before-charge, charge-then-drop, drop-mid-answer, charge-then-silence (default approve)."),
        QStringLiteral("LIST"), QStringLiteral("approve"));
    const QCommandLineOption delay(QStringLiteral("delay"),
                                   QStringLiteral("Milliseconds before each answer, as a customer typing a PIN."),
                                   QStringLiteral("MS"), QStringLiteral("1500"));
    options.addOptions({port, script, delay});
    options.process(app);

    QList<TerminalEmulator::Behaviour> behaviours;
    for (const QString& name : options.value(script).split(u',')) {
        const auto behaviour = TerminalEmulator::behaviourFromName(name.trimmed());
        if (!behaviour) {
            std::fprintf(stderr, "caisse-terminal-sim: unknown behaviour %s\n", qPrintable(name));
            return 2;
        }
        behaviours.append(*behaviour);
    }
    TerminalEmulator emulator;
    emulator.setScript(behaviours);
    emulator.setAnswerDelayMs(options.value(delay).toInt());
    if (!emulator.listen(static_cast<quint16>(options.value(port).toUInt()))) {
        std::fprintf(stderr, "caisse-terminal-sim: cannot listen on 127.0.0.1:%s\n", qPrintable(options.value(port)));
        return 2;
    }
    std::printf("caisse-terminal-sim listening on 127.0.0.1:%u\n", emulator.port());
    std::fflush(stdout);
    return QCoreApplication::exec();
}
