// Operators, PINs and rights: checked in core, journaled as technical events.
#include "access/OperatorStore.h"
#include "demo/DemoStore.h"
#include "fiscal/TechnicalEvents.h"
#include "storage/Database.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caisse;

class TestOperators : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pinIsKeptOnlyAsASaltedSlowHash();
    void loginChecksThePinAndJournalsRefusals();
    void onlyAnAdministratorManagesOperators();
    void managerApprovesOneOperation();
    void wrongPinsSlowDownThenLockOut();
    void pinsLongerThanFourDigitsWork();
    void deactivationKeepsAnAdministratorAndTheirPin();

private:
    QList<int> eventCodes() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    test::ManualClock m_clock;
    std::unique_ptr<TechnicalEvents> m_events;
    std::unique_ptr<OperatorStore> m_operators;
};

void TestOperators::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("caisse.db"))).value();
    m_events = std::make_unique<TechnicalEvents>(*m_db, m_clock, QStringLiteral("R01"));
    m_operators = std::make_unique<OperatorStore>(*m_db, m_clock, *m_events);
    QVERIFY_RESULT(DemoStore::seedOperators(*m_operators));
}

void TestOperators::cleanup()
{
    m_operators.reset();
    m_events.reset();
    m_db.reset();
    m_dir.reset();
}

void TestOperators::deactivationKeepsAnAdministratorAndTheirPin()
{
    const Operator dominique {QStringLiteral("Dominique"), Role::Administrator, std::nullopt, {}};
    // The register always keeps an administrator, and nobody shuts themselves out.
    QCOMPARE(m_operators->setActive(QStringLiteral("Dominique"), false, dominique).error().code,
             Error::Code::BusinessRule);
    QCOMPARE(m_operators->setActive(QStringLiteral("Dominique"), false, test::manager(QStringLiteral("Camille")))
                 .error()
                 .code,
             Error::Code::Forbidden);
    QCOMPARE(m_operators->setActive(QStringLiteral("Nobody"), false, dominique).error().code, Error::Code::NotFound);
    // Camille becomes a manager and keeps her PIN; deactivated, her PIN no longer opens the register, nor approves.
    QVERIFY_RESULT(m_operators->save(QStringLiteral("Camille"), Role::Manager, QString(), dominique));
    QCOMPARE(m_operators->login(QStringLiteral("Camille"), QStringLiteral("1111")).value().role, Role::Manager);
    QVERIFY_RESULT(m_operators->setActive(QStringLiteral("Camille"), false, dominique));
    QCOMPARE(m_operators->login(QStringLiteral("Camille"), QStringLiteral("1111")).error().code,
             Error::Code::Forbidden);
    QVERIFY(
        !m_operators->approve(test::cashier(), Permission::Refund, QStringLiteral("Camille"), QStringLiteral("1111")));
    QCOMPARE(m_operators->list().value().size(), 1);
    QCOMPARE(m_operators->staff().value().size(), 2);
    // A new operator needs a PIN.
    QCOMPARE(m_operators->save(QStringLiteral("Lou"), Role::Cashier, QString(), dominique).error().code,
             Error::Code::InvalidInput);
}

QList<int> TestOperators::eventCodes() const
{
    QList<int> codes;
    for (const auto& [type, data] : test::journalRecords(*m_db, QStringLiteral("R01-JET")))
        if (type == QStringLiteral("EVENT"))
            codes << data.value(QStringLiteral("code")).toInt();
    return codes;
}

void TestOperators::pinIsKeptOnlyAsASaltedSlowHash()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT pin_hash FROM operators ORDER BY name")));
    QStringList hashes;
    while (query.next())
        hashes << query.value(0).toString();
    QCOMPARE(hashes.size(), 2);
    for (const QString& hash : hashes) {
        QVERIFY2(hash.startsWith(QStringLiteral("scrypt$32768$8$1$")), qPrintable(hash));
        QVERIFY(!hash.contains(QStringLiteral("1111")) && !hash.contains(QStringLiteral("2222")));
    }
    // The same PIN twice gives two hashes (each has its salt), both of which check.
    const QString first = OperatorStore::hashPin(QStringLiteral("1111"));
    const QString second = OperatorStore::hashPin(QStringLiteral("1111"));
    QVERIFY(first != second);
    QVERIFY(OperatorStore::pinMatches(QStringLiteral("1111"), first));
    QVERIFY(OperatorStore::pinMatches(QStringLiteral("1111"), second));
    QVERIFY(!OperatorStore::pinMatches(QStringLiteral("1112"), first));
}

