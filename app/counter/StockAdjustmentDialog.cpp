#include "counter/StockAdjustmentDialog.h"

#include "backoffice/DialogParts.h"
#include "base/Quantity.h"
#include "stock/StockReports.h"
#include "storage/DatabaseWriter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caisse {

StockAdjustmentDialog::StockAdjustmentDialog(CounterSession& session, Operator by, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_by(std::move(by))
    , m_articleLineEdit(new QLineEdit(this))
    , m_quantityLineEdit(new QLineEdit(this))
    , m_reasonComboBox(new QComboBox(this))
    , m_noteLineEdit(new QLineEdit(this))
    , m_messageLabel(refusalLabel(this))
    , m_historyTableWidget(new QTableWidget(0, 5, this))
    , m_lowStockTableWidget(new QTableWidget(0, 4, this))
{
    setWindowTitle(tr("Adjust the stock"));
    m_articleLineEdit->setObjectName(QStringLiteral("articleLineEdit"));
    m_quantityLineEdit->setObjectName(QStringLiteral("quantityLineEdit"));
    m_reasonComboBox->setObjectName(QStringLiteral("reasonComboBox"));
    m_noteLineEdit->setObjectName(QStringLiteral("noteLineEdit"));
    m_articleLineEdit->setPlaceholderText(tr("Scan, or type a barcode or a SKU"));
    m_quantityLineEdit->setPlaceholderText(tr("12 more, or -3 fewer"));
    for (const StockAdjustments::Reason reason : StockAdjustments::reasons())
        m_reasonComboBox->addItem(StockAdjustments::describe(reason), static_cast<int>(reason));
    for (QWidget* field :
         std::initializer_list<QWidget*> {m_articleLineEdit, m_quantityLineEdit, m_reasonComboBox, m_noteLineEdit}) {
        field->setMinimumHeight(kTouchHeight);
        field->setMinimumWidth(320);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&Article:"), m_articleLineEdit);
    form->addRow(tr("&Quantity:"), m_quantityLineEdit);
    form->addRow(tr("&Reason:"), m_reasonComboBox);
    form->addRow(tr("&Note:"), m_noteLineEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close, this);
    m_historyTableWidget->setObjectName(QStringLiteral("historyTableWidget"));
    m_lowStockTableWidget->setObjectName(QStringLiteral("lowStockTableWidget"));
    m_historyTableWidget->setHorizontalHeaderLabels({tr("When"), tr("Quantity"), tr("Why"), tr("Note"), tr("Who")});
    m_lowStockTableWidget->setHorizontalHeaderLabels({tr("SKU"), tr("Article"), tr("In stock"), tr("Low at")});
    for (QTableWidget* table : {m_historyTableWidget, m_lowStockTableWidget}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_historyTableWidget, tr("Movements of the article"));
    tabs->addTab(m_lowStockTableWidget, tr("Running low"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    // Enter in the quantity or the note applies the adjustment instead (below).
    scannerSafe(buttons);
    connect(buttons->button(QDialogButtonBox::Apply), &QAbstractButton::clicked, this, &StockAdjustmentDialog::adjust);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A scanner's Enter moves to the quantity, as a manager counting a shelf types it next.
    connect(m_articleLineEdit, &QLineEdit::returnPressed, this, [this] {
        showHistory(m_articleLineEdit->text());
        m_quantityLineEdit->setFocus();
    });
    connect(m_quantityLineEdit, &QLineEdit::returnPressed, this, &StockAdjustmentDialog::adjust);
    connect(m_noteLineEdit, &QLineEdit::returnPressed, this, &StockAdjustmentDialog::adjust);
    showLowStock();
    resize(860, 620);
}

void StockAdjustmentDialog::showHistory(const QString& article)
{
    const auto entries = StockReports(m_session.database()).history(article);
    m_historyTableWidget->setRowCount(0);
    if (!entries) {
        m_messageLabel->setText(entries.error().message);
        return;
    }
    const QLocale& locale = m_session.locale();
    m_historyTableWidget->setRowCount(static_cast<int>(entries->size()));
    for (int row = 0; row < entries->size(); ++row) {
        const StockEntry& entry = entries->at(row);
        const QStringList cells {locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat),
                                 formatQuantity(entry.quantityMilli, locale), entry.origin, entry.note, entry.who};
        for (int column = 0; column < cells.size(); ++column)
            m_historyTableWidget->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

void StockAdjustmentDialog::showLowStock()
{
    const auto low = StockReports(m_session.database()).lowStock();
    m_lowStockTableWidget->setRowCount(0);
    if (!low) {
        m_messageLabel->setText(low.error().message);
        return;
    }
    const QLocale& locale = m_session.locale();
    m_lowStockTableWidget->setRowCount(static_cast<int>(low->size()));
    for (int row = 0; row < low->size(); ++row) {
        const LowStock& article = low->at(row);
        const QStringList cells {article.sku, article.name, formatQuantity(article.stockMilli, locale),
                                 locale.toString(article.lowLevel)};
        for (int column = 0; column < cells.size(); ++column)
            m_lowStockTableWidget->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

void StockAdjustmentDialog::adjust()
{
    bool whole = false;
    const qint64 pieces = m_session.locale().toLongLong(m_quantityLineEdit->text().trimmed().remove(u'+'), &whole);
    if (!whole) {
        m_messageLabel->setText(tr("Type how many more (12) or fewer (-3), in whole pieces."));
        return;
    }
    const QString article = m_articleLineEdit->text().trimmed();
    DatabaseWriter::whenDone<Result<qint64>>(
        m_session.stockDesk().adjust(article, pieces * 1000,
                                     static_cast<StockAdjustments::Reason>(m_reasonComboBox->currentData().toInt()),
                                     m_noteLineEdit->text(), m_by),
        this, [this, article](const Result<qint64>& stock) {
            if (!stock) {
                tell(m_messageLabel, stock.error().message, false);
                return;
            }
            tell(m_messageLabel, tr("%1: %2 in stock now.").arg(article).arg(*stock / 1000), true);
            showHistory(article);
            showLowStock();
            m_articleLineEdit->clear();
            m_quantityLineEdit->clear();
            m_noteLineEdit->clear();
            m_articleLineEdit->setFocus();
            emit adjusted();
        });
}

} // namespace caisse
