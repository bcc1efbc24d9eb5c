#include "base/RecordId.h"
#include "demo/DemoStore.h"
#include "fiscal/JournalVerifier.h"
#include "sale/SaleStore.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace caisse;

namespace {

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseIsAtTheLatestVersion();
    void upgradesAVersion1DatabaseKeepingItsSales();
    void upgradeKeepsTheFiscalJournalByteForByte();
    void refusesADatabaseFromANewerVersion();
    void refusesADamagedDatabaseWithoutTouchingIt();
    void committedSalesCannotBeChangedEvenInSql();
    void fullDiskLosesNothingAlreadyCommitted();
    void readOnlyDatabaseSaysSo();
    void folderThatCannotBeWrittenIsNamedAtStart();
    void onlyTheRegistersUserCanReadItsFiles();
    void unreadableSettingsAreNotReplacedByDefaults();
    void demoStoreIsARealisticFrenchShop();
    void recordIdsFollowTheOrderTheyAreMadeIn();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::freshDatabaseIsAtTheLatestVersion()
{
    const auto db = Database::open(m_dir.filePath(QStringLiteral("fresh.db")));
    QVERIFY_RESULT(db);
    QCOMPARE((*db)->version(), Database::latestVersion());
    QVERIFY(Database::latestVersion() >= 2);
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2); // FULL
}

