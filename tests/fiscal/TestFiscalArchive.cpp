// Monthly and yearly archives: readable and checkable without the register, tampering found.
#include "fiscal/FiscalArchive.h"
#include "sale/SaleStore.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace caisse;

class TestFiscalArchive : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void monthArchiveVerifiesOnItsOwn();
    void onlyClosedPeriodsAreArchivedOnceByAManager();
    void yearArchiveVerifies();
    void editedArchiveIsNamed_data();
    void editedArchiveIsNamed();

private:
    void sellAt(const char* isoTime);
    QString archive(const QString& period);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    test::ManualClock m_clock;
    std::optional<Ed25519Key> m_key;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<SaleStore> m_store;
};

void TestFiscalArchive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("caisse.db"))).value();
    test::addVectorsArticles(*m_db);
    m_key = Ed25519Key::generate().value();
    m_catalog = std::make_unique<Catalog>(*m_db);
    m_store = std::make_unique<SaleStore>(*m_db, m_clock, QStringLiteral("R01"), m_key);
    for (const char* time : {"2026-09-30T10:00:00.000Z", "2026-10-01T10:00:00.000Z", "2026-10-31T10:00:00.000Z",
                             "2026-11-02T10:00:00.000Z"})
        sellAt(time);
}

void TestFiscalArchive::cleanup()
{
    m_store.reset();
    m_catalog.reset();
    m_db.reset();
    m_dir.reset();
}

void TestFiscalArchive::sellAt(const char* isoTime)
{
    m_clock.set(QDateTime::fromString(QString::fromLatin1(isoTime), Qt::ISODateWithMs));
    QVERIFY_RESULT(m_store->commit(
        test::cashSale(*m_catalog, {QStringLiteral("4006381333931"), QStringLiteral("96385074")}), test::cashier()));
}

QString TestFiscalArchive::archive(const QString& period)
{
    FiscalArchive archives(*m_db, m_clock, QStringLiteral("R01"), m_store->technicalEvents(), *m_key);
    return archives.create(period, m_dir->filePath(QStringLiteral("archives")), test::manager()).value_or(QString());
}

void TestFiscalArchive::monthArchiveVerifiesOnItsOwn()
{
    const QString folder = archive(QStringLiteral("2026-10"));
    QVERIFY(!folder.isEmpty());
    for (const char* name : {"journal.jsonl", "signatures.csv", "tickets.csv", "closures.csv", "public_key.txt",
                             "manifest.json", "manifest.sig", "README.txt"})
        QVERIFY2(QFile::exists(QDir(folder).filePath(QString::fromLatin1(name))), name);

    const ChainReport report = FiscalArchive::verify(folder, JournalVerifier::Signatures::Every, m_key->publicKey());
    QVERIFY2(report.fault.isEmpty(), qPrintable(report.fault));
    // October: the two tickets, their two day closures and the month's, after September's closures.
    QFile tickets(QDir(folder).filePath(QStringLiteral("tickets.csv")));
    QVERIFY(tickets.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = tickets.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[1].startsWith("2,2026-10-01T10:00:00.000Z,cashier,16.49,14.20,2.29,CASH 16.49,,"), lines[1]);

    // Making the archive is itself journaled: an ARCHIVE record and technical event 20.
    const auto records = test::journalRecords(*m_db, QStringLiteral("R01"));
    QCOMPARE(records.last().first, QStringLiteral("ARCHIVE"));
    QCOMPARE(records.last().second.value(QStringLiteral("period")).toString(), QStringLiteral("2026-10"));
    QCOMPARE(test::journalRecords(*m_db, QStringLiteral("R01-JET")).last().second.value(QStringLiteral("code")).toInt(),
             20);
}

void TestFiscalArchive::onlyClosedPeriodsAreArchivedOnceByAManager()
{
    FiscalArchive archives(*m_db, m_clock, QStringLiteral("R01"), m_store->technicalEvents(), *m_key);
    const QString parent = m_dir->filePath(QStringLiteral("archives"));
    const auto refused = archives.create(QStringLiteral("2026-10"), parent, test::cashier());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
    const auto open = archives.create(QStringLiteral("2026-11"), parent, test::manager());
    QVERIFY(!open);
    QCOMPARE(open.error().code, Error::Code::NotFound);
    QVERIFY_RESULT(archives.create(QStringLiteral("2026-10"), parent, test::manager()));
    const auto again = archives.create(QStringLiteral("2026-10"), parent, test::manager());
    QVERIFY(!again);
    QVERIFY(again.error().message.contains(QStringLiteral("never written over")));
}

void TestFiscalArchive::yearArchiveVerifies()
{
    sellAt("2027-01-04T10:00:00.000Z");
    const QString folder = archive(QStringLiteral("2026"));
    QVERIFY(!folder.isEmpty());
    const ChainReport report = FiscalArchive::verify(folder, JournalVerifier::Signatures::Anchors);
    QVERIFY2(report.fault.isEmpty(), qPrintable(report.fault));
    QCOMPARE(test::journalRecords(*m_db, QStringLiteral("R01-JET")).last().second.value(QStringLiteral("code")).toInt(),
             30);
}

void TestFiscalArchive::editedArchiveIsNamed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("fault");
    // The register's chain: 0 GENESIS, 1 ticket of 30 September, 2-3 its day and month closures, 4 the ticket of
    // 1 October (the first record of October's archive), ...
    QTest::newRow("amount edited in the journal")
        << QStringLiteral("journal.jsonl") << QByteArray("\"total_ttc\":1649,\"total_tva\"")
        << QByteArray("\"total_ttc\":1049,\"total_tva\"") << QStringLiteral("its content does not match its hash");
    QTest::newRow("amount edited in a view") << QStringLiteral("tickets.csv") << QByteArray("16.49")
                                             << QByteArray("10.49") << QStringLiteral("file tickets.csv was changed");
    QTest::newRow("manifest edited") << QStringLiteral("manifest.json") << QByteArray("\"period\":\"2026-10\"")
                                     << QByteArray("\"period\":\"2026-12\"")
                                     << QStringLiteral("its manifest is not signed by the register's key");
}

void TestFiscalArchive::editedArchiveIsNamed()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, fault);
    const QString folder = archive(QStringLiteral("2026-10"));
    QFile edited(QDir(folder).filePath(file));
    QVERIFY(edited.open(QIODevice::ReadWrite));
    QByteArray bytes = edited.readAll();
    QVERIFY(bytes.contains(from));
    bytes.replace(bytes.indexOf(from), from.size(), to);
    edited.resize(0);
    edited.write(bytes);
    edited.close();
    const QString found = FiscalArchive::verify(folder, JournalVerifier::Signatures::Anchors).fault;
    QVERIFY2(found.contains(fault), qPrintable(found));
    if (file == QStringLiteral("journal.jsonl")) {
        // The record is named by its place in the register's chain.
        QVERIFY2(found.contains(QStringLiteral("record 4:")), qPrintable(found));
    }
}

QTEST_GUILESS_MAIN(TestFiscalArchive)
#include "TestFiscalArchive.moc"
