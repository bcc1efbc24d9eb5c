#include "base/Money.h"
#include "base/MoneyFormat.h"
#include "base/Quantity.h"
#include "base/Rounding.h"
#include "support/ResultCheck.h"

#include <QTest>

using namespace caisse;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void roundsHalfAwayFromZero();
    void cashRoundingToFiveCents_data();
    void cashRoundingToFiveCents();
    void allocationAddsUpExactly();
    void formatsInTheLocale();
    void parsesWhatACashierTypes_data();
    void parsesWhatACashierTypes();
    void refusesWhatIsNotAnAmount();
    void currencyExponents();
};

void TestMoney::roundsHalfAwayFromZero()
{
    QCOMPARE(divideRounded(1335, 1000), 1);
    QCOMPARE(divideRounded(2675, 1000), 3);
    QCOMPARE(divideRounded(25, 10), 3);
    QCOMPARE(divideRounded(-25, 10), -3);
    QCOMPARE(divideRounded(24, 10), 2);
    QCOMPARE(divideRounded(-24, 10), -2);
    // 1.005 x 100 is 100.49999... in binary floating point; in integers it is exactly 100.5 and rounds to 101.
    QCOMPARE(divideRounded(1005, 10), 101);
}

void TestMoney::cashRoundingToFiveCents_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("cash");
    // DESIGN.md section 4, Canada/Belgium rule.
    const QList<std::pair<qint64, qint64>> vectors {{492, 490}, {597, 595}, {598, 600}, {77272, 77270},
                                                    {103, 105}, {104, 105}, {106, 105}, {107, 105},
                                                    {108, 110}, {109, 110}, {101, 100}, {102, 100}};
    for (const auto& [amount, cash] : vectors)
        QTest::addRow("%lld", amount) << amount << cash;
}

void TestMoney::cashRoundingToFiveCents()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, cash);
    QCOMPARE(roundToCashStep(amount, 5), cash);
    QCOMPARE(roundToCashStep(-amount, 5), -cash);
    QCOMPARE(roundToCashStep(amount, 0), amount);
}

void TestMoney::allocationAddsUpExactly()
{
    // FR-2: 10 % of 36.14 = 3.61 split over the five lines.
    QCOMPARE(allocateProportionally(361, {798, 1250, 345, 801, 420}), (QList<qint64> {80, 125, 34, 80, 42}));
    QCOMPARE(allocateProportionally(-361, {-798, -1250, -345, -801, -420}), (QList<qint64> {-80, -125, -34, -80, -42}));
    QCOMPARE(allocateProportionally(1, {100, 100, 100}), (QList<qint64> {1, 0, 0}));
    QCOMPARE(allocateProportionally(5, {0, 0}), (QList<qint64> {0, 0}));
}

void TestMoney::formatsInTheLocale()
{
    const Currency eur = Currency::fromCode(QStringLiteral("EUR"));
    const QString french = MoneyFormat::format({123450, eur}, QLocale(QLocale::French, QLocale::France));
    QCOMPARE(french, QStringLiteral("1\u202f234,50\u00a0€"));
    QCOMPARE(MoneyFormat::format({-5, eur}, QLocale(QLocale::French, QLocale::France)), QStringLiteral("-0,05\u00a0€"));
    QCOMPARE(MoneyFormat::format({1250, eur}, QLocale(QLocale::English, QLocale::Ireland)), QStringLiteral("€12.50"));
    QCOMPARE(MoneyFormat::format({1250, Currency::fromCode(QStringLiteral("CHF"))},
                                 QLocale(QLocale::French, QLocale::Switzerland)),
             QStringLiteral("12,50\u00a0CHF"));
    QCOMPARE(MoneyFormat::format({1250, Currency::fromCode(QStringLiteral("XPF"))},
                                 QLocale(QLocale::French, QLocale::France)),
             QStringLiteral("1\u202f250\u00a0XPF"));
    QCOMPARE(formatQuantity(347, QLocale(QLocale::French, QLocale::France)), QStringLiteral("0,347"));
    QCOMPARE(formatQuantity(2000, QLocale(QLocale::French, QLocale::France)), QStringLiteral("2"));
}

void TestMoney::parsesWhatACashierTypes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("comma") << QStringLiteral("12,50") << qint64(1250);
    QTest::newRow("dot") << QStringLiteral("12.5") << qint64(1250);
    QTest::newRow("whole") << QStringLiteral("20") << qint64(2000);
    QTest::newRow("grouped") << QStringLiteral("1 234,05") << qint64(123405);
    QTest::newRow("cents only") << QStringLiteral(",05") << qint64(5);
}

void TestMoney::parsesWhatACashierTypes()
{
    QFETCH(QString, text);
    QFETCH(qint64, minor);
    const auto parsed = MoneyFormat::parse(text, Currency::fromCode(QStringLiteral("EUR")),
                                           QLocale(QLocale::French, QLocale::France));
    QVERIFY_RESULT(parsed);
    QCOMPARE(*parsed, minor);
}

void TestMoney::refusesWhatIsNotAnAmount()
{
    const QLocale fr(QLocale::French, QLocale::France);
    const Currency eur = Currency::fromCode(QStringLiteral("EUR"));
    for (const QString& text : {QStringLiteral("abc"), QStringLiteral("12,505"), QStringLiteral(""),
                                QStringLiteral("1,2,3"), QStringLiteral("12€x")}) {
        const auto parsed = MoneyFormat::parse(text, eur, fr);
        QVERIFY2(!parsed.has_value(), qPrintable(text));
        QCOMPARE(parsed.error().code, Error::Code::InvalidInput);
        QVERIFY(!parsed.error().message.isEmpty());
    }
    QVERIFY(!MoneyFormat::parse(QStringLiteral("5,5"), Currency::fromCode(QStringLiteral("XPF")), fr).has_value());
}

void TestMoney::currencyExponents()
{
    QCOMPARE(Currency::fromCode(QStringLiteral("eur")).exponent(), 2);
    QCOMPARE(Currency::fromCode(QStringLiteral("XPF")).exponent(), 0);
    QCOMPARE(Currency::fromCode(QStringLiteral("TND")).minorPerMajor(), 1000);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
