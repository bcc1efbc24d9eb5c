#include "backoffice/ReportsDialog.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QValueAxis>

namespace caisse {

namespace {

using Kind = ReportTable::Kind;

QVariant optionalMoney(const std::optional<qint64>& minor)
{
    return minor ? QVariant(*minor) : QVariant();
}

} // namespace

ReportsDialog::ReportsDialog(Database& database, const QString& registerId, const Currency& currency,
                             const QLocale& locale, QWidget* parent)
    : QDialog(parent)
    , m_reports(database, registerId)
    , m_currency(currency)
    , m_locale(locale)
    , m_period(ReportPeriod::monthOf(QDate::currentDate()))
    , m_periodComboBox(new QComboBox(this))
    , m_dateEdit(new QDateEdit(QDate::currentDate(), this))
    , m_tabs(new QTabWidget(this))
    , m_messageLabel(new QLabel(this))
    , m_dayChartView(new QChartView(this))
    , m_hourChartView(new QChartView(this))
{
    setWindowTitle(tr("Reports"));
    m_periodComboBox->setObjectName(QStringLiteral("periodComboBox"));
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_periodComboBox->addItem(tr("The month of"));
    m_periodComboBox->addItem(tr("The day"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(m_locale.dateFormat(QLocale::ShortFormat));
    m_dateEdit->setLocale(m_locale);
    for (QChartView* view : {m_dayChartView, m_hourChartView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
    }
    const QStringList names {tr("By day"),      tr("By hour"),      tr("By article"),
                             tr("By category"), tr("By cashier"),   tr("By payment method"),
                             tr("VAT"),         tr("Slow sellers"), tr("Online and in store"),
                             tr("Stock value")};
    const QStringList objectNames {QStringLiteral("day"),      QStringLiteral("hour"),    QStringLiteral("article"),
                                   QStringLiteral("category"), QStringLiteral("cashier"), QStringLiteral("method"),
                                   QStringLiteral("vat"),      QStringLiteral("slow"),    QStringLiteral("channels"),
                                   QStringLiteral("stock")};
    for (int report = 0; report < names.size(); ++report) {
        auto* table = new ReportTable(m_currency, m_locale, this);
        auto* view = new QTableView(this);
        view->setObjectName(objectNames.at(report) + QStringLiteral("TableView"));
        view->setModel(table);
        view->verticalHeader()->hide();
        view->setAlternatingRowColors(true);
        // Columns as wide as their figures, measured on the first rows only: a month has thousands of articles.
        view->horizontalHeader()->setResizeContentsPrecision(50);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_tables.append(table);
        m_views.append(view);
        m_loaded.append(false);
        QWidget* page = view;
        if (report == ByDay || report == ByHour) {
            auto* split = new QSplitter(Qt::Vertical, this);
            split->addWidget(report == ByDay ? m_dayChartView : m_hourChartView);
            split->addWidget(view);
            page = split;
        }
        m_tabs->addTab(page, names.at(report));
    }
    auto* top = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periodComboBox);
    top->addWidget(periodLabel);
    top->addWidget(m_periodComboBox);
    top->addWidget(m_dateEdit);
    top->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* csvButton = buttons->addButton(tr("E&xport as CSV…"), QDialogButtonBox::ActionRole);
    auto* pdfButton = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    csvButton->setObjectName(QStringLiteral("csvPushButton"));
    pdfButton->setObjectName(QStringLiteral("pdfPushButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto periodChanged = [this] {
        showPeriod(chosenPeriod());
    };
    connect(m_periodComboBox, &QComboBox::currentIndexChanged, this, periodChanged);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, periodChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int report) { load(static_cast<Report>(report)); });
    connect(csvButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export as CSV"), title(static_cast<Report>(m_tabs->currentIndex())) + QStringLiteral(".csv"),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(pdfButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save as PDF"), title(static_cast<Report>(m_tabs->currentIndex())) + QStringLiteral(".pdf"),
            tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            savePdf(path);
    });
    load(ByDay);
    resize(1100, 760);
}

