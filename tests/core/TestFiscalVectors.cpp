// The fiscal journal's building blocks reproduce the reference vectors byte for byte
// (tests/data/fiscal/chain_vectors.json, copied from ../shared/reference/fiscal/; RFC 8032 test key, tests only).
#include "CanonicalJson.h"
#include "Ed25519Key.h"
#include "ResultCheck.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

QTEST_GUILESS_MAIN(TestFiscalVectors)
#include "TestFiscalVectors.moc"
