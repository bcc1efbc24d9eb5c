#include "catalog/BarcodeParser.h"
#include "catalog/Catalog.h"
#include "catalog/CatalogCsv.h"
#include "catalog/ProductEditor.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace caisse;

namespace {

const QString kWhen = QStringLiteral("2026-12-03T10:00:00.000Z");

std::unique_ptr<Database> openIn(const QTemporaryDir& dir, const QString& name)
{
    return Database::open(dir.filePath(name)).value();
}

CatalogCsv csvOf(Database& database)
{
    return CatalogCsv(database, Currency::fromCode(QStringLiteral("EUR")), 20'000, BarcodeParser::frenchDefaults());
}

qint64 count(Database& database, const QString& sql)
{
    return database.integer(sql).value();
}

} // namespace

/** The catalog as BigCommerce's product CSV: what goes out comes back the same, and a faulty file writes nothing. */
class TestCatalogCsv : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportImportedIntoAnotherRegisterExportsTheSameFile();
    void importingTheExportAgainChangesNothingAndAnEditedPriceChangesOneProduct();
    void everyFaultyLineIsReportedAndNothingIsWritten();
    void readsTheStoresOwnExport();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestCatalogCsv::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = openIn(*m_dir, QStringLiteral("caisse.db"));
    test::addVectorsArticles(*m_db);
    ProductDetails details;
    details.description = QStringLiteral("Coton bio, \"coupe droite\",\nlavable à 40°");
    details.costPriceMinor = 610;
    details.imageUrl = QStringLiteral("https://cdn.example.com/tshirt.jpg");
    ProductDraft shirt {std::nullopt,
                        QStringLiteral("T-shirt Lin"),
                        QStringLiteral("Vêtements"),
                        20'000,
                        true,
                        false,
                        {{std::nullopt, QStringLiteral("Bleu / M"), QStringLiteral("TS-B-M"), 1990, {}, false},
                         {std::nullopt, QStringLiteral("Bleu / L"), QStringLiteral("TS-B-L"), 2190, {}, false}},
                        details};
    QVERIFY_RESULT(ProductEditor(*m_db, BarcodeParser::frenchDefaults()).save(shirt, QStringLiteral("R01"), kWhen));
}