ReportPeriod ReportsDialog::chosenPeriod() const
{
    const QDate date = m_dateEdit->date();
    return m_periodComboBox->currentIndex() == 0 ? ReportPeriod::monthOf(date) : ReportPeriod::day(date);
}

void ReportsDialog::showPeriod(const ReportPeriod& period)
{
    m_period = period;
    for (qsizetype report = 0; report < m_loaded.size(); ++report)
        m_loaded[report] = false;
    {
        const QSignalBlocker comboBlocker(m_periodComboBox);
        const QSignalBlocker dateBlocker(m_dateEdit);
        m_periodComboBox->setCurrentIndex(period.first == period.last ? 1 : 0);
        m_dateEdit->setDate(period.first);
    }
    load(static_cast<Report>(m_tabs->currentIndex()));
}

void ReportsDialog::showReport(Report report)
{
    m_tabs->setCurrentIndex(report);
    load(report);
}

QString ReportsDialog::title(Report report) const
{
    const QString period = m_period.first == m_period.last
        ? m_locale.toString(m_period.first, QLocale::ShortFormat)
        : m_locale.toString(m_period.first, QStringLiteral("MMMM yyyy"));
    return report == Stock ? m_tabs->tabText(report).remove(u'&')
                           : QStringLiteral("%1 — %2").arg(m_tabs->tabText(report).remove(u'&'), period);
}

void ReportsDialog::load(Report report)
{
    if (m_loaded.at(report))
        return;
    m_loaded[report] = true;
    m_messageLabel->clear();
    fill(report);
    if (report == ByDay || report == ByHour)
        chart(report);
}

void ReportsDialog::fill(Report report)
{
    ReportTable& table = *m_tables.at(report);
    const auto failed = [this, &table](const Error& error) {
        table.reset({}, {});
        m_messageLabel->setText(error.message);
    };
    const auto salesRows = [&](SalesReports::By by, const QString& what, bool withQuantity) {
        const auto rows = m_reports.sales(by, m_period);
        if (!rows)
            return failed(rows.error());
        QList<ReportTable::Column> columns {{what, by == SalesReports::By::Day ? Kind::Period : Kind::Text}};
        if (by == SalesReports::By::Article)
            columns.append({tr("SKU"), Kind::Text});
        columns.append({withQuantity ? tr("Times sold") : tr("Tickets"), Kind::Count});
        if (withQuantity)
            columns.append({tr("Quantity"), Kind::Quantity});
        columns.append({tr("Sales incl. VAT"), Kind::Money});
        if (by != SalesReports::By::PaymentMethod)
            columns.append({tr("Sales excl. VAT"), Kind::Money});
        if (withQuantity)
            columns.append({tr("Margin"), Kind::Money});
        QList<QVariantList> cells;
        cells.reserve(rows->size());
        for (const SalesRow& row : *rows) {
            QVariantList line {row.label};
            if (by == SalesReports::By::Article)
                line.append(row.sku);
            line.append(row.tickets);
            if (withQuantity)
                line.append(row.quantityMilli);
            line.append(row.totalMinor);
            if (by != SalesReports::By::PaymentMethod)
                line.append(optionalMoney(row.netMinor));
            if (withQuantity)
                line.append(optionalMoney(row.marginMinor));
            cells.append(line);
        }
        table.reset(columns, cells);
        // The name takes the room left, so that long article names read whole.
        m_views.at(report)->horizontalHeader()->setSectionResizeMode(
            0, by == SalesReports::By::Day ? QHeaderView::ResizeToContents : QHeaderView::Stretch);
    };
    switch (report) {
    case ByDay:
        return salesRows(SalesReports::By::Day, tr("Day"), false);
    case ByHour:
        return salesRows(SalesReports::By::Hour, tr("Hour"), false);
    case ByArticle:
        return salesRows(SalesReports::By::Article, tr("Article"), true);
    case ByCategory:
        return salesRows(SalesReports::By::Category, tr("Category"), true);
    case ByCashier:
        return salesRows(SalesReports::By::Cashier, tr("Cashier"), false);
    case ByPaymentMethod:
        return salesRows(SalesReports::By::PaymentMethod, tr("Payment method"), false);
    case Vat: {
        // The month's totals per rate first (what its monthly closure holds), then each day's (its daily closures).
        QList<QVariantList> cells;
        for (bool perMonth : {true, false}) {
            const auto rows = m_reports.vat(m_period, perMonth);
            if (!rows)
                return failed(rows.error());
            for (const VatSummary& row : *rows)
                cells.append({row.period, row.rateMilliPercent, row.baseMinor, row.vatMinor, row.totalMinor});
        }
        table.reset({{tr("Period"), Kind::Period},
                     {tr("VAT rate"), Kind::Rate},
                     {tr("Excl. VAT"), Kind::Money},
                     {tr("VAT"), Kind::Money},
                     {tr("Incl. VAT"), Kind::Money}},
                    cells);
        return;
    }
    case SlowSellers: {
        const auto rows = m_reports.slowSellers(m_period);
        if (!rows)
            return failed(rows.error());
        QList<QVariantList> cells;
        for (const SalesRow& row : *rows)
            cells.append({row.label, row.sku, row.quantityMilli, row.totalMinor});
        table.reset({{tr("Article"), Kind::Text},
                     {tr("SKU"), Kind::Text},
                     {tr("Quantity"), Kind::Quantity},
                     {tr("Sales incl. VAT"), Kind::Money}},
                    cells);
        return;
    }
    case Channels: {
        const auto rows = m_reports.channels(m_period);
        if (!rows)
            return failed(rows.error());
        QList<QVariantList> cells;
        for (const SalesRow& row : *rows)
            cells.append({row.label, row.tickets, row.totalMinor});
        table.reset(
            {{tr("Where"), Kind::Text}, {tr("Tickets or orders"), Kind::Count}, {tr("Sales incl. VAT"), Kind::Money}},
            cells);
        return;
    }
    case Stock: {
        const auto value = m_reports.stockValue();
        if (!value)
            return failed(value.error());
        table.reset({{tr("Articles in stock"), Kind::Count},
                     {tr("Value at cost"), Kind::Money},
                     {tr("Articles without a cost (not valued)"), Kind::Count}},
                    {{value->articles, value->valueMinor, value->withoutCost}});
        return;
    }
    }
}

