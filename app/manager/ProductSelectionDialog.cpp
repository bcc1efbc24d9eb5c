#include "manager/ProductSelectionDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace caisse {

ProductSelectionDialog::ProductSelectionDialog(Database& database, DatabaseWriter& writer, QWidget* parent)
    : QDialog(parent)
    , m_writer(writer)
    , m_articles(database)
    , m_searchLineEdit(new QLineEdit(this))
    , m_productsListWidget(new QListWidget(this))
    , m_selectAllPushButton(new QPushButton(tr("Tick &all shown"), this))
    , m_clearAllPushButton(new QPushButton(tr("&Untick all shown"), this))
    , m_savePushButton(new QPushButton(tr("&Save"), this))
    , m_resultLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("productSelectionDialog"));
    setWindowTitle(tr("Products synced with the online store"));
    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Name or SKU"));
    m_productsListWidget->setObjectName(QStringLiteral("productsListWidget"));
    m_selectAllPushButton->setObjectName(QStringLiteral("selectAllPushButton"));
    m_clearAllPushButton->setObjectName(QStringLiteral("clearAllPushButton"));
    m_savePushButton->setObjectName(QStringLiteral("savePushButton"));
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_selectAllPushButton);
    buttons->addWidget(m_clearAllPushButton);
    buttons->addStretch(1);
    buttons->addWidget(m_savePushButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_searchLineEdit);
    layout->addWidget(m_productsListWidget, 1);
    layout->addWidget(m_resultLabel);
    layout->addLayout(buttons);
    resize(560, 560);

    connect(m_searchLineEdit, &QLineEdit::textChanged, this, &ProductSelectionDialog::search);
    connect(m_selectAllPushButton, &QPushButton::clicked, this, [this] { tickAll(true); });
    connect(m_clearAllPushButton, &QPushButton::clicked, this, [this] { tickAll(false); });
    connect(m_savePushButton, &QPushButton::clicked, this, &ProductSelectionDialog::save);
    search();
}

void ProductSelectionDialog::done(int result)
{
    save();
    QDialog::done(result);
}

void ProductSelectionDialog::search()
{
    // Ticks not saved yet would be lost with the list: they are saved first.
    save();
    const auto found = m_articles.products(m_searchLineEdit->text(), kShownAtMost + 1);
    if (!found) {
        m_resultLabel->setText(found.error().message);
        return;
    }
    m_shown = found->mid(0, kShownAtMost);
    m_productsListWidget->clear();
    for (const SelectableProduct& product : std::as_const(m_shown)) {
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(product.name, product.sku), m_productsListWidget);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(product.selected ? Qt::Checked : Qt::Unchecked);
    }
    m_resultLabel->setText(
        found->size() > kShownAtMost
            ? tr("The first %n products are shown: narrow the search to see the others.", nullptr, kShownAtMost)
            : QString());
}

void ProductSelectionDialog::tickAll(bool ticked)
{
    for (int row = 0; row < m_productsListWidget->count(); ++row)
        m_productsListWidget->item(row)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
}

void ProductSelectionDialog::save()
{
    QList<qint64> ticked;
    QList<qint64> unticked;
    for (int row = 0; row < m_productsListWidget->count() && row < m_shown.size(); ++row) {
        const bool checked = m_productsListWidget->item(row)->checkState() == Qt::Checked;
        if (checked != m_shown[row].selected)
            (checked ? ticked : unticked).append(m_shown[row].productId);
        m_shown[row].selected = checked;
    }
    if (ticked.isEmpty() && unticked.isEmpty())
        return;
    m_savePushButton->setEnabled(false);
    DatabaseWriter::whenDone<Result<void>>(
        m_writer.run<Result<void>>([ticked, unticked](Database& database) {
            OnlineArticles articles(database);
            auto saved = articles.setProductsSelected(ticked, true);
            return saved ? articles.setProductsSelected(unticked, false) : saved;
        }),
        this, [this, ticked = ticked.size(), unticked = unticked.size()](const Result<void>& saved) {
            m_savePushButton->setEnabled(true);
            m_resultLabel->setText(
                saved ? tr("Saved: %n product(s) now synced, %1 no longer.", nullptr, int(ticked)).arg(unticked)
                      : saved.error().message);
        });
}

} // namespace caisse
