// Each kind of tampering with the fiscal journal is found and the first bad record named.
#include "fiscal/Journal.h"
#include "fiscal/JournalVerifier.h"
#include "sale/SaleStore.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caisse;

class TestJournalTampering : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void intactJournalVerifies();
    void tamperingIsNamed_data();
    void tamperingIsNamed();
    void recordRewrittenWithoutTheKeyIsNamed();
    void journalRewrittenWithAnotherKeyIsRefused();
    void closureThatDoesNotAddUpIsNamed();
    void grandTotalThatJumpsIsNamed();
    void clockSetBackIsRecordedNotHidden();

private:
    /** Journal R01: 0 GENESIS, 1-2 tickets of the 20th, 3 CLOSE_DAY, 4-6 tickets of the 21st. */
    static std::unique_ptr<Database> buildJournal(const QString& path, const Ed25519Key& key);
    QString firstFault(JournalVerifier::Signatures signatures = JournalVerifier::Signatures::Anchors,
                       const QByteArray& expectedKey = {});
    void dropGuards();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<Ed25519Key> m_key;
};

std::unique_ptr<Database> TestJournalTampering::buildJournal(const QString& path, const Ed25519Key& key)
{
    auto db = Database::open(path).value();
    test::addArticle(*db, QStringLiteral("A1"), 399, 5500, QStringLiteral("4006381333931"));
    test::addArticle(*db, QStringLiteral("B2"), 1250, 20000, QStringLiteral("96385074"));
    Catalog catalog(*db);
    test::ManualClock clock;
    SaleStore store(*db, clock, QStringLiteral("R01"), key);
    for (const char* time : {"2026-11-20T10:00:00.000Z", "2026-11-20T11:00:00.000Z", "2026-11-21T09:00:00.000Z",
                             "2026-11-21T10:00:00.000Z", "2026-11-21T11:00:00.000Z"}) {
        clock.set(QDateTime::fromString(QString::fromLatin1(time), Qt::ISODateWithMs));
        store
            .commit(test::cashSale(catalog, {QStringLiteral("4006381333931"), QStringLiteral("96385074")}),
                    test::cashier())
            .value();
    }
    return db;
}

void TestJournalTampering::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_key = Ed25519Key::generate().value();
    m_db = buildJournal(m_dir->filePath(QStringLiteral("caisse.db")), *m_key);
}

void TestJournalTampering::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestJournalTampering::firstFault(JournalVerifier::Signatures signatures, const QByteArray& expectedKey)
{
    return JournalVerifier::verifyChain(*m_db, QStringLiteral("R01"), signatures, expectedKey).fault;
}

void TestJournalTampering::dropGuards()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER journal_is_immutable")));
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER journal_is_kept")));
}

void TestJournalTampering::intactJournalVerifies()
{
    const auto reports = JournalVerifier::verifyDatabase(*m_db, JournalVerifier::Signatures::Every, m_key->publicKey());
    QVERIFY_RESULT(reports);
    QCOMPARE(reports->size(), 2); // R01 and R01-JET
    for (const ChainReport& report : *reports)
        QVERIFY2(report.fault.isEmpty(), qPrintable(report.fault));
    QCOMPARE(reports->first().records, 7);
    QCOMPARE(firstFault(), QString());

    // Without dropping the guards, the journal cannot be changed at all.
    QSqlQuery query(m_db->connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE journal SET ts_utc = ts_utc WHERE seq = 4")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM journal WHERE seq = 6")));
}

