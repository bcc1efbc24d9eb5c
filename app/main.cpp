#include "access/OperatorStore.h"
#include "base/Environment.h"
#include "base/Localization.h"
#include "base/SystemClock.h"
#include "counter/CounterWindow.h"
#include "counter/LoginDialog.h"
#include "demo/DemoStore.h"
#include "firststart/FirstStartWizard.h"
#include "fiscal/Journal.h"
#include "fiscal/StartupCheck.h"
#include "fiscal/TechnicalEvents.h"
#include "mail/MailOutbox.h"
#include "manager/StoreSettingsDialog.h"
#include "storage/Database.h"
#include "storage/DatabaseWriter.h"
#include "storage/SecretStore.h"
#include "storage/Settings.h"
#include "storesync/StoreSettings.h"
#include "storesync/SyncWorker.h"
#include "terminal/CaisseApTerminal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace caisse;

namespace {

// Resident memory of this process, for the benchmark's report; Linux only, 0 elsewhere.
qint64 residentKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

int refuseToStart(const QString& message)
{
    std::fprintf(stderr, "caisse: %s\n", qPrintable(message));
    const QString platform = QGuiApplication::platformName();
    if (platform != QStringLiteral("offscreen") && platform != QStringLiteral("minimal"))
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Caisse cannot start"), message);
    return 2;
}

/** --help and --version print text and quit: they must work on a machine with no display (a technician's SSH). */
bool asksOnlyForText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Out of the environment before anything else runs: other programs of this user can read it for the whole run.
    const QByteArray token = takeFromEnvironment("CAISSE_STORE_TOKEN");
    const std::unique_ptr<QCoreApplication> app = asksOnlyForText(argc, argv)
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QApplication::setApplicationName(QStringLiteral("caisse"));
    QApplication::setApplicationDisplayName(QStringLiteral("Caisse"));
    QApplication::setApplicationVersion(QStringLiteral(CAISSE_VERSION));

