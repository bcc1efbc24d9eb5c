// Each kind of tampering with the fiscal journal is found and the first bad record named.
#include "fiscal/CanonicalJson.h"
#include "fiscal/Journal.h"
#include "fiscal/JournalEnd.h"
#include "fiscal/JournalVerifier.h"
#include "sale/SaleStore.h"
#include "storage/SecretStore.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
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
    void lastSaleDeletedEverywhereIsNamed();
    void salesTablesEditedAreNamed_data();
    void salesTablesEditedAreNamed();
    void unsignedRecordInASignedChainIsNamed();
    void strippedSignaturesAreRefused();

private:
    /** Journal R01: 0 GENESIS, 1-2 tickets of the 20th, 3 CLOSE_DAY, 4-6 tickets of the 21st. */
    static std::unique_ptr<Database> buildJournal(const QString& path, const Ed25519Key& key);
    QString firstFault(JournalVerifier::Signatures signatures = JournalVerifier::Signatures::Anchors,
                       const QByteArray& expectedKey = {});
    void dropGuards();
    /** Every guard of the sales tables and the journal, as someone with the file and sqlite3 can. */
    void dropAllGuards();
    void execAll(const QString& statements);

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

void TestJournalTampering::dropAllGuards()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")));
    QStringList triggers;
    while (query.next())
        triggers.append(query.value(0).toString());
    for (const QString& trigger : triggers)
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER ") + trigger));
}

void TestJournalTampering::execAll(const QString& statements)
{
    QSqlQuery query(m_db->connection());
    for (const QString& statement : statements.split(QStringLiteral("; ")))
        QVERIFY2(query.exec(statement), qPrintable(statement + u' ' + query.lastError().text()));
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

void TestJournalTampering::lastSaleDeletedEverywhereIsNamed()
{
    // The last sale goes with its lines, VAT, payments, stock movements and journal record: tables and journal agree,
    // the chain holds, and the next ticket would take its number again. The marker outside the database remembers.
    dropAllGuards();
    execAll(
        QStringLiteral("PRAGMA foreign_keys = OFF; DELETE FROM ticket_lines WHERE ticket_id = (SELECT id FROM tickets "
                       "WHERE number = 5); "
                       "DELETE FROM ticket_vat WHERE ticket_id = (SELECT id FROM tickets WHERE number = 5); "
                       "DELETE FROM payments WHERE ticket_id = (SELECT id FROM tickets WHERE number = 5); "
                       "DELETE FROM stock_movements WHERE ticket_uuid = (SELECT uuid FROM tickets WHERE number = 5); "
                       "DELETE FROM journal WHERE chain = 'R01' AND seq = 6; DELETE FROM tickets WHERE number = 5"));
    const QString expected = QStringLiteral("record 6: missing: the register wrote the chain up to record 6");
    for (const auto signatures : {JournalVerifier::Signatures::Anchors, JournalVerifier::Signatures::Every}) {
        const QString found = firstFault(signatures);
        QVERIFY2(found.contains(expected), qPrintable(found));
    }
    const auto tail = JournalVerifier::checkTail(*m_db, QStringLiteral("R01"));
    QVERIFY(!tail);
    QVERIFY2(tail.error().message.contains(expected), qPrintable(tail.error().message));

    // Without its marker the verifier says it cannot tell, and the start-up check refuses.
    QVERIFY(QFile::remove(JournalEnd::pathFor(m_db->path(), QStringLiteral("R01"))));
    const ChainReport report
        = JournalVerifier::verifyChain(*m_db, QStringLiteral("R01"), JournalVerifier::Signatures::Anchors);
    QCOMPARE(report.fault, QString());
    QVERIFY2(report.note.contains(QStringLiteral("end marker")), qPrintable(report.note));
    QVERIFY(!JournalVerifier::checkTail(*m_db, QStringLiteral("R01")));
}

void TestJournalTampering::salesTablesEditedAreNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("fault");
    QTest::newRow("line total") << QStringLiteral(
        "UPDATE ticket_lines SET total_minor = 300 WHERE line_no = 1 AND ticket_id = (SELECT id FROM tickets WHERE "
        "number = 2)")
                                << QStringLiteral(
                                       "record 2: ticket 2 in the sales tables is not what its signed record says "
                                       "(lines)");
    QTest::newRow("VAT row") << QStringLiteral(
        "UPDATE ticket_vat SET vat_minor = vat_minor - 1, base_minor = base_minor + 1 WHERE ticket_id = (SELECT id "
        "FROM tickets WHERE number = 3)")
                             << QStringLiteral("record 4: ticket 3 in the sales tables is not what its "
                                               "signed record says (vat)");
    QTest::newRow("payment method") << QStringLiteral(
        "UPDATE payments SET method = 'card' WHERE ticket_id = (SELECT id FROM tickets WHERE number = 4)")
                                    << QStringLiteral("record 5: ticket 4 in the sales tables is not what its signed "
                                                      "record says (payments)");
    QTest::newRow("ticket total") << QStringLiteral("UPDATE tickets SET total_minor = 1049 WHERE number = 1")
                                  << QStringLiteral("record 1: ticket 1 in the sales "
                                                    "tables is not what its signed "
                                                    "record says (total_ttc)");
    QTest::newRow("record of a ticket gone") << QStringLiteral("UPDATE tickets SET uuid = 'elsewhere' WHERE number = 2")
                                             << QStringLiteral("ticket 2 of the sales tables has no record");
    QTest::newRow("stock moved by no ticket") << QStringLiteral(
        "INSERT INTO stock_movements(uuid, variant_id, quantity_milli, reason, ticket_uuid, register_id, occurred_at) "
        "VALUES ('m1', 1, -1000, 'sale', 'no-such-ticket', 'R01', '2026-11-21T12:00:00.000Z')")
                                              << QStringLiteral("stock movement m1 was made by a ticket that is not "
                                                                "in the sales tables");
}