void TestJournalTampering::tamperingIsNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("fault");
    QTest::newRow("amount edited") << QStringLiteral(
        "UPDATE journal SET payload = CAST(replace(CAST(payload AS TEXT), '\"total_ttc\":1649', "
        "'\"total_ttc\":1049') AS BLOB) WHERE chain = 'R01' AND seq = 4")
                                   << QStringLiteral("record 4: its content does not match its hash");
    QTest::newRow("ticket deleted") << QStringLiteral("DELETE FROM journal WHERE chain = 'R01' AND seq = 4")
                                    << QStringLiteral("record 4: record missing (the next one is 5)");
    QTest::newRow("records reordered") << QStringLiteral(
        "UPDATE journal SET seq = 1000 WHERE chain = 'R01' AND seq = 4; "
        "UPDATE journal SET seq = 4 WHERE chain = 'R01' AND seq = 5; "
        "UPDATE journal SET seq = 5 WHERE chain = 'R01' AND seq = 1000")
                                       << QStringLiteral("record 4: it is not linked to the record before it");
    QTest::newRow("tail truncated") << QStringLiteral("DELETE FROM journal WHERE chain = 'R01' AND seq >= 5")
                                    << QStringLiteral("record 5: missing: the sales hold 5 tickets up to number 5, "
                                                      "the journal 3 up to number 3");
    QTest::newRow("closure deleted") << QStringLiteral("DELETE FROM journal WHERE chain = 'R01' AND seq = 3")
                                     << QStringLiteral("record 3: record missing");
}

void TestJournalTampering::tamperingIsNamed()
{
    QFETCH(QString, sql);
    QFETCH(QString, fault);
    dropGuards();
    QSqlQuery query(m_db->connection());
    for (const QString& statement : sql.split(QStringLiteral("; ")))
        QVERIFY2(query.exec(statement), qPrintable(statement));
    for (const auto signatures : {JournalVerifier::Signatures::Anchors, JournalVerifier::Signatures::Every}) {
        const QString found = firstFault(signatures);
        QVERIFY2(found.contains(fault), qPrintable(found));
    }
}

void TestJournalTampering::recordRewrittenWithoutTheKeyIsNamed()
{
    // Record 4 gets a lower amount, a matching hash and a signature, but not from the register's key.
    dropGuards();
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT payload FROM journal WHERE chain = 'R01' AND seq = 4")) && query.next());
    const QByteArray payload = query.value(0).toByteArray().replace("\"total_ttc\":1649", "\"total_ttc\":1049");
    const QByteArray hash = QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
    query.prepare(QStringLiteral("UPDATE journal SET payload = ?, hash = ?, sig = ? WHERE chain = 'R01' AND seq = 4"));
    query.addBindValue(payload);
    query.addBindValue(QString::fromLatin1(hash.toHex()));
    query.addBindValue(Ed25519Key::generate()->sign(hash).value());
    QVERIFY(query.exec());
    for (const auto signatures : {JournalVerifier::Signatures::Anchors, JournalVerifier::Signatures::Every}) {
        const QString found = firstFault(signatures);
        QVERIFY2(found.contains(QStringLiteral("record 4: its signature is not the register's")), qPrintable(found));
    }
}

void TestJournalTampering::journalRewrittenWithAnotherKeyIsRefused()
{
    // A whole journal written again with a new key holds together; the key printed on closures and archives does not
    // match it.
    const auto forger = Ed25519Key::generate().value();
    m_db = buildJournal(m_dir->filePath(QStringLiteral("forged.db")), forger);
    QCOMPARE(firstFault(), QString());
    const QString found = firstFault(JournalVerifier::Signatures::Anchors, m_key->publicKey());
    QVERIFY2(found.contains(QStringLiteral("record 0: its public key")), qPrintable(found));
}

