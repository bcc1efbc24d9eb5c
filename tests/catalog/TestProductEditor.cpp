#include "catalog/BarcodeParser.h"
#include "catalog/ProductEditor.h"
#include "stock/Stocktake.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caisse;

/** Products made at the register: their barcodes and what a save refuses; a stocktake kept to its category. */
class TestProductEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void inStoreBarcodesAvoidTheScaleLabelsPrefixes();
    void saveRefusesWhatWouldBreakTheCatalog();
    void stocktakeOfACategoryRefusesAnotherCategorysArticle();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    test::ManualClock m_clock;
};

void TestProductEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("caisse.db"))).value();
    test::addVectorsArticles(*m_db);
}

void TestProductEditor::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestProductEditor::inStoreBarcodesAvoidTheScaleLabelsPrefixes()
{
    // A shop whose scales print 20 and 22: the register's own codes take 21.
    const QList<VariableMeasureRule> rules {{QStringLiteral("20"), VariableMeasureRule::Kind::Weight, 5, 5, 3},
                                            {QStringLiteral("22"), VariableMeasureRule::Kind::Price, 5, 5, 2}};
    ProductEditor editor(*m_db, rules);
    ProductDraft jam {std::nullopt,
                      QStringLiteral("Confiture"),
                      QStringLiteral("Épicerie"),
                      5'500,
                      true,
                      false,
                      {{std::nullopt, QStringLiteral("Fraise"), {}, 450, {}, false},
                       {std::nullopt, QStringLiteral("Abricot"), {}, 450, {}, false}},
                      {}};
    const auto saved = editor.save(jam, QStringLiteral("R01"), QStringLiteral("2026-12-03T10:00:00.000Z"));
    QVERIFY_RESULT(saved);
    QCOMPARE(saved->variants.at(0).barcode,
             QStringLiteral("210000000001") + QString::number(BarcodeParser::checkDigit(u"210000000001")));
    QCOMPARE(saved->variants.at(1).barcode.left(12), QStringLiteral("210000000002"));
    // Known by their barcode when no SKU was typed; the next product's code follows on.
    QCOMPARE(saved->variants.at(0).sku, saved->variants.at(0).barcode);
    QCOMPARE(editor.nextInStoreBarcode().value().left(12), QStringLiteral("210000000003"));
    // Found again by that code, with both variants.
    const auto loaded = editor.load(saved->variants.at(1).barcode);
    QVERIFY_RESULT(loaded);
    QCOMPARE(loaded->variants.size(), 2);
    QCOMPARE(loaded->variants.at(1).optionLabel, QStringLiteral("Abricot"));
}

void TestProductEditor::saveRefusesWhatWouldBreakTheCatalog()
{
    ProductEditor editor(*m_db, BarcodeParser::frenchDefaults());
    const auto refused = [&](ProductDraft product) {
        const auto saved
            = editor.save(std::move(product), QStringLiteral("R01"), QStringLiteral("2026-12-03T10:00:00.000Z"));
        return saved ? QString() : saved.error().message;
    };
    ProductDraft product {std::nullopt,
                          QStringLiteral("Tasse"),
                          {},
                          20'000,
                          true,
                          false,
                          {{std::nullopt, {}, QStringLiteral("TASSE-1"), 900, {}, false}},
                          {}};
    ProductDraft unnamed = product;
    unnamed.name.clear();
    QVERIFY(refused(unnamed).contains(QStringLiteral("name")));
    ProductDraft takenSku = product;
    takenSku.variants.first().sku = QStringLiteral("A1");
    QVERIFY(refused(takenSku).contains(QStringLiteral("SKU A1")));
    ProductDraft takenBarcode = product;
    takenBarcode.variants.first().barcode = QStringLiteral("4006381333931");
    QVERIFY(refused(takenBarcode).contains(QStringLiteral("barcode 4006381333931")));
    ProductDraft badCheckDigit = product;
    badCheckDigit.variants.first().barcode = QStringLiteral("4006381333932");
    QVERIFY(refused(badCheckDigit).contains(QStringLiteral("check digit")));
    ProductDraft twoWithoutOption = product;
    twoWithoutOption.variants.append({std::nullopt, {}, QStringLiteral("TASSE-2"), 900, {}, false});
    QVERIFY(refused(twoWithoutOption).contains(QStringLiteral("option")));
    // Nothing of the refused saves was written.
    QCOMPARE(m_db->integer(QStringLiteral("SELECT COUNT(*) FROM products WHERE name = 'Tasse'")).value(), 0);
    QCOMPARE(refused(product), QString());
}

void TestProductEditor::stocktakeOfACategoryRefusesAnotherCategorysArticle()
{
    QVERIFY(QSqlQuery(m_db->connection())
                .exec(QStringLiteral("UPDATE products SET category = CASE WHEN name LIKE 'Pain%' THEN 'Boulangerie' "
                                     "ELSE 'Vaisselle' END")));
    Stocktake stocktake(*m_db, m_clock, QStringLiteral("R01"));
    QVERIFY_RESULT(stocktake.start(QStringLiteral("Boulangerie"), test::manager()));
    QVERIFY_RESULT(stocktake.count(QStringLiteral("4006381333931"), 1'000));
    const auto bowl = stocktake.count(QStringLiteral("96385074"), 1'000);
    QVERIFY(!bowl);
    QVERIFY2(bowl.error().message.contains(QStringLiteral("Vaisselle")), qPrintable(bowl.error().message));
    QCOMPARE(stocktake.notCounted().value(), 0);
    QCOMPARE(stocktake.variances().value().size(), 1);
}

QTEST_GUILESS_MAIN(TestProductEditor)
#include "TestProductEditor.moc"
