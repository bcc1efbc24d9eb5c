#include "CounterBench.h"

#include "BackOfficeBench.h"
#include "StoreEmulator.h"
#include "base/SystemClock.h"
#include "catalog/BarcodeParser.h"
#include "catalog/Catalog.h"
#include "counter/ArticleSearchDialog.h"
#include "counter/CounterWindow.h"
#include "storesync/SyncWorker.h"
#include "terminal/CaisseApTerminal.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlQuery>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QWindow>

#include <algorithm>

namespace caisse {

namespace {

constexpr int kSales = 200;
constexpr int kScansPerSale = 3;
constexpr qsizetype kSyncedArticles = 500;

double p99(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples[std::min(samples.size() - 1, qsizetype(double(samples.size()) * 0.99))];
}

/** Notes when its widget paints. */
class PaintProbe final : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

void pressEnter(QWidget* widget)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(widget, &press);
    QApplication::sendEvent(widget, &release);
}

/** The articles scanned first are on the online store too, linked as a confirmed matching links them. */
Result<void> linkToStore(Database& database, StoreEmulator& store, const QStringList& codes)
{
    Catalog catalog(database);
    QSqlQuery link(database.connection());
    for (const QString& code : codes.mid(0, kSyncedArticles)) {
        const auto key = BarcodeParser::lookupKeyOf(code);
        const auto item = key ? catalog.findByLookupKey(*key) : Result<CatalogItem>(std::unexpected(key.error()));
        if (!item)
            return std::unexpected(item.error());
        const qint64 online = store.state().addProduct(item->name, item->sku, item->priceMinor, 0, 1'000'000);
        if (auto linked = Database::run(
                link,
                QStringLiteral("INSERT OR REPLACE INTO store_links(variant_id, store_product_id, store_variant_id, "
                               "matched_by, linked_at) VALUES(?, ?, ?, 'sku', '2026-11-23T00:00:00.000Z')"),
                {item->variantId, online, online});
            !linked)
            return linked;
    }
    return {};
}

} // namespace

