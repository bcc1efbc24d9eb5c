// caisse-bench: builds a generated catalog and prints the register's speed and memory figures as one JSON object.
#include "StoreEmulator.h"
#include "TerminalEmulator.h"
#include "VirtualPrinter.h"
#include "base/SystemClock.h"
#include "catalog/BarcodeParser.h"
#include "catalog/Catalog.h"
#include "catalog/CatalogCsv.h"
#include "fiscal/Journal.h"
#include "fiscal/JournalVerifier.h"
#include "fiscal/PeriodTotals.h"
#include "printer/NetworkPrinter.h"
#include "printer/PrintSpooler.h"
#include "printer/ReceiptLayout.h"
#include "sale/CardPaymentFlow.h"
#include "sale/LineForScan.h"
#include "sale/SaleStore.h"
#include "storage/Database.h"
#include "storage/SecretStore.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"
#include "storesync/ProductImport.h"
#include "storesync/StockSync.h"
#include "terminal/CaisseApTerminal.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#ifdef CAISSE_BENCH_GUI
#include "BackOfficeBench.h"
#include "CounterBench.h"

#include <QApplication>
#endif

using namespace caisse;

namespace {

QString barcodeOf(qint64 index)
{
    const QString data = QStringLiteral("37%1").arg(index, 10, 10, QLatin1Char('0'));
    return data + QString::number(BarcodeParser::checkDigit(data));
}

double percentile(QList<double> samples, double fraction)
{
    std::sort(samples.begin(), samples.end());
    const auto index = static_cast<qsizetype>(fraction * static_cast<double>(samples.size() - 1) + 0.5);
    return samples.at(std::min(index, samples.size() - 1));
}

double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Names of a grocer's shelves: a product, a description, a brand and a size, so that a search's words share prefixes as
// in a real catalog ("crème", "crêpes", "cresson") rather than all starting alike.
const QStringList kNouns {
    QStringLiteral("Crème"),    QStringLiteral("Crêpes"),     QStringLiteral("Cresson"),  QStringLiteral("Pain"),
    QStringLiteral("Pâtes"),    QStringLiteral("Purée"),      QStringLiteral("Yaourt"),   QStringLiteral("Fromage"),
    QStringLiteral("Farine"),   QStringLiteral("Café"),       QStringLiteral("Chocolat"), QStringLiteral("Confiture"),
    QStringLiteral("Biscuits"), QStringLiteral("Beurre"),     QStringLiteral("Bière"),    QStringLiteral("Vin"),
    QStringLiteral("Jus"),      QStringLiteral("Lait"),       QStringLiteral("Thé"),      QStringLiteral("Tomates"),
    QStringLiteral("Savon"),    QStringLiteral("Shampooing"), QStringLiteral("Sucre"),    QStringLiteral("Sel"),
    QStringLiteral("Huile"),    QStringLiteral("Haricots"),   QStringLiteral("Riz"),      QStringLiteral("Miel"),
    QStringLiteral("Moutarde"), QStringLiteral("Olives"),     QStringLiteral("Oeufs"),    QStringLiteral("Soupe"),
    QStringLiteral("Glace"),    QStringLiteral("Gâteau"),     QStringLiteral("Jambon"),   QStringLiteral("Saucisson"),
    QStringLiteral("Compote"),  QStringLiteral("Céréales"),   QStringLiteral("Lessive"),  QStringLiteral("Éponges")};
const QStringList kDescriptions {
    QStringLiteral("fraîche"),  QStringLiteral("épaisse"), QStringLiteral("complet"), QStringLiteral("bio"),
    QStringLiteral("nature"),   QStringLiteral("sucré"),   QStringLiteral("salé"),    QStringLiteral("allégé"),
    QStringLiteral("fermier"),  QStringLiteral("grillé"),  QStringLiteral("doux"),    QStringLiteral("fort"),
    QStringLiteral("noir"),     QStringLiteral("blanc"),   QStringLiteral("rouge"),   QStringLiteral("vert"),
    QStringLiteral("entier"),   QStringLiteral("demi"),    QStringLiteral("extra"),   QStringLiteral("classique"),
    QStringLiteral("vanille"),  QStringLiteral("fraise"),  QStringLiteral("citron"),  QStringLiteral("pomme"),
    QStringLiteral("noisette"), QStringLiteral("amande"),  QStringLiteral("coco"),    QStringLiteral("caramel"),
    QStringLiteral("piquant"),  QStringLiteral("fumé")};
const QStringList kBrands {
    QStringLiteral("Bonval"),    QStringLiteral("Montclair"), QStringLiteral("Ferrand"),   QStringLiteral("Lacoste"),
    QStringLiteral("Bellerive"), QStringLiteral("Dumas"),     QStringLiteral("Garnier"),   QStringLiteral("Roussel"),
    QStringLiteral("Vallon"),    QStringLiteral("Marchal"),   QStringLiteral("Perrin"),    QStringLiteral("Chevalier"),
    QStringLiteral("Aubert"),    QStringLiteral("Moreau"),    QStringLiteral("Fabre"),     QStringLiteral("Girard"),
    QStringLiteral("Lefèvre"),   QStringLiteral("Mercier"),   QStringLiteral("Blanchard"), QStringLiteral("Guérin"),
    QStringLiteral("Boyer"),     QStringLiteral("Renaud"),    QStringLiteral("Caron"),     QStringLiteral("Picard"),
    QStringLiteral("Schmitt"),   QStringLiteral("Colin"),     QStringLiteral("Vidal"),     QStringLiteral("Brunet"),
    QStringLiteral("Lemoine"),   QStringLiteral("Noël"),      QStringLiteral("Arnaud"),    QStringLiteral("Gautier"),
    QStringLiteral("Riviera"),   QStringLiteral("Alpina"),    QStringLiteral("Provençal"), QStringLiteral("Normandie"),
    QStringLiteral("Bretonne"),  QStringLiteral("Savoyard"),  QStringLiteral("Lorraine"),  QStringLiteral("Auvergne")};
const QStringList kSizes {QStringLiteral("20 cl"),          QStringLiteral("50 cl"), QStringLiteral("1 l"),
                          QStringLiteral("125 g"),          QStringLiteral("250 g"), QStringLiteral("500 g"),
                          QStringLiteral("1 kg"),           QStringLiteral("x6"),    QStringLiteral("x12"),
                          QStringLiteral("format familial")};

struct BenchName
{
    QString noun;
    QString description;
    QString brand;
    QString size;
};

BenchName benchName(qint64 product)
{
    const auto pick = [](const QStringList& words, qint64 index) {
        return words.at(index % words.size());
    };
    return {pick(kNouns, product), pick(kDescriptions, product / kNouns.size()),
            pick(kBrands, product / (kNouns.size() * kDescriptions.size())),
            pick(kSizes, product / (kNouns.size() * kDescriptions.size() * kBrands.size()))};
}

#ifdef CAISSE_BENCH_GUI
/** What a cashier types to find a product: the start of its name and of its brand, without accents, lower case. */
QString typedQuery(const BenchName& name, QRandomGenerator& random)
{
    const auto plain = [](const QString& word) {
        QString text = word.normalized(QString::NormalizationForm_D);
        text.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
        return text.toLower();
    };
    const QString noun = plain(name.noun).left(3 + random.bounded(3));
    return random.bounded(2) == 0 ? noun : noun + u' ' + plain(name.brand).left(2 + random.bounded(3));
}
#endif

// Every tenth product has three variants (sizes), as clothing does; the others have one.
Result<void> generateCatalog(Database& database, qint64 products)
{
    Catalog catalog(database);
    Settings settings(database);
    const auto registerId = settings.registerId();
    if (!registerId)
        return std::unexpected(registerId.error());
    constexpr qint64 kBatch = 20'000;
    qint64 barcode = 0;
    for (qint64 first = 0; first < products; first += kBatch) {
        auto transaction = Transaction::begin(database);
        if (!transaction)
            return std::unexpected(transaction.error());
        QList<NewProduct> batch;
        for (qint64 i = first; i < std::min(products, first + kBatch); ++i) {
            const BenchName name = benchName(i);
            NewProduct& product = batch.emplace_back(
                NewProduct {QStringLiteral("%1 %2 %3 %4").arg(name.noun, name.description, name.brand, name.size),
                            QStringLiteral("Bench"),
                            i % 4 == 0 ? 5500 : 20000,
                            true,
                            false,
                            {}});
            for (int v = 0; v < (i % 10 == 0 ? 3 : 1); ++v)
                product.variants.append({QStringLiteral("SKU-%1-%2").arg(i).arg(v),
                                         v ? QStringLiteral("T%1").arg(v) : QString(),
                                         100 + (i * 37 + v) % 9900,
                                         {barcodeOf(barcode++)},
                                         0});
        }
        if (auto added = catalog.addProducts(batch, *registerId, QStringLiteral("2026-11-23T00:00:00.000Z")); !added)
            return std::unexpected(added.error());
        if (auto committed = transaction->commit(); !committed)
            return committed;
    }
    settings.setValue(QStringLiteral("bench_barcodes"), QString::number(barcode));
    return settings.setShop({QStringLiteral("Bench"), {}, {}, {}, {}});
}

// A register's journal of the given size: five-line tickets, a day closure every 400 of them, as the register
// writes them (canonical bytes, SHA-256 chain, Ed25519 signature on every record).
Result<void> generateJournal(Database& database, qint64 records, const Ed25519Key& key)
{
    Journal journal(database, QStringLiteral("R01"), key);
    QDateTime time(QDate(2026, 1, 2), QTime(9, 0), Qt::UTC);
    constexpr qint64 kBatch = 20'000;
    constexpr int kTicketsPerDay = 400;
    qint64 ticket = 0;
    qint64 grandTotal = 0;
    int ticketsToday = 0;
    PeriodTotals day;
    for (qint64 written = 1; written < records;) {
        auto transaction = Transaction::begin(database);
        if (!transaction)
            return std::unexpected(transaction.error());
        for (qint64 end = std::min(records, written + kBatch); written < end; ++written) {
            time = time.addSecs(60);
            Result<JournalEntry> appended;
            if (ticketsToday == kTicketsPerDay) {
                appended = journal.append(
                    RecordType::CloseDay,
                    day.closure(time.date().toString(Qt::ISODate), grandTotal, grandTotal).toJson(), time);
                day = {};
                ticketsToday = 0;
                time = time.addDays(1);
            } else {
                ++ticket;
                ++ticketsToday;
                QJsonArray lines;
                for (int l = 0; l < 5; ++l)
                    lines.append(QJsonObject {{QStringLiteral("label"), QStringLiteral("Article %1").arg(l)},
                                              {QStringLiteral("qty_milli"), 1000},
                                              {QStringLiteral("rate_bp"), 2000},
                                              {QStringLiteral("sku"), QStringLiteral("SKU-%1").arg(l)},
                                              {QStringLiteral("ttc"), 1200},
                                              {QStringLiteral("unit_ttc"), 1200}});
                grandTotal += 6000;
                const QJsonObject data {{QStringLiteral("gt_perpetual"), grandTotal},
                                        {QStringLiteral("gt_perpetual_abs"), grandTotal},
                                        {QStringLiteral("lines"), lines},
                                        {QStringLiteral("no"), ticket},
                                        {QStringLiteral("operator"), QStringLiteral("bench")},
                                        {QStringLiteral("payments"),
                                         QJsonArray {QJsonObject {{QStringLiteral("amount"), 6000},
                                                                  {QStringLiteral("method"), QStringLiteral("CASH")}}}},
                                        {QStringLiteral("total_ht"), 5000},
                                        {QStringLiteral("total_ttc"), 6000},
                                        {QStringLiteral("total_tva"), 1000},
                                        {QStringLiteral("vat"),
                                         QJsonArray {QJsonObject {{QStringLiteral("ht"), 5000},
                                                                  {QStringLiteral("rate_bp"), 2000},
                                                                  {QStringLiteral("ttc"), 6000},
                                                                  {QStringLiteral("tva"), 1000}}}}};
                appended = journal.append(RecordType::Ticket, data, time);
                if (appended)
                    day.addTicket(TicketRecord::fromJson(data).value(), appended->hash);
            }
            if (!appended)
                return std::unexpected(appended.error());
        }
        if (auto committed = transaction->commit(); !committed)
            return committed;
    }
    return {};
}

/** Waits for one stock sync run against the emulator; false when it stopped on an error. */
bool runStockSync(Database& database, const Clock& clock, StoreClient& client)
{
    StockSync sync(database, clock, QStringLiteral("R01"), client);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&sync, &StockSync::finished, &loop, [&](bool succeeded, const QString& message) {
        ok = succeeded;
        if (!succeeded)
            std::fprintf(stderr, "stock sync: %s\n", qPrintable(message));
        loop.quit();
    });
    QTimer::singleShot(0, &sync, &StockSync::run);
    loop.exec();
    return ok;
}

