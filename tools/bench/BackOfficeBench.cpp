#include "BackOfficeBench.h"

#include "backoffice/ReportsDialog.h"
#include "counter/StocktakeDialog.h"
#include "sale/CounterSession.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QWindow>

#include <algorithm>

namespace caisse {

namespace {

constexpr qint64 kTickets = 333'334;
constexpr qint64 kLinesPerTicket = 3;
constexpr qint64 kArticles = 20'000;
constexpr int kReportRuns = 5;

/** Notes when the widget it watches paints. */
class Painted final : public QObject
{
public:
    explicit Painted(QWidget* widget) { widget->installEventFilter(this); }
    bool seen = false;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            seen = true;
        return QObject::eventFilter(watched, event);
    }
};

void waitUntilPainted(Painted& probe)
{
    while (!probe.seen)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
}

/**
 * October 2026 of a busy register, written straight into the sales tables (the reports read nothing else): kTickets
 * tickets of three lines, every 7 seconds from the 1st, over kArticles articles at 20 % and 5.5 %.
 */
Result<void> generateMonth(Database& database)
{
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const QStringList script {
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) INSERT INTO "
                       "products(id, uuid, name, category, vat_rate_milli_percent, updated_at, cost_price_minor) "
                       "SELECT i, 'bench-p' || i, 'Article ' || i, 'Rayon ' || (i % 40), CASE WHEN i % 4 = 0 THEN "
                       "5500 ELSE 20000 END, '2026-10-01T00:00:00.000Z', CASE WHEN i % 10 = 0 THEN NULL ELSE 100 + "
                       "i % 900 END FROM n")
            .arg(kArticles),
        QStringLiteral("INSERT INTO variants(id, uuid, product_id, sku, price_minor) SELECT id, 'bench-v' || id, id, "
                       "'SKU-' || id, 150 + id % 1500 FROM products"),
        // The lines are drawn first, so that each ticket is written with its totals: committed tickets cannot be
        // updated, and their lines need them to exist.
        QStringLiteral(
            "CREATE TEMP TABLE bench_lines AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
            "WHERE i < %1), k(line) AS (SELECT 1 UNION ALL SELECT line + 1 FROM k WHERE line < %2) SELECT "
            "n.i AS ticket_id, k.line AS line_no, v.id AS variant_id, v.sku, p.name AS label, v.price_minor "
            "AS price, p.vat_rate_milli_percent AS rate FROM n JOIN k JOIN variants v ON v.id = (n.i * 7 + "
            "k.line * 131) % %3 + 1 JOIN products p ON p.id = v.product_id")
            .arg(kTickets)
            .arg(kLinesPerTicket)
            .arg(kArticles),
        QStringLiteral(
            "CREATE TEMP TABLE bench_vat AS SELECT ticket_id, rate, SUM(price) * 100000 / (100000 + rate) AS "
            "base, SUM(price) AS total FROM bench_lines GROUP BY ticket_id, rate"),
        QStringLiteral("INSERT INTO tickets(id, uuid, register_id, number, kind, occurred_at, operator, currency, "
                       "ticket_discount_kind, ticket_discount_value, ticket_discount_minor, line_discounts_minor, "
                       "base_minor, vat_minor, total_minor) SELECT ticket_id, 'bench-t' || ticket_id, 'R01', "
                       "ticket_id, 'sale', strftime('%Y-%m-%dT%H:%M:%S.000Z', '2026-10-01 06:00:00', '+' || "
                       "(ticket_id * 7) || ' seconds'), CASE ticket_id % 3 WHEN 0 THEN 'Camille' WHEN 1 THEN "
                       "'Dominique' ELSE 'Sacha' END, 'EUR', 'none', 0, 0, 0, SUM(base), SUM(total - base), SUM(total) "
                       "FROM bench_vat GROUP BY ticket_id ORDER BY ticket_id"),
        QStringLiteral("INSERT INTO ticket_lines(ticket_id, line_no, variant_id, sku, label, quantity_milli, "
                       "unit_price_minor, vat_rate_milli_percent, sold_by_weight, discount_kind, discount_value, "
                       "gross_minor, line_discount_minor, ticket_discount_share_minor, total_minor) SELECT ticket_id, "
                       "line_no, variant_id, sku, label, 1000, price, rate, 0, 'none', 0, price, 0, 0, price FROM "
                       "bench_lines ORDER BY ticket_id, line_no"),
        QStringLiteral("INSERT INTO ticket_vat(ticket_id, vat_rate_milli_percent, base_minor, vat_minor, total_minor) "
                       "SELECT ticket_id, rate, base, total - base, total FROM bench_vat"),
        QStringLiteral("INSERT INTO payments(ticket_id, payment_no, method, amount_minor, tendered_minor, "
                       "change_minor) SELECT ticket_id, 1, CASE ticket_id % 2 WHEN 0 THEN 'cash' ELSE 'card' END, "
                       "SUM(total), SUM(total), 0 FROM bench_vat GROUP BY ticket_id")};
    QSqlQuery query(database.connection());
    for (const QString& statement : script)
        if (auto ran = Database::exec(query, statement); !ran)
            return ran;
    return transaction->commit();
}

