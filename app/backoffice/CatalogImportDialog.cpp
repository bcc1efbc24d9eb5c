#include "backoffice/CatalogImportDialog.h"

#include "backoffice/DialogParts.h"
#include "base/Quantity.h"
#include "storage/DatabaseWriter.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caisse {

namespace {

/** Beyond this, the table would only scroll: the manager corrects the first ones and tries again. */
constexpr int kFaultsShown = 500;

} // namespace

CatalogImportDialog::CatalogImportDialog(DatabaseWriter& writer, const Clock& clock, QByteArray file,
                                         const QString& fileName, CatalogImportContext context, QWidget* parent)
    : QDialog(parent)
    , m_writer(writer)
    , m_clock(clock)
    , m_file(std::move(file))
    , m_context(std::move(context))
    , m_summaryLabel(new QLabel(tr("Reading the file…"), this))
    , m_messageLabel(refusalLabel(this))
    , m_faultsTableWidget(new QTableWidget(0, 2, this))
    , m_importPushButton(new QPushButton(tr("&Import"), this))
{
    setWindowTitle(tr("Import of %1").arg(fileName));
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    QFont big = m_summaryLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_summaryLabel->setFont(big);
    m_faultsTableWidget->setObjectName(QStringLiteral("faultsTableWidget"));
    m_faultsTableWidget->setHorizontalHeaderLabels({tr("Line"), tr("What is wrong")});
    m_faultsTableWidget->verticalHeader()->hide();
    m_faultsTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_faultsTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_faultsTableWidget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_faultsTableWidget->setWordWrap(true);
    m_faultsTableWidget->hide();
    m_importPushButton->setObjectName(QStringLiteral("importPushButton"));
    m_importPushButton->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_importPushButton, QDialogButtonBox::AcceptRole);
    scannerSafe(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_faultsTableWidget, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importPushButton, &QPushButton::clicked, this, &CatalogImportDialog::import);
    resize(820, 560);

    DatabaseWriter::whenDone<Result<CatalogCsvReport>>(
        m_writer.run<Result<CatalogCsvReport>>([file = m_file, context = m_context](Database& database) {
            return CatalogCsv(database, context.currency, context.newProductsVatMilliPercent, context.barcodeRules)
                .preview(file);
        }),
        this, [this](const Result<CatalogCsvReport>& report) {
            display(report);
            m_importPushButton->setEnabled(report && report->faults.isEmpty());
        });
}

void CatalogImportDialog::display(const Result<CatalogCsvReport>& report)
{
    if (!report) {
        m_summaryLabel->setText(report.error().message);
        return;
    }
    const QLocale& locale = m_context.locale;
    QString summary = tr("Lines read: %1 · New products: %2 (variants: %3) · Changed: %4 · Unchanged: %5")
                          .arg(locale.toString(report->lines), locale.toString(report->newProducts),
                               locale.toString(report->newVariants), locale.toString(report->changedProducts),
                               locale.toString(report->unchangedProducts));
    if (report->newProducts > 0)
        summary += u'\n'
            + tr("The store's CSV has no VAT rate: new products are sold at %1. Change those at another rate in the "
                 "products window.")
                  .arg(formatRate(report->newProductsVatMilliPercent, m_context.locale));
    if (!report->faults.isEmpty())
        summary += u'\n'
            + tr("%n line(s) cannot be imported. Nothing is written until the file is corrected:", nullptr,
                 int(report->faults.size()));
    m_summaryLabel->setText(summary);
    m_faultsTableWidget->setVisible(!report->faults.isEmpty());
    const int shown = int(std::min<qsizetype>(report->faults.size(), kFaultsShown));
    m_faultsTableWidget->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        auto* line = new QTableWidgetItem(m_context.locale.toString(report->faults.at(row).line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_faultsTableWidget->setItem(row, 0, line);
        m_faultsTableWidget->setItem(row, 1, new QTableWidgetItem(report->faults.at(row).reason));
    }
    if (report->faults.size() > shown)
        tell(m_messageLabel, tr("The first %1 faulty lines are shown.").arg(m_context.locale.toString(shown)), false);
}

void CatalogImportDialog::import()
{
    // Once: a second click while it is written would find the products already there.
    m_importPushButton->setEnabled(false);
    tell(m_messageLabel, tr("Importing…"), true);
    DatabaseWriter::whenDone<Result<CatalogCsvReport>>(
        m_writer.run<Result<CatalogCsvReport>>(
            [file = m_file, context = m_context, timestamp = toStorageTime(m_clock.nowUtc())](Database& database) {
                return CatalogCsv(database, context.currency, context.newProductsVatMilliPercent, context.barcodeRules)
                    .import(file, context.registerId, timestamp);
            }),
        this, [this](const Result<CatalogCsvReport>& report) {
            if (!report) {
                tell(m_messageLabel, report.error().message, false);
                m_importPushButton->setEnabled(true);
                return;
            }
            display(*report);
            if (!report->written)
                return;
            tell(m_messageLabel,
                 tr("Imported. New products: %1 · Changed: %2")
                     .arg(m_context.locale.toString(report->newProducts),
                          m_context.locale.toString(report->changedProducts)),
                 true);
            emit imported();
        });
}

} // namespace caisse