void TestJournalTampering::salesTablesEditedAreNamed()
{
    QFETCH(QString, sql);
    QFETCH(QString, fault);
    dropAllGuards();
    execAll(sql);
    const QString found = firstFault();
    QVERIFY2(found.contains(fault), qPrintable(found));
}

void TestJournalTampering::unsignedRecordInASignedChainIsNamed()
{
    dropGuards();
    execAll(QStringLiteral("UPDATE journal SET sig = NULL WHERE chain = 'R01' AND seq = 4"));
    for (const auto signatures : {JournalVerifier::Signatures::Anchors, JournalVerifier::Signatures::Every}) {
        const QString found = firstFault(signatures);
        QVERIFY2(found.contains(QStringLiteral("record 4: it is not signed, though its chain is")), qPrintable(found));
    }
}

void TestJournalTampering::strippedSignaturesAreRefused()
{
    // The whole chain written again without a key: no signature, GENESIS without its public key, hashes and links
    // recomputed. It holds together; the marker outside the database, the register's key and the report do not.
    dropGuards();
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT seq, payload, hash FROM journal WHERE chain = 'R01' ORDER BY seq")));
    QList<std::tuple<qint64, QByteArray, QString>> records;
    while (query.next())
        records.append({query.value(0).toLongLong(), query.value(1).toByteArray(), query.value(2).toString()});
    QString previous(64, u'0');
    // Closures name the hash of their last ticket: those follow the new hashes too.
    QHash<QString, QString> rehashed;
    for (auto [seq, original, oldHash] : records) {
        for (auto it = rehashed.cbegin(); it != rehashed.cend(); ++it)
            original.replace(it.key().toLatin1(), it.value().toLatin1());
        QJsonObject record = QJsonDocument::fromJson(original).object();
        if (seq == 0) {
            QJsonObject data = record.value(QStringLiteral("data")).toObject();
            data.insert(QStringLiteral("pubkey_ed25519"), QJsonValue::Null);
            record.insert(QStringLiteral("data"), data);
        }
        record.insert(QStringLiteral("prev"), previous);
        const QByteArray payload = CanonicalJson::serialize(record).value();
        previous = QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
        rehashed.insert(oldHash, previous);
        query.prepare(QStringLiteral("UPDATE journal SET payload = ?, hash = ?, sig = NULL WHERE chain = 'R01' AND "
                                     "seq = ?"));
        query.addBindValue(payload);
        query.addBindValue(previous);
        query.addBindValue(seq);
        QVERIFY(query.exec());
    }
    const ChainReport report
        = JournalVerifier::verifyChain(*m_db, QStringLiteral("R01"), JournalVerifier::Signatures::Every);
    QCOMPARE(report.publicKey, QString());
    QVERIFY2(report.fault.contains(QStringLiteral("is not signed, but its end marker is")), qPrintable(report.fault));
    QVERIFY(!JournalVerifier::checkTail(*m_db, QStringLiteral("R01")));

    // The register holding its key refuses to append to it, even with the marker gone.
    QVERIFY(QFile::remove(JournalEnd::pathFor(m_db->path(), QStringLiteral("R01"))));
    SecretStore secrets(*m_db, m_dir->path(), SecretStore::Backend::EncryptedFile);
    QVERIFY_RESULT(secrets.write(QStringLiteral("journal-signing-key-R01"), m_key->privateSeed()));
    const auto key = Journal::signingKey(*m_db, secrets, QStringLiteral("R01"));
    QVERIFY(!key);
    QCOMPARE(key.error().code, Error::Code::Corrupt);
    QVERIFY2(key.error().message.contains(QStringLiteral("its signatures were removed")),
             qPrintable(key.error().message));
}

QTEST_GUILESS_MAIN(TestJournalTampering)
#include "TestJournalTampering.moc"
