// A secret handed over in the environment is taken once and leaves no trace other programs of the user can read.
#include "base/Environment.h"

#include <QFile>
#include <QTest>

using namespace caisse;

class TestEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void secretIsTakenAndScrubbed();
};

void TestEnvironment::secretIsTakenAndScrubbed()
{
    // CMake starts this test with the variable set, so that it is in the block the process started with.
    const QByteArray secret("token-4bd0c2e7-only-here");
    QVERIFY2(qgetenv("CAISSE_TEST_TOKEN") == secret, "run through ctest, which sets CAISSE_TEST_TOKEN");
    QCOMPARE(takeFromEnvironment("CAISSE_TEST_TOKEN"), secret);
    QVERIFY(!qEnvironmentVariableIsSet("CAISSE_TEST_TOKEN"));
    QFile environment(QStringLiteral("/proc/self/environ"));
    QVERIFY(environment.open(QIODevice::ReadOnly));
    QVERIFY(!environment.readAll().contains(secret));
}

QTEST_GUILESS_MAIN(TestEnvironment)
#include "TestEnvironment.moc"
