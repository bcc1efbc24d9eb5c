#include "counter/StocktakeDialog.h"

#include "backoffice/DialogParts.h"
#include "base/Quantity.h"
#include "storage/DatabaseWriter.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caisse {

StocktakeDialog::StocktakeDialog(CounterSession& session, Operator by, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_by(std::move(by))
    , m_stateLabel(new QLabel(this))
    , m_categoryComboBox(new QComboBox(this))
    , m_startPushButton(new QPushButton(tr("&Start counting"), this))
    , m_quantityLineEdit(new QLineEdit(this))
    , m_articleLineEdit(new QLineEdit(this))
    , m_messageLabel(refusalLabel(this))
    , m_varianceTableWidget(new QTableWidget(0, 7, this))
    , m_totalLabel(new QLabel(this))
    , m_validatePushButton(new QPushButton(tr("&Validate the count"), this))
    , m_abandonPushButton(new QPushButton(tr("A&bandon the count"), this))
{
    setWindowTitle(tr("Stocktake"));
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_categoryComboBox->setObjectName(QStringLiteral("categoryComboBox"));
    m_startPushButton->setObjectName(QStringLiteral("startPushButton"));
    m_quantityLineEdit->setObjectName(QStringLiteral("quantityLineEdit"));
    m_articleLineEdit->setObjectName(QStringLiteral("articleLineEdit"));
    m_varianceTableWidget->setObjectName(QStringLiteral("varianceTableWidget"));
    m_totalLabel->setObjectName(QStringLiteral("totalLabel"));
    m_validatePushButton->setObjectName(QStringLiteral("validatePushButton"));
    m_abandonPushButton->setObjectName(QStringLiteral("abandonPushButton"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setStyleSheet(QStringLiteral("font-size: 16pt;"));
    m_messageLabel->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: bold;"));
    m_quantityLineEdit->setPlaceholderText(tr("1 per scan, or how many the next scan counts"));
    m_articleLineEdit->setPlaceholderText(tr("Scan, or type a barcode or a SKU"));
    m_categoryComboBox->addItem(tr("The whole shop"), QString());
    for (const QString& category : m_session.stockDesk().stocktake().categories().value_or(QStringList()))
        m_categoryComboBox->addItem(category, category);
    for (QWidget* field :
         std::initializer_list<QWidget*> {m_categoryComboBox, m_startPushButton, m_quantityLineEdit, m_articleLineEdit,
                                          m_validatePushButton, m_abandonPushButton})
        field->setMinimumHeight(kTouchHeight);
    m_varianceTableWidget->setHorizontalHeaderLabels({tr("SKU"), tr("Article"), tr("Counted at"), tr("Expected"),
                                                      tr("Counted"), tr("Difference"), tr("Value at cost")});
    m_varianceTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_varianceTableWidget->verticalHeader()->hide();
    m_varianceTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_varianceTableWidget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_categoryComboBox, 1);
    startRow->addWidget(m_startPushButton);
    auto* form = new QFormLayout;
    auto* countLabel = new QLabel(tr("&Count:"), this);
    countLabel->setBuddy(m_categoryComboBox);
    form->addRow(countLabel, startRow);
    form->addRow(tr("&Quantity:"), m_quantityLineEdit);
    form->addRow(tr("&Article:"), m_articleLineEdit);
    auto* reportButton = new QPushButton(tr("Show the &variances"), this);
    reportButton->setObjectName(QStringLiteral("variancePushButton"));
    reportButton->setMinimumHeight(kTouchHeight);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(reportButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_abandonPushButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_validatePushButton, QDialogButtonBox::ApplyRole);
    scannerSafe(buttons);
    m_startPushButton->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stateLabel);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_varianceTableWidget, 1);
    layout->addWidget(m_totalLabel);
    layout->addWidget(buttons);
    connect(m_startPushButton, &QPushButton::clicked, this, &StocktakeDialog::start);
    connect(m_articleLineEdit, &QLineEdit::returnPressed, this, &StocktakeDialog::countScanned);
    connect(m_quantityLineEdit, &QLineEdit::returnPressed, m_articleLineEdit, qOverload<>(&QWidget::setFocus));
    connect(reportButton, &QPushButton::clicked, this, [this] { showVariances(); });
    connect(m_validatePushButton, &QPushButton::clicked, this, &StocktakeDialog::validate);
    connect(m_abandonPushButton, &QPushButton::clicked, this, &StocktakeDialog::abandon);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showState();
    resize(980, 680);
}

void StocktakeDialog::showState()
{
    const auto current = m_session.stockDesk().stocktake().current();
    const bool counting = current && *current;
    for (QWidget* start : std::initializer_list<QWidget*> {m_categoryComboBox, m_startPushButton})
        start->setEnabled(!counting);
    for (QWidget* count : std::initializer_list<QWidget*> {m_quantityLineEdit, m_articleLineEdit, m_validatePushButton,
                                                           m_abandonPushButton})
        count->setEnabled(counting);
    if (!current) {
        m_stateLabel->setText(current.error().message);
        return;
    }
    if (!counting) {
        m_stateLabel->setText(tr("No count in progress: choose what to count, then start."));
        m_categoryComboBox->setFocus();
        return;
    }
    const StocktakeInfo& info = **current;
    const QString scope = info.category.isEmpty() ? tr("the whole shop") : info.category;
    m_stateLabel->setText(
        tr("Counting %1, started %2 by %3: %n article(s) counted so far.", nullptr, int(info.articlesCounted))
            .arg(scope, m_session.locale().toString(info.startedAt.toLocalTime(), QLocale::ShortFormat),
                 info.startedBy));
    m_articleLineEdit->setFocus();
}

