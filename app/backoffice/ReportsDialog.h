#pragma once

#include "backoffice/ReportTable.h"
#include "reports/SalesReports.h"

#include <QDialog>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;
class QTableView;

namespace caisse {

/**
 * The manager's reports over a day or a month: sales by day (with a chart), hour (with a chart), article (the top
 * sellers first), category and cashier, payment methods, the VAT per rate per day and per month, the slowest sellers,
 * the counter beside the online store, and the stock's value at cost. A report is read when its tab is first shown;
 * each exports to CSV and saves as a PDF.
 */
class ReportsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Report
    {
        ByDay,
        ByHour,
        ByArticle,
        ByCategory,
        ByCashier,
        ByPaymentMethod,
        Vat,
        SlowSellers,
        Channels,
        Stock,
    };

    ReportsDialog(Database& database, const QString& registerId, const Currency& currency, const QLocale& locale,
                  QWidget* parent = nullptr);

    /** Shows the reports of period, from the tab on screen. */
    void showPeriod(const ReportPeriod& period);
    void showReport(Report report);
    /** The report on screen as CSV, or as a PDF; says where, or why not. */
    bool exportCsv(const QString& path);
    bool savePdf(const QString& path);
    const ReportTable& table(Report report) const { return *m_tables.at(report); }

private:
    /** Reads the report into its table (and its chart), unless it is read for this period already. */
    void load(Report report);
    void fill(Report report);
    void chart(Report report);
    ReportPeriod chosenPeriod() const;
    QString title(Report report) const;

    SalesReports m_reports;
    Currency m_currency;
    QLocale m_locale;
    ReportPeriod m_period;
    QComboBox* m_periodComboBox;
    QDateEdit* m_dateEdit;
    QTabWidget* m_tabs;
    QLabel* m_messageLabel;
    QList<ReportTable*> m_tables;
    QList<QTableView*> m_views;
    QList<bool> m_loaded;
    QChartView* m_dayChartView;
    QChartView* m_hourChartView;
};

} // namespace caisse
