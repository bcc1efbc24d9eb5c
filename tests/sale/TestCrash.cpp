#include "fiscal/Journal.h"
#include "fiscal/JournalVerifier.h"
#include "storage/Database.h"
#include "support/ResultCheck.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caisse;

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedRegisterLosesNoCommittedSale();
};

void TestCrash::killedRegisterLosesNoCommittedSale()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.db"));
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo() << "random seed" << seed;
    QRandomGenerator random(seed);
    QSet<qint64> printed;
    constexpr int kKills = 24;

    for (int round = 0; round < kKills; ++round) {
        QProcess child;
        child.start(QStringLiteral(CRASH_CHILD), {path});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        // Let it commit a random number of sales, then kill it wherever it is: between two sales, in the middle of one.
        const int wanted = 1 + static_cast<int>(random.bounded(15u));
        int seen = 0;
        QByteArray pending;
        while (seen < wanted) {
            QVERIFY2(child.waitForReadyRead(20000), child.readAllStandardError().constData());
            pending += child.readAllStandardOutput();
            while (pending.contains('\n')) {
                const qsizetype end = pending.indexOf('\n');
                printed.insert(pending.left(end).toLongLong());
                pending.remove(0, end + 1);
                ++seen;
            }
        }
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        pending += child.readAllStandardOutput();
        for (const QByteArray& line : pending.split('\n'))
            if (!line.isEmpty())
                printed.insert(line.toLongLong());
    }

    const auto db = Database::open(path);
    QVERIFY_RESULT(db);
    QSqlQuery query((*db)->connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT COUNT(*), COALESCE(MIN(number), 0), COALESCE(MAX(number), 0) FROM tickets")));
    QVERIFY(query.next());
    const qint64 count = query.value(0).toLongLong();
    QCOMPARE(query.value(1).toLongLong(), 1);
    QCOMPARE(query.value(2).toLongLong(), count); // numbering has no gap
    QVERIFY(printed.size() >= kKills);
    // Every ticket went into the fiscal journal with it, and no kill broke the chain.
    QCOMPARE(JournalVerifier::check(**db, QStringLiteral("R01")).value(), count + 1);

    for (const qint64 number : printed) {
        QVERIFY(
            query.exec(QStringLiteral("SELECT t.total_minor, (SELECT COUNT(*) FROM ticket_lines l WHERE l.ticket_id "
                                      "= t.id), (SELECT SUM(amount_minor) FROM payments p WHERE p.ticket_id = "
                                      "t.id), (SELECT COUNT(*) FROM ticket_vat v WHERE v.ticket_id = t.id) FROM "
                                      "tickets t WHERE t.number = %1")
                           .arg(number)));
        QVERIFY2(query.next(), qPrintable(QStringLiteral("ticket %1 was printed but is missing").arg(number)));
        QCOMPARE(query.value(0).toLongLong(), 399 * 2 + 1250 * 3);
        QCOMPARE(query.value(1).toInt(), 4); // the second scan of an article adds to its line only when it follows it
        QCOMPARE(query.value(2).toLongLong(), query.value(0).toLongLong());
        QCOMPARE(query.value(3).toInt(), 2);
    }
}

QTEST_GUILESS_MAIN(TestCrash)
#include "TestCrash.moc"
