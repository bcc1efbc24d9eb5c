#include "counter/ArticleSearchDialog.h"

#include "sale/CounterSession.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace caisse {

ArticleSearchDialog::ArticleSearchDialog(CounterSession& session, const QString& typed, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_searchLineEdit(new QLineEdit(this))
    , m_resultsListWidget(new QListWidget(this))
{
    setObjectName(QStringLiteral("articleSearchDialog"));
    setWindowTitle(tr("Find an article"));
    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Name, SKU or barcode"));
    m_resultsListWidget->setObjectName(QStringLiteral("resultsListWidget"));
    m_resultsListWidget->setFocusPolicy(Qt::NoFocus);
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    m_searchLineEdit->setFont(large);
    m_resultsListWidget->setFont(large);
    // Each result a touch target (44 px at least), as the counter's buttons are.
    m_resultsListWidget->setStyleSheet(QStringLiteral("QListWidget::item { padding: 10px 4px; }"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_searchLineEdit);
    layout->addWidget(m_resultsListWidget, 1);
    layout->addWidget(new QLabel(tr("Enter takes the article selected; the arrow keys choose another."), this));
    resize(640, 480);

    m_searchLineEdit->installEventFilter(this);
    connect(m_searchLineEdit, &QLineEdit::textChanged, this, &ArticleSearchDialog::search);
    connect(m_searchLineEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_resultsListWidget->currentRow() >= 0)
            accept();
    });
    connect(m_resultsListWidget, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    m_searchLineEdit->setText(typed);
    m_searchLineEdit->setFocus();
}

std::optional<CatalogItem> ArticleSearchDialog::chosen() const
{
    const int row = m_resultsListWidget->currentRow();
    return row >= 0 && row < m_found.size() ? std::optional(m_found.at(row)) : std::nullopt;
}

bool ArticleSearchDialog::eventFilter(QObject* watched, QEvent* event)
{
    // The typing stays in the field while the arrows move through the results.
    if (watched == m_searchLineEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_resultsListWidget->count() > 0) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            m_resultsListWidget->setCurrentRow(
                std::clamp(m_resultsListWidget->currentRow() + step, 0, m_resultsListWidget->count() - 1));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ArticleSearchDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // A dialog gives its first field the focus as a Tab would, which selects what is in it: the next key typed would
    // replace the words brought from the scan field instead of adding to them.
    QTimer::singleShot(0, this, [this] {
        m_searchLineEdit->deselect();
        m_searchLineEdit->end(false);
    });
}

void ArticleSearchDialog::search(const QString& text)
{
    m_found = m_session.search(text);
    m_resultsListWidget->clear();
    for (const CatalogItem& item : std::as_const(m_found))
        m_resultsListWidget->addItem(
            item.soldByWeight
                ? tr("%1 — %2 per kg (weigh it)").arg(item.displayName(), m_session.formatMoney(item.priceMinor))
                : tr("%1 — %2").arg(item.displayName(), m_session.formatMoney(item.priceMinor)));
    if (!m_found.isEmpty())
        m_resultsListWidget->setCurrentRow(0);
}

} // namespace caisse
