// The register as a process: a first start creates the demo store; a damaged database stops it with a sentence and
// is left exactly as it was.
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestStartup : public QObject
{
    Q_OBJECT

private slots:
    void firstStartCreatesTheDemoStore();
    void firstStartWithoutDemoWantsTheAssistant();
    void damagedDatabaseStopsTheRegisterAndIsKept();
    void helpWorksWithoutADisplay();
    void damagedSalesPageStopsTheRegisterAndIsKept();
    void journalCutShortStopsTheRegister();
    void emptyOrMissingDatabaseIsANewRegisterOnlyOnPurpose();
    void databaseOfAnEarlierVersionGetsItsEndMarkers();

private:
    static QProcess* startRegister(const QString& dataDir, QObject* parent, const QStringList& more = {});
    /** Starts the register on dataDir and waits for it to end; its exit code and what it wrote on stderr. */
    static std::pair<int, QString> runRegister(const QString& dataDir, const QStringList& more = {});
    /** Runs statements on the database with the guards of its journal dropped, as someone with sqlite3 could. */
    static bool tamper(const QString& path, const QStringList& statements);
    static QByteArray sha256Of(const QString& path);
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

QProcess* TestStartup::startRegister(const QString& dataDir, QObject* parent, const QStringList& more)
{
    auto* process = new QProcess(parent);
    process->start(QStringLiteral(CAISSE_BINARY),
                   QStringList {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--lang"),
                                QStringLiteral("en_GB"), QStringLiteral("--demo"), QStringLiteral("--report-startup")}
                       + more);
    return process;
}

std::pair<int, QString> TestStartup::runRegister(const QString& dataDir, const QStringList& more)
{
    QProcess process;
    process.start(QStringLiteral(CAISSE_BINARY),
                  QStringList {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--lang"), QStringLiteral("en_GB"),
                               QStringLiteral("--demo"), QStringLiteral("--report-startup")}
                      + more);
    if (!process.waitForFinished(60000))
        return {-1, QStringLiteral("did not end")};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

bool TestStartup::tamper(const QString& path, const QStringList& statements)
{
    bool done = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        done = db.open();
        QSqlQuery query(db);
        for (const QString& statement : statements)
            done = done && query.exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return done;
}

QByteArray TestStartup::sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void TestStartup::damagedSalesPageStopsTheRegisterAndIsKept()
{
    // A valid header, and 4 KiB of 0xFF over the root page of the tickets: opening reads only the header and schema.
    QTemporaryDir dir;
    QCOMPARE(runRegister(dir.path()).first, 0);
    const QString path = dir.filePath(QStringLiteral("caisse.db"));
    int rootPage = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'tickets'"))
                && query.next());
        rootPage = query.value(0).toInt();
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
        QCOMPARE(query.value(0).toInt(), 4096);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("look"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(qint64(rootPage - 1) * 4096));
        file.write(QByteArray(4096, '\xff'));
    }
    const QByteArray before = sha256Of(path);
    const auto [exitCode, message] = runRegister(dir.path());
    QVERIFY(exitCode != 0);
    QVERIFY2(message.contains(QStringLiteral("damaged (table tickets")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("call support")), qPrintable(message));
    QCOMPARE(sha256Of(path), before);
    QFile log(dir.filePath(QStringLiteral("caisse.db.integrity.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("table tickets"));
}

void TestStartup::journalCutShortStopsTheRegister()
{
    // Each start journals itself in the technical events' chain; its last record is deleted behind the register's back.
    QTemporaryDir dir;
    QCOMPARE(runRegister(dir.path()).first, 0);
    const QString path = dir.filePath(QStringLiteral("caisse.db"));
    QVERIFY(tamper(path,
                   {QStringLiteral("DROP TRIGGER journal_is_kept"),
                    QStringLiteral("DELETE FROM journal WHERE chain = 'R01-JET' AND seq = (SELECT MAX(seq) FROM "
                                   "journal WHERE chain = 'R01-JET')")}));
    const QByteArray before = sha256Of(path);
    const auto [exitCode, message] = runRegister(dir.path());
    QVERIFY(exitCode != 0);
    QVERIFY2(message.contains(QStringLiteral("Fiscal journal R01-JET, record")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("the records after")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Do not sell")), qPrintable(message));
    QCOMPARE(sha256Of(path), before);
}

void TestStartup::emptyOrMissingDatabaseIsANewRegisterOnlyOnPurpose()
{
    QTemporaryDir dir;
    QCOMPARE(runRegister(dir.path()).first, 0);
    const QString path = dir.filePath(QStringLiteral("caisse.db"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    }
    auto [exitCode, message] = runRegister(dir.path());
    QVERIFY(exitCode != 0);
    QVERIFY2(message.contains(QStringLiteral("is empty (0 bytes)")), qPrintable(message));
    QCOMPARE(QFileInfo(path).size(), 0);

    QVERIFY(QFile::remove(path));
    std::tie(exitCode, message) = runRegister(dir.path());
    QVERIFY(exitCode != 0);
    QVERIFY2(message.contains(QStringLiteral("has sold before")), qPrintable(message));
    QVERIFY(!QFile::exists(path));

    std::tie(exitCode, message) = runRegister(dir.path(), {QStringLiteral("--new-register")});
    QCOMPARE(exitCode, 0);
    QVERIFY(QFileInfo(path).size() > 0);
    QCOMPARE(runRegister(dir.path()).first, 0);
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

void TestStartup::firstStartWithoutDemoWantsTheAssistant()
{
    // Without --demo a new register is a real shop's: set up through the assistant, which needs a screen. Where none
    // can be shown the register says so and sells nothing; no demo data slips into the shop's database.
    QTemporaryDir dir;
    QProcess process;
    process.start(QStringLiteral(CAISSE_BINARY),
                  {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--lang"), QStringLiteral("en_GB"),
                   QStringLiteral("--report-startup")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QString said = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(said.contains(QStringLiteral("setup assistant")) && said.contains(QStringLiteral("--demo")),
             qPrintable(said));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("firstStart"));
    db.setDatabaseName(dir.filePath(QStringLiteral("caisse.db")));
    QVERIFY(db.open());
    QSqlQuery products(db);
    QVERIFY(products.exec(QStringLiteral("SELECT COUNT(*) FROM products")) && products.next());
    QCOMPARE(products.value(0).toInt(), 0);
    products.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("firstStart"));
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

void TestStartup::databaseOfAnEarlierVersionGetsItsEndMarkers()
{
    // Written by the version before the end markers (schema 12): it starts, and its chains get their markers.
    QTemporaryDir dir;
    QCOMPARE(runRegister(dir.path()).first, 0);
    const QString path = dir.filePath(QStringLiteral("caisse.db"));
    const QString marker = path + QStringLiteral(".end-R01-JET");
    QVERIFY(QFile::remove(marker));
    QVERIFY(
        tamper(path,
               {QStringLiteral("DROP TRIGGER catalog_search_variant_added"),
                QStringLiteral("CREATE TRIGGER catalog_search_variant_added AFTER INSERT ON variants BEGIN INSERT "
                               "INTO catalog_search(rowid, label, codes) SELECT variant_id, label, codes FROM "
                               "catalog_search_rows WHERE variant_id = NEW.id; END"),
                QStringLiteral("DROP TRIGGER catalog_search_barcode_added"),
                QStringLiteral("CREATE TRIGGER catalog_search_barcode_added AFTER INSERT ON barcodes BEGIN DELETE "
                               "FROM catalog_search WHERE rowid = NEW.variant_id; INSERT INTO catalog_search(rowid, "
                               "label, codes) SELECT variant_id, label, codes FROM catalog_search_rows WHERE "
                               "variant_id = NEW.variant_id; END"),
                QStringLiteral("DROP TABLE catalog_search_paused"),
                QStringLiteral("ALTER TABLE products DROP COLUMN net_content_unit"),
                QStringLiteral("ALTER TABLE products DROP COLUMN net_content_milli"),
                QStringLiteral("DROP INDEX tickets_by_register_time_totals"),
                QStringLiteral("CREATE INDEX tickets_by_register_time ON tickets(register_id, occurred_at)"),
                QStringLiteral("DROP TABLE stocktake_counts"),
                QStringLiteral("DROP TABLE stocktakes"),
                QStringLiteral("DROP TABLE reception_lines"),
                QStringLiteral("DROP TABLE receptions"),
                QStringLiteral("ALTER TABLE stock_movements DROP COLUMN operator"),
                QStringLiteral("ALTER TABLE stock_movements DROP COLUMN note"),
                QStringLiteral("ALTER TABLE stock_movements DROP COLUMN detail"),
                QStringLiteral("ALTER TABLE operators DROP COLUMN active"),
                QStringLiteral("DROP INDEX tickets_by_register_time"),
                QStringLiteral("DROP TABLE cash_movements"),
                QStringLiteral("DROP TABLE shifts"),
                QStringLiteral("DROP INDEX products_by_vat_rate"),
                QStringLiteral("DROP TABLE mail_outbox"),
                QStringLiteral("DROP TABLE customers"),
                QStringLiteral("DROP TABLE voucher_movements"),
                QStringLiteral("DROP TABLE vouchers"),
                QStringLiteral("DROP TRIGGER catalog_search_variant_added"),
                QStringLiteral("DROP TRIGGER catalog_search_variant_changed"),
                QStringLiteral("DROP TRIGGER catalog_search_product_changed"),
                QStringLiteral("DROP TRIGGER catalog_search_barcode_added"),
                QStringLiteral("DROP TRIGGER catalog_search_barcode_removed"),
                QStringLiteral("DROP TABLE catalog_search"),
                QStringLiteral("DROP VIEW catalog_search_rows"),
                QStringLiteral("ALTER TABLE store_links DROP COLUMN opening_refused"),
                QStringLiteral("DROP TABLE store_product_baseline"),
                QStringLiteral("ALTER TABLE store_orders DROP COLUMN stock_taken"),
                QStringLiteral("DROP TABLE store_tracking"),
                QStringLiteral("PRAGMA user_version = 12")}));
    const auto [exitCode, message] = runRegister(dir.path());
    QVERIFY2(exitCode == 0, qPrintable(message));
    QVERIFY(QFile::exists(marker));

    // At the current version, a missing marker is a fault.
    QVERIFY(QFile::remove(marker));
    const auto refused = runRegister(dir.path());
    QVERIFY(refused.first != 0);
    QVERIFY2(refused.second.contains(QStringLiteral("end marker")), qPrintable(refused.second));
}

QTEST_GUILESS_MAIN(TestStartup)
#include "TestStartup.moc"