void pressEnter(QWidget* widget)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(widget, &press);
    QApplication::sendEvent(widget, &release);
}

} // namespace

Result<QJsonObject> measureMonthlyReport(const QString& dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("report-month.db"));
    const bool exists = QFileInfo::exists(path);
    auto database = Database::open(path);
    if (!database)
        return std::unexpected(database.error());
    QJsonObject figures;
    if (!exists) {
        QElapsedTimer timer;
        timer.start();
        if (auto generated = generateMonth(**database); !generated)
            return std::unexpected(generated.error());
        figures.insert(QStringLiteral("monthly_report_generation_s"), double(timer.elapsed()) / 1000);
    }
    const auto lines = (*database)->integer(QStringLiteral("SELECT COUNT(*) FROM ticket_lines"));
    if (!lines)
        return std::unexpected(lines.error());
    QList<double> runs;
    qint64 articleRows = 0;
    for (int run = 0; run < kReportRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        ReportsDialog dialog(**database, QStringLiteral("R01"), Currency::fromCode(QStringLiteral("EUR")),
                             QLocale(QLocale::French, QLocale::France));
        dialog.showPeriod(ReportPeriod::monthOf(QDate(2026, 10, 1)));
        auto* byDay = dialog.findChild<QTableView*>(QStringLiteral("dayTableView"));
        auto* byArticle = dialog.findChild<QTableView*>(QStringLiteral("articleTableView"));
        Painted dayPainted(byDay->viewport());
        dialog.show();
        waitUntilPainted(dayPainted);
        Painted articlePainted(byArticle->viewport());
        dialog.showReport(ReportsDialog::ByArticle);
        waitUntilPainted(articlePainted);
        runs.append(double(timer.nsecsElapsed()) / 1e6);
        articleRows = dialog.table(ReportsDialog::ByArticle).rowCount();
    }
    std::sort(runs.begin(), runs.end());
    // The median run: the first pays once for what any window's first opening does (the chart module, a cold cache).
    figures.insert(QStringLiteral("monthly_report_ms"), runs.at(runs.size() / 2));
    figures.insert(QStringLiteral("monthly_report_max_ms"), runs.last());
    figures.insert(QStringLiteral("monthly_report_ticket_lines"), *lines);
    figures.insert(QStringLiteral("monthly_report_articles"), articleRows);
    return figures;
}

Result<QJsonObject> measureStocktakeScans(CounterSession& session, const QStringList& scanCodes)
{
    StocktakeDialog dialog(session, Operator {QStringLiteral("bench"), Role::Manager, std::nullopt, {}});
    dialog.show();
    auto* article = dialog.findChild<QLineEdit*>(QStringLiteral("articleLineEdit"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"));
    dialog.findChild<QPushButton*>(QStringLiteral("startPushButton"))->click();
    QElapsedTimer started;
    started.start();
    while (!article->isEnabled()) {
        if (started.elapsed() > 10'000)
            return failure(Error::Code::Storage, QStringLiteral("the stocktake did not start: ") + message->text());
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    QList<double> scans;
    for (const QString& code : scanCodes) {
        article->setText(code);
        QApplication::processEvents();
        const QString before = message->text();
        Painted painted(message);
        QElapsedTimer timer;
        timer.start();
        pressEnter(article);
        while (message->text() == before || !painted.seen)
            QApplication::processEvents(QEventLoop::AllEvents, 1);
        scans.append(double(timer.nsecsElapsed()) / 1e6);
    }
    QFuture<Result<void>> abandoned
        = session.stockDesk().abandonCount(Operator {QStringLiteral("bench"), Role::Manager, std::nullopt, {}});
    abandoned.waitForFinished();
    std::sort(scans.begin(), scans.end());
    return QJsonObject {
        {QStringLiteral("stocktake_scan_p50_ms"), scans.at(scans.size() / 2)},
        {QStringLiteral("stocktake_scan_p99_ms"),
         scans.at(std::min(scans.size() - 1, qsizetype(double(scans.size()) * 0.99)))},
        {QStringLiteral("stocktake_scans"), static_cast<int>(scans.size())},
    };
}

} // namespace caisse