void StocktakeDialog::start()
{
    m_startPushButton->setEnabled(false);
    DatabaseWriter::whenDone<Result<StocktakeInfo>>(
        m_session.stockDesk().startCount(m_categoryComboBox->currentData().toString(), m_by), this,
        [this](const Result<StocktakeInfo>& started) {
            if (!started)
                tell(m_messageLabel, started.error().message, false);
            showState();
        });
}

void StocktakeDialog::countScanned()
{
    const QString article = m_articleLineEdit->text().trimmed();
    m_articleLineEdit->clear();
    if (article.isEmpty())
        return;
    qint64 pieces = 1;
    if (const QString typed = m_quantityLineEdit->text().trimmed(); !typed.isEmpty()) {
        bool whole = false;
        pieces = m_session.locale().toLongLong(typed.trimmed().remove(u'+'), &whole);
        if (!whole) {
            tell(m_messageLabel,
                 tr("Type how many the next scan counts in whole pieces, such as 12 (or -1 to take one "
                    "back)."),
                 false);
            return;
        }
    }
    m_quantityLineEdit->clear();
    DatabaseWriter::whenDone<Result<CountedArticle>>(
        m_session.stockDesk().count(article, pieces * 1000), this, [this](const Result<CountedArticle>& counted) {
            if (!counted) {
                QApplication::beep();
                tell(m_messageLabel, counted.error().message, false);
                return;
            }
            tell(m_messageLabel,
                 tr("%1: %2 counted").arg(counted->name, formatQuantity(counted->countedMilli, m_session.locale())),
                 true);
            showState();
        });
}

qsizetype StocktakeDialog::showVariances()
{
    Stocktake stocktake = m_session.stockDesk().stocktake();
    const auto variances = stocktake.variances();
    m_varianceTableWidget->setRowCount(0);
    if (!variances) {
        tell(m_messageLabel, variances.error().message, false);
        return 0;
    }
    const QLocale& locale = m_session.locale();
    qint64 value = 0;
    qsizetype differences = 0;
    m_varianceTableWidget->setRowCount(static_cast<int>(variances->size()));
    for (int row = 0; row < variances->size(); ++row) {
        const StockVariance& variance = variances->at(row);
        value += variance.valueMinor.value_or(0);
        differences += variance.differenceMilli() != 0 ? 1 : 0;
        const QStringList cells {variance.sku,
                                 variance.name,
                                 locale.toString(variance.countedAt.toLocalTime(), QLocale::ShortFormat),
                                 formatQuantity(variance.expectedMilli, locale),
                                 formatQuantity(variance.countedMilli, locale),
                                 formatQuantity(variance.differenceMilli(), locale),
                                 variance.valueMinor ? m_session.formatMoney(*variance.valueMinor)
                                                     : tr("cost unknown")};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == 5 && variance.differenceMilli() != 0)
                item->setForeground(variance.differenceMilli() < 0 ? QColor(0xb0, 0x00, 0x20)
                                                                   : QColor(0x1b, 0x5e, 0x20));
            m_varianceTableWidget->setItem(row, column, item);
        }
    }
    // Then what was not counted, by name, so that a shelf forgotten shows before the count is validated.
    constexpr int kNotCountedShown = 200;
    const QList<NotCountedArticle> notCountedArticles
        = stocktake.notCountedArticles(kNotCountedShown).value_or(QList<NotCountedArticle>());
    for (const NotCountedArticle& article : notCountedArticles) {
        const int row = m_varianceTableWidget->rowCount();
        m_varianceTableWidget->insertRow(row);
        const QStringList cells {article.sku,       article.name, QString(), formatQuantity(article.stockMilli, locale),
                                 tr("not counted"), QString(),    QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setForeground(QColor(0x60, 0x60, 0x60));
            if (column >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_varianceTableWidget->setItem(row, column, item);
        }
    }
    const qint64 notCounted = stocktake.notCounted().value_or(0);
    m_totalLabel->setText(tr("Value of the differences at cost: %1. %n article(s) not counted keep their stock.",
                             nullptr, int(notCounted))
                              .arg(m_session.formatMoney(value)));
    return differences;
}

void StocktakeDialog::validate()
{
    const qsizetype differences = showVariances();
    if (QMessageBox::question(
            this, tr("Validate the count"),
            tr("Post %n difference(s) to the stock? %1", nullptr, int(differences)).arg(m_totalLabel->text()))
        != QMessageBox::Yes)
        return;
    m_validatePushButton->setEnabled(false);
    DatabaseWriter::whenDone<Result<qint64>>(
        m_session.stockDesk().validateCount(m_by), this, [this](const Result<qint64>& posted) {
            if (!posted) {
                tell(m_messageLabel, posted.error().message, false);
                showState();
                return;
            }
            tell(m_messageLabel, tr("Count validated: %n stock correction(s) posted.", nullptr, int(*posted)), true);
            m_varianceTableWidget->setRowCount(0);
            m_totalLabel->clear();
            showState();
            emit counted();
        });
}

void StocktakeDialog::abandon()
{
    if (QMessageBox::question(this, tr("Abandon the count"),
                              tr("Abandon this count? The stock stays as it is and the counts are set aside."))
        != QMessageBox::Yes)
        return;
    DatabaseWriter::whenDone<Result<void>>(
        m_session.stockDesk().abandonCount(m_by), this, [this](const Result<void>& abandoned) {
            tell(m_messageLabel, abandoned ? tr("Count abandoned: the stock is unchanged.") : abandoned.error().message,
                 bool(abandoned));
            m_varianceTableWidget->setRowCount(0);
            showState();
        });
}

} // namespace caisse
