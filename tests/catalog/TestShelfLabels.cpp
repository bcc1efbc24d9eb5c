#include "catalog/BarcodeBars.h"
#include "catalog/ProductEditor.h"
#include "catalog/ShelfLabels.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace caisse;

/** What a shelf label says: the net content as typed from a pack, the price per kilogram or litre, the bars. */
class TestShelfLabels : public QObject
{
    Q_OBJECT

private slots:
    void netContentIsReadAsAPackWritesIt();
    void unitPriceIsRoundedToTheCent();
    void eanBarsFollowGs1();
};

void TestShelfLabels::netContentIsReadAsAPackWritesIt()
{
    const QLocale french(QLocale::French, QLocale::France);
    const auto read = [&](const QString& typed) {
        const auto content = NetContent::parse(typed);
        return content ? QStringLiteral("%1 %2 = %3").arg(content->milli).arg(content->unit, content->format(french))
                       : QStringLiteral("none");
    };
    QCOMPARE(read(QStringLiteral("500 g")), QStringLiteral("500 kg = 500\u00a0g"));
    QCOMPARE(read(QStringLiteral("1,5 kg")), QStringLiteral("1500 kg = 1,5\u00a0kg"));
    QCOMPARE(read(QStringLiteral("1.5KG")), QStringLiteral("1500 kg = 1,5\u00a0kg"));
    QCOMPARE(read(QStringLiteral("75 cl")), QStringLiteral("750 l = 75\u00a0cl"));
    QCOMPARE(read(QStringLiteral("250 ml")), QStringLiteral("250 l = 25\u00a0cl"));
    QCOMPARE(read(QStringLiteral("1 l")), QStringLiteral("1000 l = 1\u00a0l"));
    QCOMPARE(read(QStringLiteral("2 boîtes")), QStringLiteral("none"));
    QCOMPARE(read(QStringLiteral("0 g")), QStringLiteral("none"));
}

void TestShelfLabels::unitPriceIsRoundedToTheCent()
{
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("caisse.db"))).value();
    ProductDetails details;
    details.netContentMilli = 330; // 33 cl at 1.19: 3.6060… a litre
    details.netContentUnit = QStringLiteral("l");
    ProductDraft soda {std::nullopt,
                       QStringLiteral("Limonade"),
                       {},
                       5'500,
                       true,
                       false,
                       {{std::nullopt, {}, QStringLiteral("LIM-33"), 119, QStringLiteral("5901234123457"), false}},
                       details};
    QVERIFY_RESULT(
        ProductEditor(*database, {}).save(soda, QStringLiteral("R01"), QStringLiteral("2026-12-03T10:00:00Z")));
    const auto label = ShelfLabels::of(*database, QStringLiteral("5901234123457"));
    QVERIFY_RESULT(label);
    QCOMPARE(label->unitPriceMinor, std::optional<qint64>(361));
    QCOMPARE(ShelfLabels::unitPriceText(*label, Currency::fromCode(QStringLiteral("EUR")), QLocale(QLocale::French)),
             QStringLiteral("33\u00a0cl · 3,61\u00a0€ the litre"));
    QCOMPARE(label->barcode, QStringLiteral("5901234123457"));
}

void TestShelfLabels::eanBarsFollowGs1()
{
    // 95 modules: guards 101 / 01010 / 101; the first digit 5 sets the left half's parity to A B B A A B.
    const QList<bool> bars = eanModules(QStringLiteral("5901234123457"));
    QString modules;
    for (const bool bar : bars)
        modules += bar ? u'1' : u'0';
    QCOMPARE(modules.size(), 95);
    QCOMPARE(modules.left(3 + 7), QStringLiteral("101") + QStringLiteral("0001011")); // 9 in set A
    QCOMPARE(modules.mid(3 + 7, 7), QStringLiteral("0100111")); // 0 in set B
    QCOMPARE(modules.mid(45, 5), QStringLiteral("01010"));
    QCOMPARE(modules.right(3 + 7), QStringLiteral("1000100") + QStringLiteral("101")); // 7 in set C
    QCOMPARE(eanModules(QStringLiteral("96385074")).size(), 67);
    QVERIFY(eanModules(QStringLiteral("5901234123458")).isEmpty()); // wrong check digit
    QVERIFY(eanModules(QStringLiteral("ART-003")).isEmpty());
}

QTEST_GUILESS_MAIN(TestShelfLabels)
#include "TestShelfLabels.moc"