void ReportsDialog::chart(Report report)
{
    const ReportTable& table = *m_tables.at(report);
    auto* sales = new QBarSet(tr("Sales incl. VAT"));
    QStringList labels;
    const int totalColumn = 2;
    for (const QVariantList& row : table.rows()) {
        // The day of the month ("2026-10-05"), or the hour ("14:00").
        labels << (report == ByDay ? row.at(0).toString().right(2) : row.at(0).toString().left(2));
        // The chart draws amounts in whole units of the currency: a picture, never a figure anyone adds up.
        *sales << static_cast<double>(row.at(totalColumn).toLongLong())
                / static_cast<double>(m_currency.minorPerMajor());
    }
    auto* series = new QBarSeries;
    series->append(sales);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(title(report));
    chart->legend()->hide();
    auto* axisX = new QBarCategoryAxis;
    axisX->append(labels);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QChartView* view = report == ByDay ? m_dayChartView : m_hourChartView;
    QChart* previous = view->chart();
    view->setChart(chart);
    delete previous;
}

bool ReportsDialog::exportCsv(const QString& path)
{
    const auto report = static_cast<Report>(m_tabs->currentIndex());
    load(report);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_tables.at(report)->toCsv()) < 0 || !file.commit()) {
        m_messageLabel->setText(tr("The report could not be written to %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_messageLabel->setText(tr("Report exported to %1.").arg(path));
    return true;
}

bool ReportsDialog::savePdf(const QString& path)
{
    const auto report = static_cast<Report>(m_tabs->currentIndex());
    load(report);
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setTitle(title(report));
    QTextDocument document;
    document.setHtml(m_tables.at(report)->toHtml(title(report)));
    document.print(&pdf);
    if (!QFile::exists(path)) {
        m_messageLabel->setText(tr("The PDF could not be written to %1.").arg(path));
        return false;
    }
    m_messageLabel->setText(tr("Report saved as %1.").arg(path));
    return true;
}

} // namespace caisse
