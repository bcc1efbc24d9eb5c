// A real shop's first start: the assistant on an empty data folder, then the first sale with what it set.
#include "VirtualPrinter.h"
#include "access/OperatorStore.h"
#include "base/SystemClock.h"
#include "counter/CounterWindow.h"
#include "demo/DemoStore.h"
#include "firststart/FirstStartWizard.h"
#include "fiscal/TechnicalEvents.h"
#include "storage/Database.h"
#include "storage/DatabaseWriter.h"
#include "storage/Settings.h"
#include "support/ResultCheck.h"
#include "terminal/CaisseApTerminal.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caisse;

class TestFirstStart : public QObject
{
    Q_OBJECT

private slots:
    void assistantSetsUpASwissShopThatSellsAtOnce();
};

namespace {

void type(QWizard& wizard, const char* name, const QString& text)
{
    auto* field = wizard.findChild<QLineEdit*>(QString::fromLatin1(name));
    QVERIFY2(field, name);
    field->clear();
    QTest::keyClicks(field, text);
}

void choose(QWizard& wizard, const char* name, const QString& text)
{
    auto* combo = wizard.findChild<QComboBox*>(QString::fromLatin1(name));
    QVERIFY2(combo, name);
    const int index = combo->findText(text, Qt::MatchStartsWith);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

} // namespace

void TestFirstStart::assistantSetsUpASwissShopThatSellsAtOnce()
{
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("caisse.db")));
    QVERIFY_RESULT(database);
    QVERIFY(DemoStore::isEmpty(**database));
    VirtualPrinter printer;
    QVERIFY(printer.listen());
    printer.setDrawerShutAfterMs(300);

    FirstStartWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    // The shop: in Switzerland, which sets francs, Swiss VAT and cash to 5 centimes.
    choose(wizard, "countryComboBox", QStringLiteral("Switzerland"));
    const QString country = wizard.findChild<QLabel*>(QStringLiteral("countryLabel"))->text();
    QVERIFY2(country.contains(QStringLiteral("CHF")) && country.contains(QStringLiteral("8.1")), qPrintable(country));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::ShopPage)); // no name yet: the shop page stays
    type(wizard, "shopNameLineEdit", QStringLiteral("Fromagerie du Lac"));
    type(wizard, "addressLineEdit", QStringLiteral("Rue du Port 4, 1003 Lausanne"));
    type(wizard, "companyNumberLineEdit", QStringLiteral("CHE-123.456.789"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::RegisterPage));

    // Its first administrator: a PIN typed differently twice is refused with the reason.
    type(wizard, "registerLineEdit", QStringLiteral("L1"));
    type(wizard, "administratorLineEdit", QStringLiteral("Sandrine"));
    type(wizard, "pinLineEdit", QStringLiteral("4821"));
    type(wizard, "pinAgainLineEdit", QStringLiteral("4812"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::RegisterPage));
    QVERIFY(
        wizard.findChild<QLabel*>(QStringLiteral("registerMessageLabel"))->text().contains(QStringLiteral("differ")));
    type(wizard, "pinAgainLineEdit", QStringLiteral("4821"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::PrinterPage));

    // The receipt printer on the shop's network.
    choose(wizard, "printerComboBox", QStringLiteral("Network printer"));
    type(wizard, "printerAddressLineEdit", QStringLiteral("127.0.0.1:%1").arg(printer.port()));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::CatalogPage));
    wizard.accept();
    QVERIFY_RESULT(wizard.apply(**database));

    Settings settings(**database);
    const auto profile = settings.profile();
    QVERIFY_RESULT(profile);
    QCOMPARE(profile->registerId, QStringLiteral("L1"));
    QCOMPARE(profile->currency.code(), QStringLiteral("CHF"));
    QCOMPARE(profile->cashRoundingStep, 5);
    QCOMPARE(settings.shop().value().name, QStringLiteral("Fromagerie du Lac"));
    QVERIFY(!DemoStore::isEmpty(**database));
    QVERIFY(!DemoStore::isDemo(**database));

    // The administrator, once the journal can record it, logs in with the PIN chosen.
    SystemClock clock;
    const Ed25519Key key = Ed25519Key::generate().value();
    TechnicalEvents events(**database, clock, profile->registerId, key);
    OperatorStore operators(**database, clock, events);
    QVERIFY_RESULT(ShopSetup::createAdministrator(operators, wizard.choices()));
    const auto administrator = operators.login(QStringLiteral("Sandrine"), QStringLiteral("4821"));
    QVERIFY_RESULT(administrator);
    QCOMPARE(operators.list().value().size(), 1);

    // The first sale, the catalog still empty: a cheese at 12.48 on the 2.6 % key, paid in cash (12.50).
    auto writer = DatabaseWriter::open((*database)->path());
    QVERIFY_RESULT(writer);
    CaisseApTerminal terminal {CaisseApSettings {}};
    CounterSession session(**database, **writer, clock, *profile, terminal,
                           QLocale(QLocale::French, QLocale::Switzerland), *administrator, key);
    CounterWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* reduced = window.findChild<QPushButton*>(QStringLiteral("miscellaneousPushButton2600"));
    QVERIFY(reduced);
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("scanLineEdit")), QStringLiteral("12,48"));
    QTest::mouseClick(reduced, Qt::LeftButton);
    QCOMPARE(session.ticket().lines().size(), 1);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("payCashPushButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT((*database)->integer(QStringLiteral("SELECT COUNT(*) FROM tickets")).value_or(0), 1,
                              5'000);
    QTRY_VERIFY_WITH_TIMEOUT(!session.recording(), 5'000);
    QSqlQuery stored((*database)->connection());
    QVERIFY(stored.exec(QStringLiteral("SELECT t.register_id, t.currency, t.total_minor, p.amount_minor FROM tickets t "
                                       "JOIN payments p ON p.ticket_id = t.id")));
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toString(), QStringLiteral("L1"));
    QCOMPARE(stored.value(1).toString(), QStringLiteral("CHF"));
    QCOMPARE(stored.value(2).toLongLong(), 1248);
    QCOMPARE(stored.value(3).toLongLong(), 1250);
    stored.finish();

    // The drawer opens through the printer chosen; the receipt prints there, with the shop's name.
    QTRY_COMPARE_WITH_TIMEOUT(printer.drawerKicks(), 1, 5'000);
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("printPushButton"))->isEnabled());
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("printPushButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(printer.receipts().size(), 1, 5'000);
    const QString receipt = printer.receipts().first().lines.join(u'\n');
    QVERIFY2(receipt.contains(QStringLiteral("Fromagerie du Lac")) && receipt.contains(QStringLiteral("CHF")),
             qPrintable(receipt));
}

QTEST_MAIN(TestFirstStart)
#include "TestFirstStart.moc"