/**
 * api_calls_per_1000_sales: requests sent to the online store (the emulator) to bring it the stock changes of 1,000
 * offline sales of 1 to 5 lines over 500 articles, once the connection is set up.
 */
Result<double> apiCallsPer1000Sales(const QString& dir, const Clock& clock)
{
    const QString path = QDir(dir).filePath(QStringLiteral("sync-bench.db"));
    QFile::remove(path);
    auto database = Database::open(path);
    if (!database)
        return std::unexpected(database.error());
    StoreEmulator store;
    if (!store.listen())
        return failure(Error::Code::Storage, QStringLiteral("the store emulator cannot listen"));
    constexpr int articles = 500;
    QList<NewProduct> articlesOnBothSides;
    for (int n = 0; n < articles; ++n) {
        const QString sku = QStringLiteral("SYNC-%1").arg(n);
        store.state().addProduct(sku, sku, 250, 0, 1'000'000);
        articlesOnBothSides.append(NewProduct {sku,
                                               QStringLiteral("Bench"),
                                               20000,
                                               true,
                                               false,
                                               {{sku, {}, 250, {barcodeOf(9'000'000 + n)}, 1'000'000'000}}});
    }
    Catalog catalog(**database);
    if (auto added = catalog.addProducts(articlesOnBothSides, QStringLiteral("R01"), toStorageTime(clock.nowUtc()));
        !added)
        return std::unexpected(added.error());
    // Matched at the first connection (the same SKUs on both sides): their changes are sent from now on, by the
    // store's ids.
    QSqlQuery link((*database)->connection());
    if (!link.exec(QStringLiteral("SELECT id, sku FROM variants")))
        return failure(Error::Code::Storage, link.lastError().text());
    QList<std::tuple<qint64, qint64, qint64>> links;
    while (link.next()) {
        const auto ids = store.state().idsOf(link.value(1).toString());
        if (ids)
            links.append({link.value(0).toLongLong(), ids->first, ids->second});
    }
    for (const auto& [variantId, storeProductId, storeVariantId] : links) {
        link.prepare(QStringLiteral("INSERT INTO store_links(variant_id, store_product_id, store_variant_id, "
                                    "matched_by, linked_at) VALUES(?, ?, ?, 'sku', '2026-11-23T00:00:00.000Z')"));
        link.addBindValue(variantId);
        link.addBindValue(storeProductId);
        link.addBindValue(storeVariantId);
        if (!link.exec())
            return failure(Error::Code::Storage, link.lastError().text());
    }
    StoreClient client({QUrl(store.baseUrl()), store.storeHash(), store.token()});
    if (!runStockSync(**database, clock, client)) // the first connection sets up the register's ledger item
        return failure(Error::Code::Storage, QStringLiteral("the first stock sync failed"));
    SaleStore sales(**database, clock, QStringLiteral("R01"));
    const BarcodeParser parser;
    const Currency eur = Currency::fromCode(QStringLiteral("EUR"));
    QRandomGenerator random(3);
    for (int t = 0; t < 1'000; ++t) {
        Ticket ticket(eur);
        for (int l = 0, lines = 1 + int(random.bounded(5)); l < lines; ++l) {
            auto line = lineForScan(catalog, barcodeOf(9'000'000 + random.bounded(articles)), parser, eur);
            if (!line)
                return std::unexpected(line.error());
            ticket.addLine(*line).value();
        }
        ticket.payCash(ticket.amountDueMinor()).value();
        if (auto committed = sales.commit(ticket, Operator {QStringLiteral("bench"), Role::Cashier, std::nullopt, {}});
            !committed)
            return std::unexpected(committed.error());
    }
    const qint64 before = client.requestsSent();
    if (!runStockSync(**database, clock, client))
        return failure(Error::Code::Storage, QStringLiteral("the stock sync failed"));
    return static_cast<double>(client.requestsSent() - before);
}

/**
 * import_100k_s: a first connection to a store of 100,000 products with three variants each (the emulator's), from
 * the first request to the last article saved; import_fetch_s: from the first request to the emulator's last page.
 */
Result<std::pair<double, double>> importSeconds(const QString& dir, const Clock& clock, int products)
{
    const QString path = QDir(dir).filePath(QStringLiteral("import-bench.db"));
    QFile::remove(path);
    auto database = Database::open(path);
    if (!database)
        return std::unexpected(database.error());
    StoreEmulator store;
    store.state().generateCatalog(products, 3, 10);
    store.faults().setQuota(1'000'000, 30'000); // the plan's quota is not what is measured here
    if (!store.listen())
        return failure(Error::Code::Storage, QStringLiteral("the store emulator cannot listen"));
    StoreClient client({QUrl(store.baseUrl()), store.storeHash(), store.token()});
    ProductImport import(**database, clock, QStringLiteral("R01"), client);
    QEventLoop loop;
    std::optional<ImportPlan> plan;
    QString problem;
    QObject::connect(&import, &ProductImport::planned, &loop, [&](const ImportPlan& planned) {
        plan = planned;
        loop.quit();
    });
    QObject::connect(&import, &ProductImport::failed, &loop, [&](const QString& message) {
        problem = message;
        loop.quit();
    });
    QElapsedTimer timer;
    double fetched = 0; // when the emulator served its last page: the pace the store sets
    QObject::connect(&store, &StoreEmulator::served, &loop, [&] { fetched = elapsedMs(timer) / 1000; });
    timer.start();
    import.plan();
    loop.exec();
    if (!plan)
        return failure(Error::Code::Storage, problem);
    auto applied = ProductImport::apply(**database, clock, QStringLiteral("R01"), *plan);
    if (!applied)
        return std::unexpected(applied.error());
    const double scale = 100'000.0 / products;
    return std::pair {elapsedMs(timer) / 1000 * scale, fetched * scale};
}

/**
 * csv_import_100k_s: a catalog CSV in the online store's format of 100,000 products with three sizes each (a product
 * row and three variant rows, each with its barcode and opening stock), checked whole and written into an empty
 * register.
 */
Result<double> csvImportSeconds(const QString& dir, int products)
{
    const QString path = QDir(dir).filePath(QStringLiteral("csv-bench.db"));
    QFile::remove(path);
    auto database = Database::open(path);
    if (!database)
        return std::unexpected(database.error());
    QByteArray file = "Item,ID,Name,Type,SKU,Options,Inventory Tracking,Current Stock,Low Stock,Price,Cost Price,"
                      "Categories,Description,UPC/EAN,Weight\r\n";
    for (int product = 0; product < products; ++product) {
        const QByteArray number = QByteArray::number(product);
        file += "Product,,T-shirt " + number + ",Physical,,,variant,0,2,19.90,7.10,Textile,Coton bio,,0.2\r\n";
        for (int size = 0; size < 3; ++size) {
            file += "Variant,,,,TS-" + number + '-' + QByteArray::number(size)
                + ",Type=Rectangle|Name=Taille|Value=" + QByteArray("SML").mid(size, 1) + ",,12,,19.90,,,,"
                + barcodeOf(qint64(product) * 3 + size).toLatin1() + ",0.2\r\n";
        }
    }
    QElapsedTimer timer;
    timer.start();
    const auto imported
        = CatalogCsv(**database, Currency::fromCode(QStringLiteral("EUR")), 20'000, BarcodeParser::frenchDefaults())
              .import(file, QStringLiteral("R01"), QStringLiteral("2026-12-03T10:00:00.000Z"));
    if (!imported)
        return std::unexpected(imported.error());
    if (!imported->written || imported->newProducts != products)
        return failure(Error::Code::InvalidInput,
                       QStringLiteral("the benchmark's CSV was not imported: %1")
                           .arg(imported->faults.isEmpty() ? QString() : imported->faults.first().reason));
    return elapsedMs(timer) / 1000 * 100'000.0 / products;
}

} // namespace

int main(int argc, char* argv[])
{
    // The virtual printer renders its receipts with fonts: a GUI application, without a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef CAISSE_BENCH_GUI
    QApplication app(argc, argv);
#else
    QGuiApplication app(argc, argv);
#endif
    QLoggingCategory::setFilterRules(QStringLiteral("caisse.*.info=false"));
    QCommandLineParser options;
    options.addHelpOption();
    const QCommandLineOption productsOption(QStringLiteral("products"), QStringLiteral("Catalog size."),
                                            QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption samplesOption(QStringLiteral("samples"), QStringLiteral("Timed operations per figure."),
                                           QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QStringLiteral("Keep the generated database here (reused when present)."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption journalRecordsOption(QStringLiteral("journal-records"),
                                                  QStringLiteral("Size of the journal that is verified."),
                                                  QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption importProductsOption(
        QStringLiteral("import-products"),
        QStringLiteral(
            "Products (with three variants each) of the store imported for import_100k_s, and of the CSV for "
            "csv_import_100k_s, both scaled to 100,000 (default 100000)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption guiOption(
        QStringLiteral("gui"),
        QStringLiteral("Only the windows' figures (scan_to_paint_p99_ms, stocktake_scan_p99_ms, search_p99_ms, "
                       "gui_stall_max_ms, monthly_report_ms), "
                       "offscreen."));
    options.addOptions(
        {productsOption, samplesOption, dataDirOption, journalRecordsOption, importProductsOption, guiOption});
    options.process(app);
    const qint64 products = options.value(productsOption).toLongLong();
    const int samples = std::max(10, options.value(samplesOption).toInt());

    QTemporaryDir temporary;
    const QString dir = options.isSet(dataDirOption) ? options.value(dataDirOption) : temporary.path();
    const QString path = QDir(dir).filePath(QStringLiteral("caisse.db"));
    const bool reuse = QFileInfo::exists(path);
    QJsonObject figures {{QStringLiteral("products"), products}};

    double generateSeconds = 0;
    qint64 barcodes = 0;
    {
        auto database = Database::open(path);
        if (!database) {
            std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
            return 1;
        }
        if (!reuse) {
            QElapsedTimer timer;
            timer.start();
            if (auto generated = generateCatalog(**database, products); !generated) {
                std::fprintf(stderr, "%s\n", qPrintable(generated.error().message));
                return 1;
            }
            generateSeconds = elapsedMs(timer) / 1000;
        }
        barcodes = Settings(**database).value(QStringLiteral("bench_barcodes")).toLongLong();
        if (options.isSet(guiOption)) {
#ifdef CAISSE_BENCH_GUI
            QRandomGenerator random(16);
            QStringList codes;
            for (int i = 0; i < samples; ++i)
                codes << barcodeOf(static_cast<qint64>(random.bounded(static_cast<quint64>(barcodes))));
            QStringList queries;
            constexpr int kQueries = 200;
            for (int i = 0; i < kQueries; ++i)
                queries << typedQuery(benchName(static_cast<qint64>(random.bounded(static_cast<quint64>(products)))),
                                      random);
            database->reset();
            const auto counter = measureCounter(path, codes, queries, samples);
            if (!counter) {
                std::fprintf(stderr, "%s\n", qPrintable(counter.error().message));
                return 1;
            }
            for (auto figure = counter->begin(); figure != counter->end(); ++figure)
                figures.insert(figure.key(), figure.value());
            const auto report = measureMonthlyReport(dir);
            if (!report) {
                std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
                return 1;
            }
            for (auto figure = report->begin(); figure != report->end(); ++figure)
                figures.insert(figure.key(), figure.value());
            std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
            return 0;
#else
            std::fprintf(stderr, "this caisse-bench was built without the counter (POS_BUILD_APP=OFF)\n");
            return 2;
#endif
        }

        QRandomGenerator random(525);
        Catalog catalog(**database);
        const BarcodeParser parser;
        const Currency eur = Currency::fromCode(QStringLiteral("EUR"));
        QList<double> lookups;
        for (int i = 0; i < samples; ++i) {
            const QString code = barcodeOf(static_cast<qint64>(random.bounded(static_cast<quint64>(barcodes))));
            QElapsedTimer timer;
            timer.start();
            const auto line = lineForScan(catalog, code, parser, eur);
            lookups.append(elapsedMs(timer));
            if (!line) {
                std::fprintf(stderr, "lookup failed: %s\n", qPrintable(line.error().message));
                return 1;
            }
        }

        SystemClock clock;
        // Signed with the register's own key, as the register signs, so the figure includes the journal's whole cost.
        SecretStore secrets(**database, SecretStore::defaultWrappingKeyDir());
        auto key = Journal::signingKey(**database, secrets, QStringLiteral("R01"));
        if (!key) {
            std::fprintf(stderr, "%s\n", qPrintable(key.error().message));
            return 1;
        }
        SaleStore store(**database, clock, QStringLiteral("R01"), *key);
        QList<double> commits;
        for (int i = 0; i < std::max(10, samples / 5); ++i) {
            Ticket ticket(eur);
            for (int l = 0; l < 5; ++l)
                ticket
                    .addLine(lineForScan(catalog,
                                         barcodeOf(static_cast<qint64>(random.bounded(static_cast<quint64>(barcodes)))),
                                         parser, eur)
                                 .value())
                    .value();
            ticket.payCash(ticket.amountDueMinor()).value();
            QElapsedTimer timer;
            timer.start();
            const auto committed
                = store.commit(ticket, Operator {QStringLiteral("bench"), Role::Cashier, std::nullopt, {}});
            commits.append(elapsedMs(timer));
            if (!committed) {
                std::fprintf(stderr, "commit failed: %s\n", qPrintable(committed.error().message));
                return 1;
            }
        }
        figures.insert(QStringLiteral("lookup_p50_ms"), percentile(lookups, 0.5));
        figures.insert(QStringLiteral("lookup_p99_ms"), percentile(lookups, 0.99));
        figures.insert(QStringLiteral("commit_p50_ms"), percentile(commits, 0.5));
        figures.insert(QStringLiteral("commit_p99_ms"), percentile(commits, 0.99));

        // What the journal adds to a sale's transaction: building, hashing, signing and inserting its record (a
        // realistic one: the last committed ticket's), on a chain of its own, rolled back to leave the data as it was.
        const QJsonObject ticketData
            = Journal(**database, QStringLiteral("R01")).lastDataOfType(RecordType::Ticket).value();
        Journal overheadJournal(**database, QStringLiteral("BENCH"), *key);
        QList<double> overheads;
        for (int i = 0; i < std::max(10, samples / 5); ++i) {
            auto transaction = Transaction::begin(**database);
            if (!transaction) {
                std::fprintf(stderr, "%s\n", qPrintable(transaction.error().message));
                return 1;
            }
            QElapsedTimer timer;
            timer.start();
            const auto appended = overheadJournal.append(RecordType::Ticket, ticketData, clock.nowUtc());
            overheads.append(elapsedMs(timer));
            if (!appended) {
                std::fprintf(stderr, "journal append failed: %s\n", qPrintable(appended.error().message));
                return 1;
            }
        }
        // A card payment against the emulator answering at once, on this loopback. card_overhead_ms is what the card
        // payment itself costs the register: from asking to pay to the request written (the attempt on disk, the
        // connection), plus from the answer read to the outcome on disk. card_total_ms adds the sale's own commit,
        // which a cash sale pays too (commit_p99_ms).
        TerminalEmulator emulator;
        if (!emulator.listen()) {
            std::fprintf(stderr, "the terminal emulator cannot listen\n");
            return 1;
        }
        CaisseApSettings terminalSettings;
        terminalSettings.port = emulator.port();
        CaisseApTerminal terminal(terminalSettings);
        QElapsedTimer cardTimer;
        qint64 requestWrittenNs = 0;
        qint64 answerReadNs = 0;
        qint64 outcomeStoredNs = 0;
        QObject::connect(&terminal, &PaymentTerminal::stepChanged, &terminal, [&](PaymentTerminal::Step step) {
            if (step == PaymentTerminal::Step::WaitingForCustomer)
                requestWrittenNs = cardTimer.nsecsElapsed();
        });
        QObject::connect(&terminal, &PaymentTerminal::finished, &terminal,
                         [&](const PaymentOutcome&) { answerReadNs = cardTimer.nsecsElapsed(); });
        // Connected before the flow, so that the answer is timed before the flow records it.
        auto writer = DatabaseWriter::open(path);
        if (!writer) {
            std::fprintf(stderr, "%s\n", qPrintable(writer.error().message));
            return 1;
        }
        SaleWriter saleWriter(**writer, clock, QStringLiteral("R01"), *key, SaleStore::Mode::Live);
        CardPaymentFlow flow(store, saleWriter, terminal);
        QObject::connect(&flow, &CardPaymentFlow::approved, &flow, [&] { outcomeStoredNs = cardTimer.nsecsElapsed(); });
        QList<double> cardOverheads;
        QList<double> cardTotals;
        const Operator cashier {QStringLiteral("bench"), Role::Cashier, std::nullopt, {}};
        for (int i = 0; i < std::max(10, samples / 10); ++i) {
            Ticket ticket(eur);
            ticket.addLine(lineForScan(catalog, barcodeOf(i % barcodes), parser, eur).value()).value();
            QEventLoop loop;
            bool recorded = false;
            const auto done = QObject::connect(&flow, &CardPaymentFlow::recorded, &loop, [&] {
                recorded = true;
                loop.quit();
            });
            const auto failed = QObject::connect(&flow, &CardPaymentFlow::notCharged, &loop, &QEventLoop::quit);
            cardTimer.start();
            if (!flow.pay(ticket, cashier)) {
                std::fprintf(stderr, "card payment refused\n");
                return 1;
            }
            loop.exec();
            const qint64 totalNs = cardTimer.nsecsElapsed();
            QObject::disconnect(done);
            QObject::disconnect(failed);
            if (!recorded) {
                std::fprintf(stderr, "card payment not recorded\n");
                return 1;
            }
            cardOverheads.append(static_cast<double>(requestWrittenNs + (outcomeStoredNs - answerReadNs)) / 1e6);
            cardTotals.append(static_cast<double>(totalNs - (answerReadNs - requestWrittenNs)) / 1e6);
        }
        figures.insert(QStringLiteral("card_overhead_p50_ms"), percentile(cardOverheads, 0.5));
        figures.insert(QStringLiteral("card_overhead_ms"), percentile(cardOverheads, 0.99));
        figures.insert(QStringLiteral("card_total_ms"), percentile(cardTotals, 0.99));

        // A 50-line receipt: layout and ESC/POS encoding, then from "print" to its last byte at the virtual printer
        // (queued on disk, printer status asked, job sent over TCP).
        Ticket receiptTicket(eur);
        for (int l = 0; l < 50; ++l) {
            TicketLine line = lineForScan(catalog, barcodeOf(l), parser, eur).value();
            line.label = QStringLiteral("Article de test n° %1 — qualité supérieure").arg(l);
            receiptTicket.addLine(line).value();
        }
        receiptTicket.payCash(receiptTicket.amountDueMinor()).value();
        const auto receiptCommitted = store.commit(receiptTicket, cashier);
        if (!receiptCommitted) {
            std::fprintf(stderr, "%s\n", qPrintable(receiptCommitted.error().message));
            return 1;
        }
        const auto shop = Settings(**database).shop();
        if (!shop) {
            std::fprintf(stderr, "%s\n", qPrintable(shop.error().message));
            return 1;
        }
        const QLocale french(QLocale::French, QLocale::France);
        QList<double> encodes;
        QByteArray receiptJob;
        for (int i = 0; i < samples; ++i) {
            QElapsedTimer timer;
            timer.start();
            receiptJob = ReceiptLayout::encode(*receiptCommitted, *shop, french, PrinterProfile::epson());
            encodes.append(elapsedMs(timer));
        }
        figures.insert(QStringLiteral("receipt_encode_p50_ms"), percentile(encodes, 0.5));
        figures.insert(QStringLiteral("receipt_encode_ms"), percentile(encodes, 0.99));

        VirtualPrinter virtualPrinter;
        if (!virtualPrinter.listen()) {
            std::fprintf(stderr, "the virtual printer cannot listen\n");
            return 1;
        }
        PrintQueue printQueue(**database, **writer, clock);
        NetworkPrinter networkPrinter(QStringLiteral("127.0.0.1"), virtualPrinter.port());
        if (!networkPrinter.start()) {
            std::fprintf(stderr, "the printer cannot be enabled\n");
            return 1;
        }
        PrintSpooler spooler(printQueue, networkPrinter);
        qint64 receivedBytes = 0;
        QObject::connect(&virtualPrinter, &VirtualPrinter::received, &virtualPrinter,
                         [&](qint64 bytes) { receivedBytes += bytes; });
        QList<double> prints;
        for (int i = 0; i < std::max(10, samples / 20); ++i) {
            receivedBytes = 0;
            QElapsedTimer timer;
            timer.start();
            bool refused = false;
            spooler.submit(receiptJob, receiptCommitted->uuid, 0, [&](const QString& reason) {
                std::fprintf(stderr, "the print queue cannot be written: %s\n", qPrintable(reason));
                refused = true;
            });
            // Three status queries before the job and three after it travel with it.
            while (!refused && receivedBytes < receiptJob.size() + 6 && timer.elapsed() < 10'000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
            if (refused)
                return 1;
            prints.append(elapsedMs(timer));
            QEventLoop settle;
            QObject::connect(&spooler, &PrintSpooler::printed, &settle, &QEventLoop::quit);
            QTimer::singleShot(5'000, &settle, &QEventLoop::quit);
            if (printQueue.waiting().value_or(0) > 0)
                settle.exec();
        }
        figures.insert(QStringLiteral("print_to_last_byte_p50_ms"), percentile(prints, 0.5));
        figures.insert(QStringLiteral("print_to_last_byte_ms"), percentile(prints, 0.99));

        figures.insert(QStringLiteral("journal_overhead_p50_ms"), percentile(overheads, 0.5));
        figures.insert(QStringLiteral("journal_overhead_p99_ms"), percentile(overheads, 0.99));
    }

    {
        const qint64 records = std::max<qint64>(100, options.value(journalRecordsOption).toLongLong());
        const QString journalPath = QDir(dir).filePath(QStringLiteral("journal-%1.db").arg(records));
        const bool journalExists = QFileInfo::exists(journalPath);
        auto database = Database::open(journalPath);
        if (!database) {
            std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
            return 1;
        }
        if (!journalExists) {
            QElapsedTimer timer;
            timer.start();
            if (auto generated = generateJournal(**database, records, Ed25519Key::generate().value()); !generated) {
                std::fprintf(stderr, "%s\n", qPrintable(generated.error().message));
                return 1;
            }
            figures.insert(QStringLiteral("journal_generation_s"), elapsedMs(timer) / 1000);
        }
        QElapsedTimer timer;
        timer.start();
        const ChainReport report
            = JournalVerifier::verifyChain(**database, QStringLiteral("R01"), JournalVerifier::Signatures::Anchors, {},
                                           JournalVerifier::SalesCheck::Skip);
        const double seconds = elapsedMs(timer) / 1000;
        if (!report.fault.isEmpty() || report.records != records) {
            std::fprintf(stderr, "journal verification failed: %s (%lld records)\n", qPrintable(report.fault),
                         static_cast<long long>(report.records));
            return 1;
        }
        figures.insert(QStringLiteral("verify_records"), records);
        figures.insert(QStringLiteral("verify_s"), seconds);
        figures.insert(QStringLiteral("verify_1m_s"), seconds * 1e6 / static_cast<double>(records));
    }

    // Cold start: from starting the register's process to its scan field having the focus, with this catalog.
    const QString register_ = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("caisse"));
    QList<double> starts;
    qint64 rssKib = 0;
    for (int run = 0; run < 3; ++run) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        process.start(
            register_,
            {QStringLiteral("--data-dir"), dir, QStringLiteral("--demo"), QStringLiteral("--report-startup")});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            std::fprintf(stderr, "the register did not start: %s\n", process.readAllStandardError().constData());
            return 1;
        }
        starts.append(elapsedMs(timer));
        const QJsonObject report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        if (!report.value(QStringLiteral("scan_field_focused")).toBool()) {
            std::fprintf(stderr, "the register started without the focus in its scan field\n");
            return 1;
        }
        rssKib = std::max(rssKib, static_cast<qint64>(report.value(QStringLiteral("rss_kib")).toDouble()));
    }
    const SystemClock syncClock;
    const auto apiCalls = apiCallsPer1000Sales(dir, syncClock);
    if (!apiCalls) {
        std::fprintf(stderr, "%s\n", qPrintable(apiCalls.error().message));
        return 1;
    }
    figures.insert(QStringLiteral("api_calls_per_1000_sales"), *apiCalls);
    const auto imported = importSeconds(dir, syncClock, std::max(100, options.value(importProductsOption).toInt()));
    if (!imported) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error().message));
        return 1;
    }
    figures.insert(QStringLiteral("import_100k_s"), imported->first);
    figures.insert(QStringLiteral("import_fetch_s"), imported->second);
    const auto csvImported = csvImportSeconds(dir, std::max(100, options.value(importProductsOption).toInt()));
    if (!csvImported) {
        std::fprintf(stderr, "%s\n", qPrintable(csvImported.error().message));
        return 1;
    }
    figures.insert(QStringLiteral("csv_import_100k_s"), *csvImported);
    figures.insert(QStringLiteral("cold_start_ms"), percentile(starts, 0.5));
    figures.insert(QStringLiteral("cold_start_max_ms"), percentile(starts, 1.0));
    figures.insert(QStringLiteral("rss_mib"), static_cast<double>(rssKib) / 1024.0);
    figures.insert(QStringLiteral("database_mib"), static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0));
    if (!reuse)
        figures.insert(QStringLiteral("catalog_generation_s"), generateSeconds);
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return 0;
}