void TestJournalTampering::closureThatDoesNotAddUpIsNamed()
{
    // Written with the register's own key (an insider): the chain holds, the sums do not.
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("insider.db"))).value();
    Journal journal(*db, QStringLiteral("R01"), m_key);
    const auto time = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    const QJsonObject ticket {{QStringLiteral("gt_perpetual"), 500},
                              {QStringLiteral("gt_perpetual_abs"), 500},
                              {QStringLiteral("no"), 1},
                              {QStringLiteral("payments"), QJsonArray {}},
                              {QStringLiteral("total_ht"), 474},
                              {QStringLiteral("total_ttc"), 500},
                              {QStringLiteral("total_tva"), 26},
                              {QStringLiteral("vat"),
                               QJsonArray {QJsonObject {{QStringLiteral("ht"), 474},
                                                        {QStringLiteral("rate_bp"), 550},
                                                        {QStringLiteral("ttc"), 500},
                                                        {QStringLiteral("tva"), 26}}}}};
    QVERIFY_RESULT(journal.append(RecordType::Ticket, ticket, time));
    PeriodTotals day;
    day.addTicket(TicketRecord::fromJson(ticket).value(), QStringLiteral("not the hash"));
    QVERIFY_RESULT(
        journal.append(RecordType::CloseDay, day.closure(QStringLiteral("2026-11-20"), 500, 500).toJson(), time));
    const QString found
        = JournalVerifier::verifyChain(*db, QStringLiteral("R01"), JournalVerifier::Signatures::Every).fault;
    QVERIFY2(found.contains(QStringLiteral("record 2: closure 2026-11-20 does not equal the sum of what it closes "
                                           "(last_ticket_hash)")),
             qPrintable(found));
}

void TestJournalTampering::grandTotalThatJumpsIsNamed()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("insider.db"))).value();
    Journal journal(*db, QStringLiteral("R01"), m_key);
    const auto time = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    for (qint64 number : {1, 2}) {
        const qint64 gt = number == 1 ? 500 : 900; // the second ticket of 500 should bring it to 1000
        QVERIFY_RESULT(journal.append(RecordType::Ticket,
                                      {{QStringLiteral("gt_perpetual"), gt},
                                       {QStringLiteral("gt_perpetual_abs"), gt},
                                       {QStringLiteral("no"), number},
                                       {QStringLiteral("total_ht"), 500},
                                       {QStringLiteral("total_ttc"), 500},
                                       {QStringLiteral("total_tva"), 0},
                                       {QStringLiteral("vat"),
                                        QJsonArray {QJsonObject {{QStringLiteral("ht"), 500},
                                                                 {QStringLiteral("rate_bp"), 0},
                                                                 {QStringLiteral("ttc"), 500},
                                                                 {QStringLiteral("tva"), 0}}}}},
                                      time));
    }
    const QString found
        = JournalVerifier::verifyChain(*db, QStringLiteral("R01"), JournalVerifier::Signatures::Every).fault;
    QVERIFY2(found.contains(QStringLiteral("record 2: the perpetual grand total after ticket 2 does not continue")),
             qPrintable(found));
}

void TestJournalTampering::clockSetBackIsRecordedNotHidden()
{
    // The shop's clock is put back an hour: the journal says so in a record of its own and stays verifiable.
    Catalog catalog(*m_db);
    test::ManualClock clock;
    clock.set(QDateTime::fromString(QStringLiteral("2026-11-21T10:30:00.000Z"), Qt::ISODateWithMs));
    SaleStore store(*m_db, clock, QStringLiteral("R01"), *m_key);
    QVERIFY_RESULT(store.commit(test::cashSale(catalog, {QStringLiteral("96385074")}), test::cashier()));
    const auto records = test::journalRecords(*m_db, QStringLiteral("R01"));
    QCOMPARE(records.at(7).first, QStringLiteral("CLOCK_BACK"));
    QCOMPARE(records.at(7).second.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-21T11:00:00.000Z"));
    QCOMPARE(records.at(8).first, QStringLiteral("TICKET"));
    QCOMPARE(firstFault(JournalVerifier::Signatures::Every), QString());

    // The same step back without its record is a fault.
    dropGuards();
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM journal WHERE chain = 'R01' AND seq = 7")));
    QVERIFY(firstFault().contains(QStringLiteral("record 7: record missing")));
}

QTEST_GUILESS_MAIN(TestJournalTampering)
#include "TestJournalTampering.moc"