void TestOperators::loginChecksThePinAndJournalsRefusals()
{
    const auto camille = m_operators->login(QStringLiteral("Camille"), QStringLiteral("1111"));
    QVERIFY_RESULT(camille);
    QCOMPARE(camille->role, Role::Cashier);
    QVERIFY(!camille->may(Permission::Refund));
    const auto wrong = m_operators->login(QStringLiteral("Camille"), QStringLiteral("1234"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, Error::Code::Forbidden);
    QVERIFY(!m_operators->login(QStringLiteral("Nobody"), QStringLiteral("1111")));
    // Two rights changes (the demo's operators), a login, two refusals.
    QCOMPARE(eventCodes(), (QList<int> {130, 130, 80, 1020, 1020}));
}

void TestOperators::onlyAnAdministratorManagesOperators()
{
    const Operator camille = m_operators->login(QStringLiteral("Camille"), QStringLiteral("1111")).value();
    const auto refused = m_operators->save(QStringLiteral("Eve"), Role::Administrator, QStringLiteral("9999"), camille);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
    QVERIFY(!m_operators->login(QStringLiteral("Eve"), QStringLiteral("9999")));

    const Operator owner = m_operators->login(QStringLiteral("Dominique"), QStringLiteral("2222")).value();
    QVERIFY_RESULT(m_operators->save(QStringLiteral("Camille"), Role::Manager, QStringLiteral("1111"), owner));
    QCOMPARE(m_operators->login(QStringLiteral("Camille"), QStringLiteral("1111"))->role, Role::Manager);
    QVERIFY(!m_operators->save(QStringLiteral("Short"), Role::Cashier, QStringLiteral("12"), owner));
}

void TestOperators::managerApprovesOneOperation()
{
    const Operator camille = m_operators->login(QStringLiteral("Camille"), QStringLiteral("1111")).value();
    QVERIFY(!m_operators->approve(camille, Permission::Refund, QStringLiteral("Dominique"), QStringLiteral("0000")));
    // A cashier cannot approve what a cashier may not do.
    QVERIFY(!m_operators->approve(camille, Permission::Refund, QStringLiteral("Camille"), QStringLiteral("1111")));
    const auto approved
        = m_operators->approve(camille, Permission::Refund, QStringLiteral("Dominique"), QStringLiteral("2222"));
    QVERIFY_RESULT(approved);
    QVERIFY(approved->may(Permission::Refund));
    QVERIFY(!approved->may(Permission::CloseDay));
    QCOMPARE(approved->approvedBy, QStringLiteral("Dominique"));
    QCOMPARE(eventCodes().last(), 130);
}

void TestOperators::wrongPinsSlowDownThenLockOut()
{
    const QString camille = QStringLiteral("Camille");
    const QString wrongPin = QStringLiteral("1234");
    for (int i = 0; i < OperatorStore::kFreeTries - 1; ++i)
        QCOMPARE(m_operators->login(camille, wrongPin).error().message, QStringLiteral("Wrong name or PIN."));
    auto refused = m_operators->login(camille, wrongPin);
    QVERIFY2(refused.error().message.contains(QStringLiteral("wait 30 second")), qPrintable(refused.error().message));
    // While waiting, even the right PIN is not checked.
    refused = m_operators->login(camille, QStringLiteral("1111"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Too many wrong PINs for Camille")),
             qPrintable(refused.error().message));
    m_clock.advance(30'000);
    QVERIFY_RESULT(m_operators->login(camille, QStringLiteral("1111")));

    // The right PIN starts the count again; kLockAfter wrong ones in a row lock Camille out, each wait waited out.
    for (int i = 0; i < OperatorStore::kLockAfter; ++i) {
        refused = m_operators->login(camille, wrongPin);
        QVERIFY(!refused);
        m_clock.advance(3'600'000);
    }
    QVERIFY2(refused.error().message.contains(QStringLiteral("Camille is now locked out")),
             qPrintable(refused.error().message));
    refused = m_operators->login(camille, QStringLiteral("1111"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("a manager must unlock them")),
             qPrintable(refused.error().message));
    const auto lockOut = test::journalRecords(*m_db, QStringLiteral("R01-JET"));
    QVERIFY(std::any_of(lockOut.cbegin(), lockOut.cend(), [](const auto& record) {
        return record.second.value(QStringLiteral("details")).toObject().value(QStringLiteral("locked_out")).toBool();
    }));

    // A cashier cannot lift it; the administrator can, and Camille is back.
    const Operator cashier = test::cashier();
    QCOMPARE(m_operators->unlock(camille, cashier).error().code, Error::Code::Forbidden);
    const Operator owner = m_operators->login(QStringLiteral("Dominique"), QStringLiteral("2222")).value();
    QVERIFY_RESULT(m_operators->unlock(camille, owner));
    QVERIFY_RESULT(m_operators->login(camille, QStringLiteral("1111")));
}

void TestOperators::pinsLongerThanFourDigitsWork()
{
    const Operator owner = m_operators->login(QStringLiteral("Dominique"), QStringLiteral("2222")).value();
    QVERIFY_RESULT(m_operators->save(QStringLiteral("Eve"), Role::Cashier, QStringLiteral("7391548206"), owner));
    QVERIFY(!m_operators->login(QStringLiteral("Eve"), QStringLiteral("7391")));
    QVERIFY_RESULT(m_operators->login(QStringLiteral("Eve"), QStringLiteral("7391548206")));
}

QTEST_GUILESS_MAIN(TestOperators)
#include "TestOperators.moc"
