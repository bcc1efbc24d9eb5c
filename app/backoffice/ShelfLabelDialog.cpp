#include "backoffice/ShelfLabelDialog.h"

#include "backoffice/DialogParts.h"
#include "backoffice/ShelfLabelSheet.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caisse {

ShelfLabelDialog::ShelfLabelDialog(Database& database, ShelfLabelContext context, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_context(std::move(context))
    , m_articleLineEdit(new QLineEdit(this))
    , m_labelsTableWidget(new QTableWidget(0, 5, this))
    , m_messageLabel(refusalLabel(this))
{
    setWindowTitle(tr("Shelf labels"));
    m_articleLineEdit->setObjectName(QStringLiteral("articleLineEdit"));
    m_articleLineEdit->setPlaceholderText(tr("Scan, or type a barcode or a SKU: each scan is one more label"));
    m_articleLineEdit->setMinimumHeight(kTouchHeight);
    m_labelsTableWidget->setObjectName(QStringLiteral("labelsTableWidget"));
    m_labelsTableWidget->setHorizontalHeaderLabels(
        {tr("Article"), tr("Price"), tr("Per kg or litre"), tr("Barcode"), tr("Labels")});
    m_labelsTableWidget->verticalHeader()->hide();
    m_labelsTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_labelsTableWidget->horizontalHeader()->setSectionResizeMode(Article, QHeaderView::Stretch);
    auto* printButton = new QPushButton(tr("&Print on the receipt printer"), this);
    printButton->setObjectName(QStringLiteral("printPushButton"));
    printButton->setEnabled(bool(m_context.print));
    if (!m_context.print)
        printButton->setToolTip(tr("No receipt printer is set up: save the labels as a PDF instead."));
    auto* pdfButton = new QPushButton(tr("Save as A4 P&DF…"), this);
    pdfButton->setObjectName(QStringLiteral("pdfPushButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(printButton, QDialogButtonBox::ActionRole);
    buttons->addButton(pdfButton, QDialogButtonBox::ActionRole);
    scannerSafe(buttons);
    auto* form = new QFormLayout;
    auto* articleLabel = new QLabel(tr("&Article:"), this);
    articleLabel->setBuddy(m_articleLineEdit);
    form->addRow(articleLabel, m_articleLineEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_labelsTableWidget, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    connect(m_articleLineEdit, &QLineEdit::returnPressed, this, &ShelfLabelDialog::add);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(printButton, &QPushButton::clicked, this, [this] {
        const QList<ShelfLabel> asked = labels();
        if (asked.isEmpty()) {
            tell(m_messageLabel, tr("Scan the articles to label first."), false);
            return;
        }
        m_context.print(asked);
        tell(m_messageLabel, tr("%n label(s) sent to the receipt printer.", nullptr, int(asked.size())), true);
    });
    connect(pdfButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the labels as PDF"), tr("labels") + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            savePdf(path);
    });
    resize(860, 560);
}

void ShelfLabelDialog::add()
{
    const QString typed = m_articleLineEdit->text().trimmed();
    m_articleLineEdit->clear();
    if (typed.isEmpty())
        return;
    const auto label = ShelfLabels::of(m_database, typed);
    if (!label) {
        tell(m_messageLabel, label.error().message, false);
        return;
    }
    for (int row = 0; row < m_labelsTableWidget->rowCount(); ++row) {
        if (m_labels.at(row).sku == label->sku) {
            QTableWidgetItem* copies = m_labelsTableWidget->item(row, Copies);
            copies->setText(m_context.locale.toString(m_context.locale.toInt(copies->text()) + 1));
            tell(m_messageLabel, tr("%1: %2 labels.").arg(label->name, copies->text()), true);
            return;
        }
    }
    m_labels.append(*label);
    const int row = m_labelsTableWidget->rowCount();
    m_labelsTableWidget->insertRow(row);
    const auto cell = [&](Column column, const QString& text, bool editable = false) {
        auto* item = new QTableWidgetItem(text);
        if (!editable)
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        if (column != Article)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_labelsTableWidget->setItem(row, column, item);
    };
    cell(Article, label->name);
    cell(Price, ShelfLabels::priceText(*label, m_context.currency, m_context.locale));
    cell(UnitPrice, ShelfLabels::unitPriceText(*label, m_context.currency, m_context.locale));
    cell(Barcode, label->barcode.isEmpty() ? label->sku : label->barcode);
    cell(Copies, m_context.locale.toString(1), true);
    tell(m_messageLabel, tr("%1: 1 label.").arg(label->name), true);
}

QList<ShelfLabel> ShelfLabelDialog::labels() const
{
    QList<ShelfLabel> asked;
    for (int row = 0; row < m_labelsTableWidget->rowCount(); ++row) {
        const int copies = std::clamp(m_context.locale.toInt(m_labelsTableWidget->item(row, Copies)->text()), 0, 999);
        for (int copy = 0; copy < copies; ++copy)
            asked.append(m_labels.at(row));
    }
    return asked;
}

bool ShelfLabelDialog::savePdf(const QString& path)
{
    const QList<ShelfLabel> asked = labels();
    if (asked.isEmpty()) {
        tell(m_messageLabel, tr("Scan the articles to label first."), false);
        return false;
    }
    if (!ShelfLabelSheet::savePdf(path, asked, m_context.currency, m_context.locale)) {
        tell(m_messageLabel, tr("The PDF could not be written to %1.").arg(QFileInfo(path).fileName()), false);
        return false;
    }
    tell(m_messageLabel,
         tr("%n label(s) saved to %1, on A4 sheets of 21 (70 × 42.3 mm).", nullptr, int(asked.size()))
             .arg(QFileInfo(path).fileName()),
         true);
    return true;
}

} // namespace caisse
