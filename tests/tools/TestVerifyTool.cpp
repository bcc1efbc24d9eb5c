// caisse-verify, as an auditor runs it: exit 0 on an intact journal, 1 naming the first bad record, 2 when unreadable.
#include "fiscal/FiscalArchive.h"
#include "sale/SaleStore.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caisse;

class TestVerifyTool : public QObject
{
    Q_OBJECT

private slots:
    void referenceVectorsVerify();
    void editedVectorIsNamed();
    void databaseAndArchive();
    void unreadablePath();
    void lastSaleDeletedEverywhereIsNamed();

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    static Run verify(const QStringList& arguments);
};

TestVerifyTool::Run TestVerifyTool::verify(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(CAISSE_VERIFY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
}

void TestVerifyTool::referenceVectorsVerify()
{
    const Run run = verify({QStringLiteral(POS_TEST_DATA_DIR "/fiscal/chain_vectors.json"),
                            QStringLiteral("--every-signature"), QStringLiteral("--public-key"),
                            QStringLiteral("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.output.contains(QStringLiteral("R01: 4 records, intact; last record 3, hash "
                                                "4da36c795b1e3595efd9f22c9f7a3b60591019d8e9d60c0d0e0b138d059b72d9")),
             qPrintable(run.output));
}

void TestVerifyTool::editedVectorIsNamed()
{
    QFile original(QStringLiteral(POS_TEST_DATA_DIR "/fiscal/chain_vectors.json"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QTemporaryDir dir;
    QFile edited(dir.filePath(QStringLiteral("edited.json")));
    QVERIFY(edited.open(QIODevice::WriteOnly));
    edited.write(original.readAll().replace("\\\"total_ttc\\\":2048", "\\\"total_ttc\\\":1048"));
    edited.close();
    const Run run = verify({edited.fileName()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.output.contains(QStringLiteral("R01: FAULT: Fiscal journal R01, record 1:")), qPrintable(run.output));
}

void TestVerifyTool::databaseAndArchive()
{
    QTemporaryDir dir;
    const auto key = Ed25519Key::generate().value();
    {
        auto db = Database::open(dir.filePath(QStringLiteral("caisse.db"))).value();
        test::addArticle(*db, QStringLiteral("A1"), 399, 5500, QStringLiteral("4006381333931"));
        Catalog catalog(*db);
        test::ManualClock clock;
        SaleStore store(*db, clock, QStringLiteral("R01"), key);
        for (const char* time : {"2026-10-30T10:00:00.000Z", "2026-10-31T10:00:00.000Z", "2026-11-02T10:00:00.000Z"}) {
            clock.set(QDateTime::fromString(QString::fromLatin1(time), Qt::ISODateWithMs));
            QVERIFY_RESULT(store.commit(test::cashSale(catalog, {QStringLiteral("4006381333931")}), test::cashier()));
        }
        FiscalArchive archives(*db, clock, QStringLiteral("R01"), store.technicalEvents(), key);
        QVERIFY_RESULT(archives.create(QStringLiteral("2026-10"), dir.path(), test::manager()));
    }
    const QString keyHex = QString::fromLatin1(key.publicKey().toHex());
    Run run = verify({dir.path(), QStringLiteral("--public-key"), keyHex});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.output.contains(QStringLiteral("R01: ")) && run.output.contains(QStringLiteral("R01-JET: ")),
             qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("R01: public key trusted ") + keyHex), qPrintable(run.output));
    run = verify({dir.filePath(QStringLiteral("caisse-archive-R01-2026-10")), QStringLiteral("--public-key"), keyHex});
    QCOMPARE(run.exitCode, 0);

    run = verify({dir.path(), QStringLiteral("--public-key"), QString(64, u'a')});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.output.contains(QStringLiteral("record 0: its public key")), qPrintable(run.output));

    {
        auto db = Database::open(dir.filePath(QStringLiteral("caisse.db"))).value();
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER journal_is_kept")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM journal WHERE chain = 'R01' AND seq = 3")));
    }
    run = verify({dir.filePath(QStringLiteral("caisse.db"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.output.contains(QStringLiteral("R01: FAULT: Fiscal journal R01, record 3: record missing")),
             qPrintable(run.output));
}

void TestVerifyTool::unreadablePath()
{
    QTemporaryDir dir;
    QCOMPARE(verify({dir.filePath(QStringLiteral("nothing.db"))}).exitCode, 2);
}

void TestVerifyTool::lastSaleDeletedEverywhereIsNamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caisse.db"));
    {
        auto db = Database::open(path).value();
        test::addArticle(*db, QStringLiteral("A1"), 399, 5500, QStringLiteral("4006381333931"));
        Catalog catalog(*db);
        test::ManualClock clock;
        SaleStore store(*db, clock, QStringLiteral("R01"), Ed25519Key::generate().value());
        for (int sale = 0; sale < 2; ++sale)
            QVERIFY_RESULT(store.commit(test::cashSale(catalog, {QStringLiteral("4006381333931")}), test::cashier()));
        QSqlQuery query(db->connection());
        for (const char* statement :
             {"PRAGMA foreign_keys = OFF", "DROP TRIGGER journal_is_kept", "DROP TRIGGER tickets_are_kept",
              "DROP TRIGGER ticket_lines_are_kept", "DROP TRIGGER ticket_vat_is_kept", "DROP TRIGGER payments_are_kept",
              "DROP TRIGGER stock_movements_are_kept",
              "DELETE FROM ticket_lines WHERE ticket_id = (SELECT id FROM tickets WHERE number = 2)",
              "DELETE FROM ticket_vat WHERE ticket_id = (SELECT id FROM tickets WHERE number = 2)",
              "DELETE FROM payments WHERE ticket_id = (SELECT id FROM tickets WHERE number = 2)",
              "DELETE FROM stock_movements WHERE ticket_uuid = (SELECT uuid FROM tickets WHERE number = 2)",
              "DELETE FROM journal WHERE chain = 'R01' AND seq = 2", "DELETE FROM tickets WHERE number = 2"})
            QVERIFY2(query.exec(QString::fromLatin1(statement)), statement);
    }
    const Run run = verify({path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.output.contains(QStringLiteral("R01: FAULT: Fiscal journal R01, record 2: missing: the register wrote "
                                                "the chain up to record 2")),
             qPrintable(run.output));
}

QTEST_GUILESS_MAIN(TestVerifyTool)
#include "TestVerifyTool.moc"