Result<QJsonObject> measureCounter(const QString& path, const QStringList& scanCodes, const QStringList& queries,
                                   int samples)
{
    auto database = Database::open(path);
    if (!database)
        return std::unexpected(database.error());
    const SystemClock clock;
    // Never used: the benchmark pays cash. The session needs a terminal to exist.
    CaisseApTerminal terminal(CaisseApSettings {});
    auto writer = DatabaseWriter::open(path);
    if (!writer)
        return std::unexpected(writer.error());
    const auto profile = Settings(**database).profile();
    if (!profile)
        return std::unexpected(profile.error());
    CounterSession session(**database, **writer, clock, *profile, terminal, QLocale(QLocale::French, QLocale::France),
                           Operator {QStringLiteral("bench"), Role::Cashier, std::nullopt, {}});
    CounterWindow window(session);
    window.show();
    while (!window.windowHandle() || !window.windowHandle()->isExposed())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    auto* scanField = window.findChild<QLineEdit*>(QStringLiteral("scanLineEdit"));
    auto* tendered = window.findChild<QLineEdit*>(QStringLiteral("tenderedLineEdit"));
    auto* lines = window.findChild<QTableView*>(QStringLiteral("linesTableView"));
    PaintProbe probe;
    lines->viewport()->installEventFilter(&probe);

    QJsonObject figures;
    QList<double> scanToPaint;
    for (int i = 0; i < samples; ++i) {
        scanField->setText(scanCodes[i % scanCodes.size()]);
        QApplication::processEvents();
        probe.painted = false;
        QElapsedTimer timer;
        timer.start();
        pressEnter(scanField);
        while (!probe.painted)
            QApplication::processEvents();
        scanToPaint.append(double(timer.nsecsElapsed()) / 1e6);
        if (session.ticket().lines().size() >= 20)
            pressEnter(tendered); // paid in cash: the next lines start a new ticket, as at a real counter
    }
    if (!session.ticket().isEmpty())
        pressEnter(tendered);
    figures.insert(QStringLiteral("scan_to_paint_p50_ms"), [&] {
        QList<double> sorted = scanToPaint;
        std::sort(sorted.begin(), sorted.end());
        return sorted[sorted.size() / 2];
    }());
    figures.insert(QStringLiteral("scan_to_paint_p99_ms"), p99(scanToPaint));

    // A manager counting the shop with the same scanner.
    const auto stocktake = measureStocktakeScans(session, scanCodes);
    if (!stocktake)
        return std::unexpected(stocktake.error());
    for (auto figure = stocktake->begin(); figure != stocktake->end(); ++figure)
        figures.insert(figure.key(), figure.value());

    // The search as a cashier types: each keystroke, then its results painted.
    {
        ArticleSearchDialog search(session, {}, &window);
        search.show();
        auto* field = search.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        auto* results = search.findChild<QListWidget*>(QStringLiteral("resultsListWidget"));
        PaintProbe resultsProbe;
        results->viewport()->installEventFilter(&resultsProbe);
        while (!resultsProbe.painted)
            QApplication::processEvents();
        QList<double> keystrokes;
        int found = 0;
        for (const QString& query : queries) {
            field->clear();
            QApplication::processEvents();
            for (const QChar letter : query) {
                resultsProbe.painted = false;
                QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(letter));
                QElapsedTimer timer;
                timer.start();
                QApplication::sendEvent(field, &press);
                // A keystroke that leaves the results as they were paints nothing: its time is the search's alone.
                for (int round = 0; round < 3 && !resultsProbe.painted; ++round)
                    QApplication::processEvents();
                keystrokes.append(double(timer.nsecsElapsed()) / 1e6);
            }
            found += results->count() > 0 ? 1 : 0;
        }
        figures.insert(QStringLiteral("search_p99_ms"), p99(keystrokes));
        figures.insert(QStringLiteral("search_keystrokes"), static_cast<int>(keystrokes.size()));
        figures.insert(QStringLiteral("search_queries_with_results"), found);
    }

    // The store, on a thread of its own, and the register's sync worker, on its own thread and connection.
    QThread storeThread;
    auto* store = new StoreEmulator;
    if (auto linked = linkToStore(**database, *store, scanCodes); !linked)
        return std::unexpected(linked.error());
    store->moveToThread(&storeThread);
    QObject::connect(&storeThread, &QThread::finished, store, &QObject::deleteLater);
    storeThread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        store, [&] { listening = store->listen(); }, Qt::BlockingQueuedConnection);
    if (!listening)
        return failure(Error::Code::Storage, QStringLiteral("the store emulator cannot listen"));
    int syncRuns = 0;
    {
        SyncWorker sync(path, clock, StoreConnection {QUrl(store->baseUrl()), store->storeHash(), store->token()},
                        profile->registerId, 1'000);
        QObject::connect(&sync, &SyncWorker::statusChanged, &window, [&] { ++syncRuns; });
        QObject::connect(&window, &CounterWindow::ticketCommitted, &sync, &SyncWorker::kick);
        sync.start();

        // Each step is one input of a quick cashier, posted so that the event loop runs between them.
        QElapsedTimer sinceBeat;
        QList<double> stalls;
        int step = 0;
        QList<int> stalledSteps;
        QTimer heartbeat;
        heartbeat.setInterval(0);
        QObject::connect(&heartbeat, &QTimer::timeout, &window, [&] {
            stalls.append(double(sinceBeat.nsecsElapsed()) / 1e6);
            if (stalls.last() > 16)
                stalledSteps.append(step);
            sinceBeat.start();
        });
        QEventLoop loop;
        QTimer cashier;
        cashier.setInterval(1);
        QObject::connect(&cashier, &QTimer::timeout, &window, [&] {
            if (step == kSales * (kScansPerSale + 1)) {
                loop.quit();
                return;
            }
            if (step % (kScansPerSale + 1) == kScansPerSale) {
                pressEnter(tendered);
            } else {
                scanField->setText(scanCodes[step % std::min(scanCodes.size(), kSyncedArticles)]);
                pressEnter(scanField);
            }
            ++step;
        });
        sinceBeat.start();
        heartbeat.start();
        cashier.start();
        loop.exec();
        heartbeat.stop();
        figures.insert(QStringLiteral("gui_stall_max_ms"), *std::max_element(stalls.begin(), stalls.end()));
        figures.insert(QStringLiteral("gui_stall_p99_ms"), p99(stalls));
        // Which inputs the stalls over a frame (16 ms) followed: step n is sale n / 4, and n % 4 == 3 is its payment.
        QJsonArray over;
        for (const int stalled : stalledSteps)
            over.append(stalled);
        figures.insert(QStringLiteral("gui_stall_steps_over_16ms"), over);
    }
    storeThread.quit();
    storeThread.wait();
    figures.insert(QStringLiteral("gui_stall_sync_runs"), syncRuns);
    return figures;
}

} // namespace caisse