void TestCatalogCsv::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestCatalogCsv::exportImportedIntoAnotherRegisterExportsTheSameFile()
{
    const auto exported = csvOf(*m_db).exportCatalog();
    QVERIFY_RESULT(exported);
    QVERIFY(exported->startsWith("\xEF\xBB\xBF"
                                 "Item,ID,Name,Type,SKU,Options,Inventory Tracking,Current Stock"));
    QVERIFY2(
        exported->contains("\r\nVariant,,,,TS-B-L,Type=Rectangle|Name=Option 1|Value=BleuType=Rectangle|Name=Option "
                           "2|Value=L,,0,,21.90,"),
        exported->constData());
    QVERIFY2(exported->contains("\r\nProduct,,Pain de campagne,Physical,A1,,product,10,0,3.99,"),
             exported->constData());
    QVERIFY(exported->contains("\r\nImage,,,,,,,,,,,,,,,https://cdn.example.com/tshirt.jpg,TRUE\r\n"));

    const auto other = openIn(*m_dir, QStringLiteral("other.db"));
    const auto imported = csvOf(*other).import(*exported, QStringLiteral("R02"), kWhen);
    QVERIFY_RESULT(imported);
    QVERIFY(imported->faults.isEmpty());
    QVERIFY(imported->written);
    QCOMPARE(imported->newProducts, 3);
    QCOMPARE(imported->newVariants, 4);
    // Opening stock, cost and barcodes came across.
    QCOMPARE(count(*other, QStringLiteral("SELECT SUM(quantity_milli) FROM stock_movements")), 20'000);
    QCOMPARE(count(*other, QStringLiteral("SELECT cost_price_minor FROM products WHERE name = 'T-shirt Lin'")), 610);
    QCOMPARE(count(*other, QStringLiteral("SELECT COUNT(*) FROM barcodes")), 4);
    // Found by the counter's search, by name and by barcode, as articles written one by one are.
    const auto byName = Catalog(*other).search(QStringLiteral("shirt lin"));
    QVERIFY_RESULT(byName);
    QCOMPARE(byName->size(), 2);
    const auto byCode = Catalog(*other).search(QStringLiteral("96385074"));
    QVERIFY_RESULT(byCode);
    QCOMPARE(byCode->size(), 1);
    QCOMPARE(count(*other, QStringLiteral("SELECT paused FROM catalog_search_paused")), 0);
    const auto again = csvOf(*other).exportCatalog();
    QVERIFY_RESULT(again);
    QCOMPARE(*again, *exported);
}

void TestCatalogCsv::importingTheExportAgainChangesNothingAndAnEditedPriceChangesOneProduct()
{
    const QByteArray exported = csvOf(*m_db).exportCatalog().value();
    const QString before = m_db->text(QStringLiteral("SELECT group_concat(updated_at) FROM products")).value();
    const auto same = csvOf(*m_db).import(exported, QStringLiteral("R01"), QStringLiteral("2026-12-04T09:00:00.000Z"));
    QVERIFY_RESULT(same);
    QCOMPARE(same->unchangedProducts, 3);
    QCOMPARE(same->changedProducts + same->newProducts, 0);
    QCOMPARE(m_db->text(QStringLiteral("SELECT group_concat(updated_at) FROM products")).value(), before);

    QByteArray edited = exported;
    edited.replace(",TS-B-L,Type=Rectangle|Name=Option 1|Value=BleuType=Rectangle|Name=Option 2|Value=L,,0,,21.90,",
                   ",TS-B-L,Type=Rectangle|Name=Option 1|Value=BleuType=Rectangle|Name=Option 2|Value=L,,0,,24.50,");
    QVERIFY(edited != exported);
    const auto changed = csvOf(*m_db).import(edited, QStringLiteral("R01"), QStringLiteral("2026-12-04T09:00:00.000Z"));
    QVERIFY_RESULT(changed);
    QCOMPARE(changed->changedProducts, 1);
    QCOMPARE(changed->unchangedProducts, 2);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT price_minor FROM variants WHERE sku = 'TS-B-L'")), 2450);
    // Its VAT rate and stock are the register's: the store's CSV carries neither.
    QCOMPARE(
        count(*m_db, QStringLiteral("SELECT vat_rate_milli_percent FROM products WHERE name = 'Pain de campagne'")),
        5500);
    QCOMPARE(csvOf(*m_db).exportCatalog().value(), edited);
}

void TestCatalogCsv::everyFaultyLineIsReportedAndNothingIsWritten()
{
    const QByteArray file = "Item,ID,Name,Type,SKU,Options,Price,UPC/EAN\r\n"
                            "Product,,Confiture,Physical,,,4.50,\r\n"
                            "Variant,,,,CONF-F,Type=Rectangle|Name=Parfum|Value=Fraise,4.50,\r\n"
                            "Variant,,,,,Type=Rectangle|Name=Parfum|Value=Abricot,4.50,\r\n"
                            "Product,,Miel,Physical,MIEL,,\"8,90\",\r\n"
                            "Product,,Huile,Physical,HUILE,,12.00,4006381333932\r\n"
                            "Product,,Sel,Physical,SEL,,2.10,\r\n";
    const qint64 products = count(*m_db, QStringLiteral("SELECT COUNT(*) FROM products"));
    const auto report = csvOf(*m_db).import(file, QStringLiteral("R01"), kWhen);
    QVERIFY_RESULT(report);
    QVERIFY(!report->written);
    QCOMPARE(report->faults.size(), 3);
    QCOMPARE(report->faults.at(0).line, 4);
    QVERIFY2(report->faults.at(0).reason.contains(QStringLiteral("SKU")), qPrintable(report->faults.at(0).reason));
    QCOMPARE(report->faults.at(1).line, 5);
    QVERIFY(report->faults.at(1).reason.contains(QStringLiteral("8,90")));
    QCOMPARE(report->faults.at(2).line, 6);
    QVERIFY(report->faults.at(2).reason.contains(QStringLiteral("4006381333932")));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM products")), products);
}

void TestCatalogCsv::readsTheStoresOwnExport()
{
    // Columns the register does not keep, a swatch, a video, a quoted description and a category path, as the store's
    // export writes them.
    const QByteArray file
        = "\xEF\xBB\xBFItem,ID,Name,Type,SKU,Options,Inventory Tracking,Current Stock,Low Stock,Price,Brand ID,"
          "Categories,Description,UPC/EAN,Weight,Is Visible\n"
          "Product,,Écharpe,Physical,ECH,,variant,0,2,29.00,5,\"Accessoires/Hiver;Soldes\",\"Laine, "
          "douce\",,0.2500,TRUE\n"
          "Variant,,,,ECH-R,Type=Swatch|Name=Couleur|Value=Rouge[#FF0000],,4,,,,,,4006381333931X,,\n"
          "Video,,,,,,,,,,,,,,,\n";
    const auto bad = csvOf(*m_db).preview(file);
    QVERIFY_RESULT(bad);
    QCOMPARE(bad->faults.size(), 1);
    QCOMPARE(bad->faults.first().line, 3);

    QByteArray fixed = file;
    fixed.replace("4006381333931X", "5901234123457");
    const auto report = csvOf(*m_db).import(fixed, QStringLiteral("R01"), kWhen);
    QVERIFY_RESULT(report);
    QVERIFY(report->faults.isEmpty());
    QCOMPARE(report->newProducts, 1);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT p.category, p.description, p.weight_milli, p.low_stock_level, "
                                      "v.option_label, v.price_minor, p.vat_rate_milli_percent, (SELECT "
                                      "SUM(quantity_milli) FROM stock_movements WHERE variant_id = v.id) FROM products "
                                      "p JOIN variants v ON v.product_id = p.id WHERE v.sku = 'ECH-R'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Hiver"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("Laine, douce"));
    QCOMPARE(query.value(2).toLongLong(), 250);
    QCOMPARE(query.value(3).toLongLong(), 2);
    QCOMPARE(query.value(4).toString(), QStringLiteral("Rouge"));
    QCOMPARE(query.value(5).toLongLong(), 2900);
    QCOMPARE(query.value(6).toLongLong(), 20'000);
    QCOMPARE(query.value(7).toLongLong(), 4000);
}

QTEST_GUILESS_MAIN(TestCatalogCsv)
#include "TestCatalogCsv.moc"