    QCommandLineParser options;
    options.setApplicationDescription(QStringLiteral("Caisse, an in-store point-of-sale register"));
    options.addHelpOption();
    options.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Folder of the register's database (default: the user's data folder)."), QStringLiteral("DIR"),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption language(
        QStringLiteral("lang"), QStringLiteral("Language and formats, such as fr_FR or en_GB (default: the system's)."),
        QStringLiteral("LOCALE"));
    const QCommandLineOption reportStartup(
        QStringLiteral("report-startup"),
        QStringLiteral(
            "Print start-up time and memory as JSON once the scan field has the focus, then quit (benchmark)."));
    const QCommandLineOption training(
        QStringLiteral("training"),
        QStringLiteral("Training mode: tickets are numbered and journaled apart, move no stock, and their receipts say "
                       "they are not valid."));
    const QCommandLineOption printer(
        QStringLiteral("printer"),
        QStringLiteral("Use the ESC/POS receipt printer at HOST:PORT (kept in the register's settings; empty: none)."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption paymentTerminal(
        QStringLiteral("terminal"),
        QStringLiteral("Use the Caisse-AP payment terminal at HOST:PORT (kept in the register's settings)."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption storeUrl(
        QStringLiteral("store-url"),
        QStringLiteral("Sync with the online store whose API is at URL (https://api.bigcommerce.com, or an emulator), "
                       "store hash given by --store-hash; the API token is read once from the environment variable "
                       "CAISSE_STORE_TOKEN and kept in the keychain (kept in the register's settings)."),
        QStringLiteral("URL"));
    const QCommandLineOption storeHash(QStringLiteral("store-hash"), QStringLiteral("The online store's hash."),
                                       QStringLiteral("HASH"));
    const QCommandLineOption newRegister(
        QStringLiteral("new-register"),
        QStringLiteral("Make this computer a new register when its database is missing or empty (0 bytes), instead of "
                       "refusing to start: the old journal's end markers are kept aside, renamed."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("On an empty data folder, open the demo shop (its catalog and operators) instead of the setup "
                       "assistant."));
    options.addOptions(
        {dataDir, language, reportStartup, training, printer, paymentTerminal, storeUrl, storeHash, newRegister, demo});
    options.process(*app);

    const QLocale locale = options.isSet(language) ? QLocale(options.value(language)) : QLocale::system();
    installTranslations(locale);

    const QString path = QDir(options.value(dataDir)).filePath(QStringLiteral("caisse.db"));
    if (auto checked = StartupCheck::run(
            path, options.isSet(newRegister) ? StartupCheck::Start::NewRegister : StartupCheck::Start::AsBefore);
        !checked)
        return refuseToStart(checked.error().message);
    auto database = Database::open(path);
    if (!database)
        return refuseToStart(database.error().message + u'\n' + path);
    SystemClock clock;
    // A register's first start: the demo shop on request, otherwise the assistant that sets up a real one.
    std::unique_ptr<FirstStartWizard> firstStart;
    if (DemoStore::isEmpty(**database)) {
        if (options.isSet(demo)) {
            if (auto seeded = DemoStore::seed(**database, clock); !seeded)
                return refuseToStart(seeded.error().message);
        } else if (options.isSet(reportStartup)) {
            return refuseToStart(QCoreApplication::translate(
                "main",
                "This register is not set up yet: start it on a screen to run the setup assistant, or with "
                "--demo for the demo shop."));
        } else {
            firstStart = std::make_unique<FirstStartWizard>();
            if (firstStart->exec() != QDialog::Accepted)
                return 0;
            if (auto applied = firstStart->apply(**database); !applied)
                return refuseToStart(applied.error().message);
        }
    }

    // Devices are configured per register, in its database: an option here changes that configuration.
    for (const auto& [option, prefix] :
         {std::pair {&printer, QStringLiteral("printer")}, std::pair {&paymentTerminal, QStringLiteral("terminal")}}) {
        if (!options.isSet(*option))
            continue;
        const QStringList address = options.value(*option).split(u':');
        Settings deviceSettings(**database);
        auto saved = deviceSettings.setValue(prefix + QStringLiteral("_host"), address.value(0));
        if (saved && address.size() > 1)
            saved = deviceSettings.setValue(prefix + QStringLiteral("_port"), address.value(1));
        if (!saved)
            return refuseToStart(saved.error().message);
    }

    SecretStore secrets(**database, SecretStore::defaultWrappingKeyDir());
    StoreSettings storeSettings(**database, clock, secrets);
    if (options.isSet(storeUrl)) {
        StoreSettings::Values values = storeSettings.values();
        values.apiUrl = QUrl(options.value(storeUrl));
        values.storeHash = options.value(storeHash);
        // The token goes to the keychain (or encrypted at rest), never to the settings nor the command line.
        auto saved = token.isEmpty() ? Result<void>() : storeSettings.saveToken(token);
        if (saved)
            saved = storeSettings.connect(values);
        if (!saved)
            return refuseToStart(saved.error().message);
    }
    const auto profile = Settings(**database).profile();
    if (!profile)
        return refuseToStart(profile.error().message);
    const QString registerId = profile->registerId;
    auto journalKey = Journal::signingKey(**database, secrets, registerId);
    if (!journalKey)
        return refuseToStart(journalKey.error().message);
    TechnicalEvents events(**database, clock, registerId, *journalKey);
    if (auto started = events.recordStartup(QStringLiteral("system")); !started)
        return refuseToStart(started.error().message);
    OperatorStore operators(**database, clock, events);
    // The first administrator once the journal can record them; the demo's operators only in the demo shop.
    if (auto seeded = firstStart            ? ShopSetup::createAdministrator(operators, firstStart->choices())
            : DemoStore::isDemo(**database) ? DemoStore::seedOperators(operators)
                                            : Result<void>();
        !seeded)
        return refuseToStart(seeded.error().message);

    // Sales, closures and PIN checks run on a thread of their own, so that the window never waits on the disk.
    auto writer = DatabaseWriter::open(path);
    if (!writer)
        return refuseToStart(writer.error().message + u'\n' + path);

    std::optional<Operator> cashier;
    if (options.isSet(reportStartup)) {
        // The benchmark measures the way to the scan field and quits at once: no one to log in.
        cashier = Operator {QStringLiteral("benchmark"), Role::Cashier, std::nullopt, {}};
    } else {
        QString prompt = QCoreApplication::translate("main", "Who is at the register?");
        if (DemoStore::isDemo(**database))
            prompt += u'\n' + DemoStore::loginHint();
        LoginDialog login(QCoreApplication::translate("main", "Caisse"), prompt,
                          operators.list().value_or(QList<Operator>()), [&](const QString& name, const QString& pin) {
                              return (*writer)->run<Result<Operator>>(
                                  [&clock, registerId, key = *journalKey, name, pin](Database& connection) {
                                      TechnicalEvents journal(connection, clock, registerId, key);
                                      return OperatorStore(connection, clock, journal).login(name, pin);
                                  });
                          });
        if (login.exec() != QDialog::Accepted)
            return 0;
        cashier = login.result();
    }

    const Settings settings(**database);
    CaisseApSettings terminalSettings;
    terminalSettings.host = settings.value(QStringLiteral("terminal_host"), terminalSettings.host);
    terminalSettings.port = static_cast<quint16>(
        settings.value(QStringLiteral("terminal_port"), QString::number(terminalSettings.port)).toUInt());
    CaisseApTerminal terminal(terminalSettings);
    CounterSession session(**database, **writer, clock, *profile, terminal, locale, *cashier, *journalKey,
                           options.isSet(training) ? SaleStore::Mode::Training : SaleStore::Mode::Live);
    CounterWindow window(session);
    window.show();
    window.activateWindow();

    // Receipts by e-mail leave through the shop's mail server (settings smtp_url, smtp_from, smtp_user; the password
    // in the keychain as smtp_password), on a thread of their own, whenever it answers.
    std::unique_ptr<MailOutbox> mail;
    if (const Settings mailSettings(**database); !mailSettings.value(QStringLiteral("smtp_url")).isEmpty()) {
        const SmtpSettings smtp {
            QUrl(mailSettings.value(QStringLiteral("smtp_url"))), mailSettings.value(QStringLiteral("smtp_from")),
            mailSettings.value(QStringLiteral("smtp_user")),
            QString::fromUtf8(secrets.read(QStringLiteral("smtp_password")).value_or(QByteArray()))};
        mail = std::make_unique<MailOutbox>(path, clock, smtp);
        QObject::connect(&window, &CounterWindow::mailQueued, mail.get(), &MailOutbox::kick);
        mail->start();
    }

    // The store sync runs beside the counter, on its own thread, only while a store is connected.
    std::unique_ptr<SyncWorker> sync;
    const auto useStore = [&](const std::optional<StoreConnection>& store) {
        constexpr int kPollMs = 60'000;
        sync.reset();
        window.setStoreConnection(store);
        if (!store)
            return;
        sync = std::make_unique<SyncWorker>(path, clock, *store, registerId, kPollMs);
        QObject::connect(sync.get(), &SyncWorker::statusChanged, &window, &CounterWindow::showSyncStatus);
        QObject::connect(&window, &CounterWindow::ticketCommitted, sync.get(), &SyncWorker::kick);
        QObject::connect(&window, &CounterWindow::syncRequested, sync.get(), &SyncWorker::kick);
        sync->start();
    };
    if (!options.isSet(training) && !options.isSet(reportStartup)) {
        // Read once now, before the window takes events: later reads of the token answer from memory.
        storeSettings.hasToken();
        useStore(storeSettings.connection());
        QObject::connect(&window, &CounterWindow::storeSettingsRequested, &window, [&] {
            StoreSettingsDialog dialog(**database, **writer, clock, secrets, &window);
            QObject::connect(&dialog, &StoreSettingsDialog::connectionChanged, &window, useStore);
            dialog.exec();
        });
    }

    if (firstStart && firstStart->connectsOnlineStore())
        QTimer::singleShot(0, &window, [&window] { emit window.storeSettingsRequested(); });

    if (options.isSet(reportStartup)) {
        QTimer::singleShot(0, &window, [&] {
            const auto* scanField = window.findChild<QLineEdit*>(QStringLiteral("scanLineEdit"));
            // The widget that gets the keys once the window is active; offscreen, no window ever becomes active.
            const bool focused = scanField && window.focusWidget() == scanField;
            std::printf("{\"ready_ms\": %lld, \"rss_kib\": %lld, \"scan_field_focused\": %s}\n",
                        static_cast<long long>(sinceStart.elapsed()), static_cast<long long>(residentKib()),
                        focused ? "true" : "false");
            std::fflush(stdout);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
