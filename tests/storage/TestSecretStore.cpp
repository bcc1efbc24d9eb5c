#include "fiscal/Journal.h"
#include "fiscal/JournalVerifier.h"
#include "sale/SaleStore.h"
#include "storage/SecretStore.h"
#include "storage/Settings.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caisse;

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void withoutKeychainTheSecretIsEncryptedAtRest();
    void secretNeedsItsKeyFileAndItsName();
    void journalIsSignedWithTheRegistersKey();
    void lostKeyIsNeverReplacedSilently();
    void keyThatDoesNotMatchTheJournalStopsTheRegister();

private:
    /** Makes the register's key and journals one sale signed with it. */
    void sellWithTheRegistersKey(SecretStore& secrets);
    QString keyDir() const { return m_dir->filePath(QStringLiteral("config")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSecretStore::init()
{
    // No session bus, as on CI and on a till without a desktop keyring: the system keychain is not there.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("caisse.db"))).value();
}

void TestSecretStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSecretStore::withoutKeychainTheSecretIsEncryptedAtRest()
{
    const QByteArray secret("store-api-token-5f2b9c81d7e4a6");
    SecretStore store(*m_db, keyDir());
    QVERIFY_RESULT(store.write(QStringLiteral("bigcommerce-token"), secret));
    QCOMPARE(store.backend(), SecretStore::Backend::EncryptedFile);
    QCOMPARE(SecretStore(*m_db, keyDir()).read(QStringLiteral("bigcommerce-token")).value(), secret);

    QFile keyFile(QDir(keyDir()).filePath(QStringLiteral("secrets.key")));
    QCOMPARE(keyFile.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    // Nowhere in the database file, in any usual encoding.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    QFile database(m_db->path());
    QVERIFY(database.open(QIODevice::ReadOnly));
    const QByteArray content = database.readAll();
    for (const QByteArray& form : {secret, secret.toHex(), secret.toBase64()})
        QVERIFY(!content.contains(form));
}

void TestSecretStore::secretNeedsItsKeyFileAndItsName()
{
    SecretStore store(*m_db, keyDir());
    QVERIFY_RESULT(store.write(QStringLiteral("a"), QByteArray("first secret")));
    QCOMPARE(store.read(QStringLiteral("missing")).error().code, Error::Code::NotFound);

    // A sealed secret copied under another name does not open.
    Settings settings(*m_db);
    QVERIFY_RESULT(settings.setValue(QStringLiteral("secret:b"), settings.value(QStringLiteral("secret:a"))));
    QCOMPARE(store.read(QStringLiteral("b")).error().code, Error::Code::Corrupt);

    // The database alone, on another computer (another key file, or none), does not give it away.
    QCOMPARE(SecretStore(*m_db, m_dir->filePath(QStringLiteral("elsewhere"))).read(QStringLiteral("a")).error().code,
             Error::Code::NotFound);
    QFile::remove(QDir(keyDir()).filePath(QStringLiteral("secrets.key")));
    QVERIFY_RESULT(SecretStore(*m_db, keyDir()).write(QStringLiteral("c"), QByteArray("x")));
    const auto wrongKey = SecretStore(*m_db, keyDir()).read(QStringLiteral("a"));
    QVERIFY(!wrongKey);
    QCOMPARE(wrongKey.error().code, Error::Code::Corrupt);
}

void TestSecretStore::journalIsSignedWithTheRegistersKey()
{
    SecretStore secrets(*m_db, keyDir());
    const auto key = Journal::signingKey(*m_db, secrets, QStringLiteral("R01"));
    QVERIFY_RESULT(key);
    QCOMPARE(Journal::signingKey(*m_db, secrets, QStringLiteral("R01"))->publicKey(), key->publicKey());

    test::addArticle(*m_db, QStringLiteral("A1"), 399, 5500, QStringLiteral("4006381333931"));
    test::ManualClock clock;
    Catalog catalog(*m_db);
    SaleStore store(*m_db, clock, QStringLiteral("R01"), *key);
    for (int i = 0; i < 2; ++i)
        QVERIFY_RESULT(store.commit(test::cashSale(catalog, {QStringLiteral("4006381333931")}),
                                    test::manager(QStringLiteral("op"))));

    Journal journal(*m_db, QStringLiteral("R01"));
    QCOMPARE(journal.recordData(0)->value(QStringLiteral("pubkey_ed25519")).toString(),
             QString::fromLatin1(key->publicKey().toHex()));
    QCOMPARE(JournalVerifier::check(*m_db, QStringLiteral("R01")).value(), 3);

    // A record re-signed with another key (someone rebuilding the chain) is caught.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER journal_is_immutable")));
    query.prepare(QStringLiteral("UPDATE journal SET sig = ? WHERE seq = 2"));
    query.addBindValue(Ed25519Key::generate()->sign(QByteArray(32, 'x')).value());
    QVERIFY(query.exec());
    const auto verified = JournalVerifier::check(*m_db, QStringLiteral("R01"));
    QVERIFY(!verified);
    QVERIFY2(verified.error().message.contains(QStringLiteral("signature")), qPrintable(verified.error().message));
}

void TestSecretStore::sellWithTheRegistersKey(SecretStore& secrets)
{
    const auto key = Journal::signingKey(*m_db, secrets, QStringLiteral("R01"));
    QVERIFY_RESULT(key);
    test::addArticle(*m_db, QStringLiteral("A1"), 399, 5500, QStringLiteral("4006381333931"));
    test::ManualClock clock;
    Catalog catalog(*m_db);
    QVERIFY_RESULT(
        SaleStore(*m_db, clock, QStringLiteral("R01"), *key)
            .commit(test::cashSale(catalog, {QStringLiteral("4006381333931")}), test::manager(QStringLiteral("op"))));
}

void TestSecretStore::lostKeyIsNeverReplacedSilently()
{
    SecretStore secrets(*m_db, keyDir());
    sellWithTheRegistersKey(secrets);

    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM settings WHERE key LIKE 'secret:%'")));
    SecretStore afterRestart(*m_db, keyDir()); // a running register keeps the key it read in memory
    const auto lost = Journal::signingKey(*m_db, afterRestart, QStringLiteral("R01"));
    QVERIFY(!lost);
    QVERIFY2(lost.error().message.contains(QStringLiteral("missing")), qPrintable(lost.error().message));
}

void TestSecretStore::keyThatDoesNotMatchTheJournalStopsTheRegister()
{
    // The journal was started with one key; the secret store now holds another (a swapped key file and database).
    SecretStore secrets(*m_db, keyDir());
    sellWithTheRegistersKey(secrets);
    QVERIFY_RESULT(secrets.write(QStringLiteral("journal-signing-key-R01"), Ed25519Key::generate()->privateSeed()));
    const auto other = Journal::signingKey(*m_db, secrets, QStringLiteral("R01"));
    QVERIFY(!other);
    QCOMPARE(other.error().code, Error::Code::Corrupt);
    QVERIFY2(other.error().message.contains(QStringLiteral("another key")), qPrintable(other.error().message));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
