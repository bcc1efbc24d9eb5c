// The register as a process: a first start creates the demo store; a damaged database stops it with a sentence and
// is left exactly as it was.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestStartup : public QObject
{
    Q_OBJECT

private slots:
    void firstStartCreatesTheDemoStore();
    void damagedDatabaseStopsTheRegisterAndIsKept();
    void helpWorksWithoutADisplay();

private:
    static QProcess* startRegister(const QString& dataDir, QObject* parent);
};

void TestStartup::helpWorksWithoutADisplay()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& display :
         {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("QT_QPA_PLATFORM")})
        environment.remove(display);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CAISSE_BINARY), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(help.contains(QStringLiteral("--data-dir")), qPrintable(help));
}

QProcess* TestStartup::startRegister(const QString& dataDir, QObject* parent)
{
    auto* process = new QProcess(parent);
    process->start(QStringLiteral(CAISSE_BINARY),
                   {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--lang"), QStringLiteral("en_GB"),
                    QStringLiteral("--report-startup")});
    return process;
}

void TestStartup::firstStartCreatesTheDemoStore()
{
    QTemporaryDir dir;
    QProcess* process = startRegister(dir.path(), this);
    QVERIFY(process->waitForFinished(60000));
    QCOMPARE(process->exitCode(), 0);
    const QJsonObject report = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
    QVERIFY(report.value(QStringLiteral("scan_field_focused")).toBool());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("caisse.db"))));
}

void TestStartup::damagedDatabaseStopsTheRegisterAndIsKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caisse.db"));
    QByteArray damaged("SQLite format 3");
    damaged.append('\0');
    damaged.append(QByteArray(4096, '\x5a'));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(damaged);
    }
    QProcess* process = startRegister(dir.path(), this);
    QVERIFY(process->waitForFinished(60000));
    QVERIFY(process->exitCode() != 0);
    const QString message = QString::fromUtf8(process->readAllStandardError());
    QVERIFY2(message.contains(QStringLiteral("damaged")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("call support")), qPrintable(message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), damaged);
}

QTEST_GUILESS_MAIN(TestStartup)
#include "TestStartup.moc"
