// The fiscal journal's building blocks reproduce the reference vectors byte for byte
// (tests/data/fiscal/chain_vectors.json, copied from ../shared/reference/fiscal/; RFC 8032 test key, tests only).
#include "fiscal/CanonicalJson.h"
#include "fiscal/Ed25519Key.h"
#include "fiscal/Journal.h"
#include "fiscal/JournalVerifier.h"
#include "sale/LineForScan.h"
#include "sale/SaleStore.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caisse;

class TestFiscalVectors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recordsHashAndSignAsTheVectors();
    void floatingPointIsRefused();
    void textIsNormalisedAndEscaped();
    void generatedKeySignsAndTamperingIsSeen();
    void saleAndRefundAreJournaledAsTheVectors();
    void editedJournalIsDetected();

private:
    QJsonObject m_vectors;
};

void TestFiscalVectors::initTestCase()
{
    QFile file(QStringLiteral(POS_TEST_DATA_DIR "/fiscal/chain_vectors.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_vectors = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(m_vectors.value(QStringLiteral("records")).toArray().size(), 4);
}

void TestFiscalVectors::recordsHashAndSignAsTheVectors()
{
    const auto key = Ed25519Key::fromPrivateSeed(
        QByteArray::fromHex(m_vectors.value(QStringLiteral("ed25519_sk_hex_TEST_ONLY")).toString().toLatin1()));
    QVERIFY_RESULT(key);
    const QByteArray publicKey = QByteArray::fromHex(m_vectors.value(QStringLiteral("pk_hex")).toString().toLatin1());
    QCOMPARE(key->publicKey(), publicKey);

    QString previous(64, u'0');
    for (const QJsonValue& value : m_vectors.value(QStringLiteral("records")).toArray()) {
        const QJsonObject vector = value.toObject();
        const QByteArray expected = vector.value(QStringLiteral("canonical_utf8")).toString().toUtf8();
        const QJsonObject record = QJsonDocument::fromJson(expected).object();
        QCOMPARE(record.value(QStringLiteral("prev")).toString(), previous);

        const auto bytes = CanonicalJson::serialize(record);
        QVERIFY_RESULT(bytes);
        QCOMPARE(*bytes, expected);
        const QByteArray hash = QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256);
        QCOMPARE(QString::fromLatin1(hash.toHex()), vector.value(QStringLiteral("sha256")).toString());
        const auto signature = key->sign(hash);
        QVERIFY_RESULT(signature);
        QCOMPARE(QString::fromLatin1(signature->toBase64()),
                 vector.value(QStringLiteral("ed25519_sig_b64")).toString());
        QVERIFY(Ed25519Key::verify(publicKey, hash, *signature));
        previous = QString::fromLatin1(hash.toHex());
    }
}

void TestFiscalVectors::floatingPointIsRefused()
{
    QVERIFY(!CanonicalJson::serialize(QJsonObject {{QStringLiteral("total"), 12.5}}));
    QVERIFY(!CanonicalJson::serialize(QJsonArray {1, QJsonArray {0.1}}));
    QCOMPARE(*CanonicalJson::serialize(QJsonObject {{QStringLiteral("total"), qint64(9007199254740993)}}),
             QByteArray("{\"total\":9007199254740993}"));
}

void TestFiscalVectors::textIsNormalisedAndEscaped()
{
    // "é" typed as e + combining accent hashes like the precomposed "é"; quotes and control characters are escaped.
    const QJsonObject record {{QStringLiteral("label"), QStringLiteral("Bol ce\u0301ramique \"XL\"\n")},
                              {QStringLiteral("a"), QJsonValue::Null}};
    QCOMPARE(*CanonicalJson::serialize(record),
             QByteArray("{\"a\":null,\"label\":\"Bol c\xc3\xa9ramique \\\"XL\\\"\\n\"}"));
}

void TestFiscalVectors::generatedKeySignsAndTamperingIsSeen()
{
    const auto key = Ed25519Key::generate();
    QVERIFY_RESULT(key);
    QCOMPARE(key->publicKey().size(), 32);
    QCOMPARE(key->privateSeed().size(), 32);
    const QByteArray message("ticket 42: 12,50 EUR");
    const auto signature = key->sign(message);
    QVERIFY_RESULT(signature);
    QVERIFY(Ed25519Key::verify(key->publicKey(), message, *signature));
    QVERIFY(!Ed25519Key::verify(key->publicKey(), QByteArray("ticket 42: 1,25 EUR"), *signature));
    QVERIFY(!Ed25519Key::verify(Ed25519Key::generate()->publicKey(), message, *signature));
    QVERIFY(!Ed25519Key::fromPrivateSeed(QByteArray(31, 'x')));
    QCOMPARE(Ed25519Key::fromPrivateSeed(key->privateSeed())->publicKey(), key->publicKey());
}

namespace {

QJsonObject vectorData(const QJsonObject& vectors, int seq)
{
    const QJsonObject vector = vectors.value(QStringLiteral("records")).toArray().at(seq).toObject();
    return QJsonDocument::fromJson(vector.value(QStringLiteral("canonical_utf8")).toString().toUtf8())
        .object()
        .value(QStringLiteral("data"))
        .toObject();
}

QJsonObject journalRecord(Database& database, qint64 seq)
{
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT payload FROM journal WHERE chain = 'R01' AND seq = %1").arg(seq));
    return query.next() ? QJsonDocument::fromJson(query.value(0).toByteArray()).object() : QJsonObject();
}

} // namespace

void TestFiscalVectors::saleAndRefundAreJournaledAsTheVectors()
{
    // The vectors' day: two breads at 3.99 (5.5 %) and a bowl at 12.50 (20 %), paid 20.48 in cash, then the bowl
    // brought back. The records' data must be the vectors' data (the chain differs from GENESIS on: other software).
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("caisse.db")));
    QVERIFY_RESULT(database);
    test::addVectorsArticles(**database);
    Catalog catalog(**database);
    test::ManualClock clock;
    clock.set(QDateTime::fromString(QStringLiteral("2025-03-14T09:26:53.589Z"), Qt::ISODateWithMs));
    SaleStore store(**database, clock, QStringLiteral("R01"));
    Ticket sale;
    const BarcodeParser parser;
    for (const char* code : {"4006381333931", "4006381333931", "96385074"})
        QVERIFY_RESULT(sale.addLine(lineForScan(catalog, QString::fromLatin1(code), parser, sale.currency()).value()));
    QVERIFY_RESULT(sale.payCash(2048));
    const auto committed = store.commit(sale, test::manager(QStringLiteral("op1")));
    QVERIFY_RESULT(committed);

    const QJsonObject first = journalRecord(**database, 1);
    QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("TICKET"));
    QCOMPARE(first.value(QStringLiteral("ts")).toString(), QStringLiteral("2025-03-14T09:26:53.589Z"));
    QCOMPARE(first.value(QStringLiteral("data")).toObject(), vectorData(m_vectors, 1));

    clock.set(QDateTime::fromString(QStringLiteral("2025-03-14T10:02:11.004Z"), Qt::ISODateWithMs));
    auto refund = store.prepareRefund(committed->uuid, {{2, 1000}});
    QVERIFY_RESULT(refund);
    QVERIFY_RESULT(refund->payCash(0));
    QVERIFY_RESULT(store.commit(*refund, test::manager(QStringLiteral("op1"))));
    QJsonObject second = journalRecord(**database, 2).value(QStringLiteral("data")).toObject();
    QJsonObject expected = vectorData(m_vectors, 2);
    // The refund points at our own record of ticket 1, whose hash differs from the vectors' with the chain.
    const QString firstHash = QString::fromLatin1(
        QCryptographicHash::hash(*CanonicalJson::serialize(first), QCryptographicHash::Sha256).toHex());
    QCOMPARE(second.value(QStringLiteral("refund_of")).toObject().value(QStringLiteral("hash")).toString(), firstHash);
    second.remove(QStringLiteral("refund_of"));
    expected.remove(QStringLiteral("refund_of"));
    QCOMPARE(second, expected);

    QCOMPARE(JournalVerifier::check(**database, QStringLiteral("R01")).value(), 3);
}

