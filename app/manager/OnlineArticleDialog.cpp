#include "manager/OnlineArticleDialog.h"

#include "storesync/StoreSettings.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace caisse {

OnlineArticleDialog::OnlineArticleDialog(Database& database, DatabaseWriter& writer, const Clock& clock,
                                         QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_writer(writer)
    , m_clock(clock)
    , m_articles(database)
    , m_searchLineEdit(new QLineEdit(this))
    , m_findPushButton(new QPushButton(tr("&Find"), this))
    , m_articleLabel(new QLabel(this))
    , m_selectedCheckBox(new QCheckBox(tr("S&ynced with the online store"), this))
    , m_tracksStockCheckBox(new QCheckBox(tr("S&tock kept for this product"), this))
    , m_splitCheckBox(new QCheckBox(tr("&Separate quantity for online"), this))
    , m_onlineSpinBox(new QSpinBox(this))
    , m_applyPushButton(new QPushButton(tr("&Apply"), this))
    , m_resultLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("onlineArticleDialog"));
    setWindowTitle(tr("Online article"));
    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("SKU or barcode"));
    m_findPushButton->setObjectName(QStringLiteral("findPushButton"));
    m_articleLabel->setObjectName(QStringLiteral("articleLabel"));
    m_articleLabel->setWordWrap(true);
    m_selectedCheckBox->setObjectName(QStringLiteral("selectedCheckBox"));
    m_tracksStockCheckBox->setObjectName(QStringLiteral("tracksStockCheckBox"));
    m_splitCheckBox->setObjectName(QStringLiteral("splitCheckBox"));
    m_onlineSpinBox->setObjectName(QStringLiteral("onlineSpinBox"));
    m_onlineSpinBox->setRange(0, 1'000'000);
    m_applyPushButton->setObjectName(QStringLiteral("applyPushButton"));
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    if (StoreSettings::saved(database).productScope == StoreSettings::ProductScope::All)
        m_selectedCheckBox->setToolTip(tr("Every product syncs: choose “Only the products selected” in the online "
                                          "store settings to pick them one by one."));

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLineEdit, 1);
    searchRow->addWidget(m_findPushButton);
    auto* onlineRow = new QHBoxLayout;
    onlineRow->addWidget(m_splitCheckBox);
    onlineRow->addWidget(m_onlineSpinBox);
    onlineRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_articleLabel);
    layout->addWidget(m_selectedCheckBox);
    layout->addWidget(m_tracksStockCheckBox);
    layout->addLayout(onlineRow);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_applyPushButton, 0, Qt::AlignRight);
    resize(520, 260);

    connect(m_findPushButton, &QPushButton::clicked, this, &OnlineArticleDialog::find);
    connect(m_searchLineEdit, &QLineEdit::returnPressed, this, &OnlineArticleDialog::find);
    connect(m_splitCheckBox, &QCheckBox::toggled, m_onlineSpinBox, &QSpinBox::setEnabled);
    connect(m_applyPushButton, &QPushButton::clicked, this, &OnlineArticleDialog::apply);
    setEditable(false);
}

void OnlineArticleDialog::setEditable(bool editable)
{
    for (QWidget* widget :
         std::initializer_list<QWidget*> {m_selectedCheckBox, m_splitCheckBox, m_onlineSpinBox, m_applyPushButton})
        widget->setEnabled(editable);
}

void OnlineArticleDialog::find()
{
    const auto found = m_articles.find(m_searchLineEdit->text());
    if (!found) {
        m_article.reset();
        m_articleLabel->setText(found.error().message);
        setEditable(false);
        return;
    }
    show(*found);
}

void OnlineArticleDialog::show(const OnlineArticle& article)
{
    m_article = article;
    QString text = tr("%1 (%2): %n in the shop", nullptr, int(article.shopQuantity)).arg(article.name, article.sku);
    if (!article.linked)
        text += u'\n' + tr("Not on the online store yet.");
    else if (article.onlineQuantityWaiting)
        text += u'\n' + tr("%n for online, sent at the next sync.", nullptr, int(*article.onlineQuantityWaiting));
    m_articleLabel->setText(text);
    // When every product syncs, this one does too: shown ticked, not to be changed here.
    const bool onlySelected = StoreSettings::saved(m_database).productScope == StoreSettings::ProductScope::Selected;
    m_selectedCheckBox->setEnabled(onlySelected);
    m_selectedCheckBox->setChecked(!onlySelected || article.selected);
    m_tracksStockCheckBox->setEnabled(true);
    m_tracksStockCheckBox->setChecked(article.tracksStock);
    m_splitCheckBox->setEnabled(article.linked);
    m_splitCheckBox->setChecked(article.split);
    m_onlineSpinBox->setEnabled(article.linked && article.split);
    m_onlineSpinBox->setValue(int(article.onlineQuantityWaiting.value_or(0)));
    m_applyPushButton->setEnabled(true);
    m_resultLabel->clear();
}

void OnlineArticleDialog::apply()
{
    if (!m_article)
        return;
    const qint64 variantId = m_article->variantId;
    const std::optional<bool> selected
        = m_selectedCheckBox->isEnabled() && m_selectedCheckBox->isChecked() != m_article->selected
        ? std::optional(m_selectedCheckBox->isChecked())
        : std::nullopt;
    const std::optional<bool> tracksStock = m_tracksStockCheckBox->isChecked() != m_article->tracksStock
        ? std::optional(m_tracksStockCheckBox->isChecked())
        : std::nullopt;
    const std::optional<int> onlineQuantity
        = m_splitCheckBox->isChecked() ? std::optional(m_onlineSpinBox->value()) : std::nullopt;
    const bool share = !m_splitCheckBox->isChecked() && m_article->split;
    const QString sku = m_article->sku;
    m_applyPushButton->setEnabled(false);
    DatabaseWriter::whenDone<Result<void>>(
        m_writer.run<Result<void>>([variantId, selected, tracksStock, onlineQuantity, share,
                                    at = m_clock.nowUtc()](Database& database) -> Result<void> {
            OnlineArticles articles(database);
            Result<void> done;
            if (selected)
                done = articles.setSelected(variantId, *selected);
            if (done && tracksStock)
                done = articles.setTracksStock(variantId, *tracksStock, at);
            if (done && onlineQuantity)
                done = articles.setOnlineQuantity(variantId, *onlineQuantity);
            else if (done && share)
                done = articles.share(variantId);
            return done;
        }),
        this, [this, sku, onlineQuantity](const Result<void>& done) {
            m_applyPushButton->setEnabled(true);
            if (!done) {
                m_resultLabel->setText(done.error().message);
                return;
            }
            emit changed();
            if (const auto again = m_articles.find(sku))
                show(*again);
            m_resultLabel->setText(onlineQuantity
                                       ? tr("Saved: the shop keeps its stock, online gets %n, sent at the next sync.",
                                            nullptr, *onlineQuantity)
                                       : tr("Saved."));
        });
}

} // namespace caisse
