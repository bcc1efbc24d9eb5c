#include "catalog/BarcodeParser.h"
#include "support/ResultCheck.h"

#include <QTest>

using namespace caisse;

class TestBarcode : public QObject
{
    Q_OBJECT

private slots:
    void checkDigits();
    void upcAScannedAsEan13FindsTheSameArticle();
    void misreadIsRefused();
    void notABarcodeIsRefused();
    void internalCodesPassAsTheyAre();
    void priceEmbeddedByTheScale();
    void weightEmbeddedByTheScale();
    void rulesAreConfigurable();

private:
    const Currency m_eur = Currency::fromCode(QStringLiteral("EUR"));
};

void TestBarcode::checkDigits()
{
    // Vectors from ../shared/reference/hardware/NOTES.md section 4.
    QCOMPARE(BarcodeParser::checkDigit(u"400638133393"), 1);
    QCOMPARE(BarcodeParser::checkDigit(u"9638507"), 4);
    QCOMPARE(BarcodeParser::checkDigit(u"03600029145"), 2);
    QVERIFY(BarcodeParser::hasValidCheckDigit(u"4006381333931"));
    QVERIFY(BarcodeParser::hasValidCheckDigit(u"96385074"));
    QVERIFY(BarcodeParser::hasValidCheckDigit(u"036000291452"));
    QVERIFY(!BarcodeParser::hasValidCheckDigit(u"4006381333932"));
}

void TestBarcode::upcAScannedAsEan13FindsTheSameArticle()
{
    const BarcodeParser parser;
    const auto upc = parser.parse(QStringLiteral("036000291452"), m_eur);
    const auto asEan = parser.parse(QStringLiteral("0036000291452"), m_eur);
    QVERIFY(upc && asEan);
    QCOMPARE(upc->lookupKey, asEan->lookupKey);
    QCOMPARE(*BarcodeParser::lookupKeyOf(QStringLiteral("036000291452")), upc->lookupKey);
    const auto ean8 = parser.parse(QStringLiteral("96385074"), m_eur);
    QVERIFY(ean8);
    QCOMPARE(ean8->lookupKey, QStringLiteral("00000096385074"));
}

void TestBarcode::misreadIsRefused()
{
    const auto scanned = BarcodeParser().parse(QStringLiteral("4006381333932"), m_eur);
    QVERIFY(!scanned);
    QCOMPARE(scanned.error().code, Error::Code::InvalidInput);
    QVERIFY(scanned.error().message.contains(QStringLiteral("4006381333932")));
}

void TestBarcode::notABarcodeIsRefused()
{
    // What a scanner set up for QWERTY types on an AZERTY keyboard instead of 3760001000016.
    for (const QString& text : {QStringLiteral("\"&é\"'(((('(&é"), QString(), QStringLiteral("   ")}) {
        const auto scanned = BarcodeParser().parse(text, m_eur);
        QVERIFY(!scanned);
        QCOMPARE(scanned.error().code, Error::Code::InvalidInput);
    }
}

void TestBarcode::internalCodesPassAsTheyAre()
{
    const auto scanned = BarcodeParser().parse(QStringLiteral(" TEX-0120-M \n"), m_eur);
    QVERIFY(scanned);
    QCOMPARE(scanned->lookupKey, QStringLiteral("TEX-0120-M"));
    QVERIFY(!scanned->embeddedPriceMinor && !scanned->embeddedQuantityMilli);
}

void TestBarcode::priceEmbeddedByTheScale()
{
    // Odoo's French default: 2305000123451 is article 05000 at 123.45 EUR.
    const auto scanned = BarcodeParser().parse(QStringLiteral("2305000123451"), m_eur);
    QVERIFY_RESULT(scanned);
    QCOMPARE(scanned->embeddedPriceMinor, std::optional<qint64>(12345));
    QVERIFY(!scanned->embeddedQuantityMilli);
    const QString article = QStringLiteral("230500000000");
    QCOMPARE(scanned->lookupKey, QStringLiteral("0") + article + QString::number(BarcodeParser::checkDigit(article)));
}

void TestBarcode::weightEmbeddedByTheScale()
{
    // 2100005080002 is article 00005 weighing 8.000 kg.
    const auto scanned = BarcodeParser().parse(QStringLiteral("2100005080002"), m_eur);
    QVERIFY_RESULT(scanned);
    QCOMPARE(scanned->embeddedQuantityMilli, std::optional<qint64>(8000));
    QCOMPARE(scanned->lookupKey, *BarcodeParser::lookupKeyOf(QStringLiteral("2100005000000")));
}

void TestBarcode::rulesAreConfigurable()
{
    // A scale that prints the weight in grams with four article digits under prefix 28.
    const QList<VariableMeasureRule> rules {{QStringLiteral("28"), VariableMeasureRule::Kind::Weight, 4, 6, 3}};
    const auto roundTrip = BarcodeParser::rulesFromJson(BarcodeParser::rulesToJson(rules));
    QVERIFY(roundTrip);
    QCOMPARE(*roundTrip, rules);
    QString data = QStringLiteral("280123001250");
    data += QString::number(BarcodeParser::checkDigit(data));
    const auto scanned = BarcodeParser(*roundTrip).parse(data, m_eur);
    QVERIFY(scanned);
    QCOMPARE(scanned->embeddedQuantityMilli, std::optional<qint64>(1250));
    // Prefix 21 is no longer a weight with these rules: an ordinary GTIN.
    QVERIFY(!BarcodeParser(*roundTrip).parse(QStringLiteral("2100005080002"), m_eur)->embeddedQuantityMilli);

    const QList<VariableMeasureRule> tooLong {{QStringLiteral("28"), VariableMeasureRule::Kind::Weight, 6, 6, 3}};
    QVERIFY(!BarcodeParser::rulesFromJson(BarcodeParser::rulesToJson(tooLong)));
    const QList<VariableMeasureRule> notRestricted {{QStringLiteral("37"), VariableMeasureRule::Kind::Price, 5, 5, 2}};
    QVERIFY(!BarcodeParser::rulesFromJson(BarcodeParser::rulesToJson(notRestricted)));
}

QTEST_GUILESS_MAIN(TestBarcode)
#include "TestBarcode.moc"