void TestDatabase::upgradesAVersion1DatabaseKeepingItsSales()
{
    const QString path = m_dir.filePath(QStringLiteral("v1.db"));
    QVERIFY(QFile::copy(QStringLiteral(POS_TEST_DATA_DIR "/db/version1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const auto db = Database::open(path);
    QVERIFY_RESULT(db);
    QCOMPARE((*db)->version(), Database::latestVersion());

    test::ManualClock clock;
    SaleStore store(**db, clock, QStringLiteral("R01"));
    const auto first = store.loadByNumber(1);
    QVERIFY_RESULT(first);
    QCOMPARE(first->totals.totalMinor, 1250);
    QCOMPARE(first->ticket.payments().first().changeMinor, 750);
    // The new version's features work on the upgraded data: parking, and numbering that goes on from 1.
    Catalog catalog(**db);
    QCOMPARE(*catalog.stockLevelMilli(1), 4000);
    const Ticket sale = test::cashSale(catalog, {QStringLiteral("3760001000016")});
    Ticket unpaid;
    unpaid.addLine(sale.lines().first()).value();
    QVERIFY(store.park(unpaid, QStringLiteral("Client au rayon")));
    QCOMPARE(store.commit(sale, test::manager(QStringLiteral("op1")))->number, 2);
}

void TestDatabase::upgradeKeepsTheFiscalJournalByteForByte()
{
    // A version-3 register (58 sales journaled, the journal then a WITHOUT ROWID table) moves to today's schema.
    const QString path = m_dir.filePath(QStringLiteral("v3.db"));
    QVERIFY(QFile::copy(QStringLiteral(POS_TEST_DATA_DIR "/db/version3-journal.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const auto records = [](Database& database) {
        QSqlQuery query(database.connection());
        query.exec(QStringLiteral("SELECT chain, seq, payload, hash, sig FROM journal ORDER BY chain, seq"));
        QList<QVariantList> rows;
        while (query.next())
            rows.append({query.value(0), query.value(1), query.value(2), query.value(3), query.value(4)});
        return rows;
    };
    QList<QVariantList> before;
    {
        const auto old = Database::open(path, Database::Access::ReadOnly);
        QVERIFY_RESULT(old);
        QCOMPARE((*old)->version(), 3);
        before = records(**old);
    }
    QCOMPARE(before.size(), 59);
    const auto db = Database::open(path);
    QVERIFY_RESULT(db);
    QCOMPARE((*db)->version(), Database::latestVersion());
    QCOMPARE(records(**db), before);
    QCOMPARE(JournalVerifier::check(**db, QStringLiteral("R01")).value(), 59);
    QSqlQuery query((*db)->connection());
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM journal WHERE seq = 58")));

    // Journaling goes on from there.
    test::ManualClock clock;
    SaleStore store(**db, clock, QStringLiteral("R01"));
    Catalog catalog(**db);
    QVERIFY_RESULT(store.commit(test::cashSale(catalog, {QStringLiteral("4006381333931")}), test::cashier()));
    const ChainReport report
        = JournalVerifier::verifyChain(**db, QStringLiteral("R01"), JournalVerifier::Signatures::Every);
    QVERIFY2(report.fault.isEmpty(), qPrintable(report.fault));
    QVERIFY(report.records >= 60);
}

void TestDatabase::refusesADatabaseFromANewerVersion()
{
    const QString path = m_dir.filePath(QStringLiteral("future.db"));
    {
        const auto db = Database::open(path);
        QVERIFY(db);
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    const QByteArray before = sha256Of(path);
    const auto reopened = Database::open(path);
    QVERIFY(!reopened);
    QCOMPARE(reopened.error().code, Error::Code::TooNew);
    QVERIFY(reopened.error().message.contains(QStringLiteral("newer version")));
    QCOMPARE(sha256Of(path), before);
}

void TestDatabase::refusesADamagedDatabaseWithoutTouchingIt()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.db"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("This was a sales database before a disk failure.").repeated(100));
    }
    const QByteArray before = sha256Of(path);
    const auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::Corrupt);
    QVERIFY(db.error().message.contains(QStringLiteral("damaged")));
    QCOMPARE(sha256Of(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
}

void TestDatabase::committedSalesCannotBeChangedEvenInSql()
{
    const auto db = Database::open(m_dir.filePath(QStringLiteral("immutable.db")));
    QVERIFY(db);
    test::addArticle(**db, QStringLiteral("A1"), 399, 5500, QStringLiteral("4006381333931"));
    test::ManualClock clock;
    Catalog catalog(**db);
    SaleStore store(**db, clock, QStringLiteral("R01"));
    QVERIFY(
        store.commit(test::cashSale(catalog, {QStringLiteral("4006381333931")}), test::manager(QStringLiteral("op1"))));

    QSqlQuery query((*db)->connection());
    for (const char* sql : {"UPDATE tickets SET total_minor = 1", "DELETE FROM tickets",
                            "UPDATE ticket_lines SET "
                            "quantity_milli = 0",
                            "DELETE FROM ticket_lines", "UPDATE payments SET amount_minor = 0", "DELETE FROM payments",
                            "DELETE FROM ticket_vat",
                            "UPDATE stock_movements SET "
                            "quantity_milli = 0",
                            "DELETE FROM stock_movements"}) {
        QVERIFY2(!query.exec(QString::fromLatin1(sql)), sql);
    }
    QCOMPARE(store.loadByNumber(1)->totals.totalMinor, 399);
}

void TestDatabase::fullDiskLosesNothingAlreadyCommitted()
{
    const auto db = Database::open(m_dir.filePath(QStringLiteral("full.db")));
    QVERIFY(db);
    test::addArticle(**db, QStringLiteral("A1"), 399, 5500, QStringLiteral("4006381333931"));
    test::ManualClock clock;
    Catalog catalog(**db);
    SaleStore store(**db, clock, QStringLiteral("R01"));
    QVERIFY(
        store.commit(test::cashSale(catalog, {QStringLiteral("4006381333931")}), test::manager(QStringLiteral("op1"))));

    // SQLite's page limit stands in for a full disk: the next page it needs is refused with SQLITE_FULL.
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const int pages = query.value(0).toInt();
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    query.finish();

    Ticket big = test::cashSale(catalog, QStringList(200, QStringLiteral("4006381333931")));
    big.clearPayments();
    for (int i = 0; i < 150; ++i) {
        TicketLine line = big.lines().first();
        line.label = QString(2000, QChar(u'x')) + QString::number(i);
        big.addLine(line);
    }
    big.payCash(big.amountDueMinor());
    const auto refused = store.commit(big, test::manager(QStringLiteral("op1")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::StorageFull);
    QVERIFY(refused.error().message.contains(QStringLiteral("not recorded")));

    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM tickets")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(store.loadByNumber(1)->totals.totalMinor, 399);
}

void TestDatabase::readOnlyDatabaseSaysSo()
{
    const QString path = m_dir.filePath(QStringLiteral("readonly.db"));
    QVERIFY(Database::open(path));
    const auto db = Database::open(path, Database::Access::ReadOnly);
    QVERIFY(db);
    test::ManualClock clock;
    Ticket ticket;
    TicketLine line;
    line.unitPriceMinor = 100;
    line.vatRateMilliPercent = 20000;
    line.label = QStringLiteral("Service");
    ticket.addLine(line);
    ticket.payCash(100);
    const auto refused
        = SaleStore(**db, clock, QStringLiteral("R01")).commit(ticket, test::manager(QStringLiteral("op1")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::ReadOnly);
}

void TestDatabase::folderThatCannotBeWrittenIsNamedAtStart()
{
    // /proc takes no new file, not even from root: a data folder the register cannot write to, on any machine.
    const auto refused = Database::open(QStringLiteral("/proc/self/caisse.db"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::ReadOnly);
    QVERIFY2(refused.error().message.contains(QStringLiteral("data folder /proc/self cannot be written")),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("--data-dir")), qPrintable(refused.error().message));
    QVERIFY2(!refused.error().message.contains(QStringLiteral("sale was not recorded")),
             qPrintable(refused.error().message));
}

void TestDatabase::onlyTheRegistersUserCanReadItsFiles()
{
    const QString folder = m_dir.filePath(QStringLiteral("new-register"));
    const QString path = folder + QStringLiteral("/caisse.db");
    {
        const auto db = Database::open(path);
        QVERIFY_RESULT(db);
        test::addArticle(**db, QStringLiteral("A1"), 399, 5500, QStringLiteral("4006381333931"));
        constexpr auto kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        for (const QString& file : {folder, path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            QVERIFY2(!(QFile::permissions(file) & kOthers), qPrintable(file));
        }
    }
}

void TestDatabase::unreadableSettingsAreNotReplacedByDefaults()
{
    const auto db = Database::open(m_dir.filePath(QStringLiteral("settings.db")));
    QVERIFY(db);
    Settings settings(**db);
    QCOMPARE(settings.registerId().value(), QStringLiteral("R01")); // never set: the default register
    QVERIFY_RESULT(settings.setValue(QStringLiteral("register_id"), QStringLiteral("R07")));

    // The settings are lost behind the register's back: its identity is an error, not "R01" on another chain.
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(QStringLiteral("ALTER TABLE settings RENAME TO settings_elsewhere")));
    QVERIFY(!settings.registerId());
    const auto profile = settings.profile();
    QVERIFY(!profile);
    QVERIFY2(profile.error().message.contains(QStringLiteral("settings")), qPrintable(profile.error().message));
    QVERIFY(!settings.shop());
    QVERIFY(!settings.currency());
}

void TestDatabase::demoStoreIsARealisticFrenchShop()
{
    const auto db = Database::open(m_dir.filePath(QStringLiteral("demo.db")));
    QVERIFY(db);
    QVERIFY(DemoStore::isEmpty(**db));
    test::ManualClock clock;
    const auto products = DemoStore::seed(**db, clock);
    QVERIFY_RESULT(products);
    QVERIFY(*products >= 200);
    QVERIFY(!DemoStore::isEmpty(**db));

    QSqlQuery query((*db)->connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT COUNT(DISTINCT vat_rate_milli_percent), SUM(sold_by_weight), "
                                  "(SELECT COUNT(*) FROM variants), (SELECT COUNT(*) FROM products p WHERE "
                                  "(SELECT COUNT(*) FROM variants v WHERE v.product_id = p.id) > 1) FROM products")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toInt() >= 4);
    QVERIFY(query.value(1).toInt() >= 5);
    QVERIFY(query.value(2).toInt() > *products);
    QVERIFY(query.value(3).toInt() >= 5);
    QVERIFY(query.exec(QStringLiteral("SELECT lookup_key FROM barcodes")));
    while (query.next()) {
        const QString key = query.value(0).toString();
        QVERIFY2(key.size() == 14 && BarcodeParser::hasValidCheckDigit(key), qPrintable(key));
    }
    QCOMPARE(Settings(**db).shop()->name, QStringLiteral("Épicerie du Marché (démo)"));
}

// What keeps a large import's index writes sequential (RecordId.h): ids made one after the other sort in that order,
// even many within the same millisecond, and remain valid, distinct UUIDs.
void TestDatabase::recordIdsFollowTheOrderTheyAreMadeIn()
{
    QStringList ids;
    for (int i = 0; i < 20'000; ++i)
        ids << newRecordId();
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(sorted, ids);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    // Qt 6.4's QUuid::version() knows versions 1 to 5 only: the version and variant are read from the text.
    QVERIFY(!QUuid(ids.first()).isNull());
    QCOMPARE(ids.first().at(14), u'7');
    QVERIFY(QStringLiteral("89ab").contains(ids.first().at(19)));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