void TestFiscalVectors::editedJournalIsDetected()
{
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("caisse.db")));
    QVERIFY_RESULT(database);
    test::addArticle(**database, QStringLiteral("A1"), 399, 5500, QStringLiteral("4006381333931"));
    test::ManualClock clock;
    Catalog catalog(**database);
    SaleStore store(**database, clock, QStringLiteral("R01"));
    for (int i = 0; i < 3; ++i)
        QVERIFY_RESULT(store.commit(test::cashSale(catalog, {QStringLiteral("4006381333931")}),
                                    test::manager(QStringLiteral("op"))));
    Journal journal(**database, QStringLiteral("R01"));
    QCOMPARE(JournalVerifier::check(**database, QStringLiteral("R01")).value(), 4);

    // Someone with the database open drops the guard and lowers an amount in record 2.
    QSqlQuery query((*database)->connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE journal SET payload = payload WHERE seq = 2")));
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER journal_is_immutable")));
    QVERIFY(query.exec(
        QStringLiteral("UPDATE journal SET payload = CAST(replace(CAST(payload AS TEXT), '\"total_ttc\":399', "
                       "'\"total_ttc\":299') AS BLOB) WHERE seq = 2")));
    const auto tampered = JournalVerifier::check(**database, QStringLiteral("R01"));
    QVERIFY(!tampered);
    QCOMPARE(tampered.error().code, Error::Code::Corrupt);
    QVERIFY2(tampered.error().message.contains(QStringLiteral("record 2")), qPrintable(tampered.error().message));
}

QTEST_GUILESS_MAIN(TestFiscalVectors)
#include "TestFiscalVectors.moc"
