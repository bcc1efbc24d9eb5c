#include "counter/ReceptionDialog.h"

#include "backoffice/DialogParts.h"
#include "base/MoneyFormat.h"
#include "base/RecordId.h"
#include "stock/StockReports.h"
#include "storage/DatabaseWriter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caisse {

ReceptionDialog::ReceptionDialog(CounterSession& session, Operator by, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_by(std::move(by))
    , m_uuid(newRecordId())
    , m_supplierLineEdit(new QLineEdit(this))
    , m_articleLineEdit(new QLineEdit(this))
    , m_linesTableWidget(new QTableWidget(0, 4, this))
    , m_messageLabel(refusalLabel(this))
    , m_confirmPushButton(new QPushButton(tr("&Confirm the delivery"), this))
{
    setWindowTitle(tr("Receive a delivery"));
    m_supplierLineEdit->setObjectName(QStringLiteral("supplierLineEdit"));
    m_articleLineEdit->setObjectName(QStringLiteral("articleLineEdit"));
    m_linesTableWidget->setObjectName(QStringLiteral("linesTableWidget"));
    m_confirmPushButton->setObjectName(QStringLiteral("confirmPushButton"));
    m_supplierLineEdit->setPlaceholderText(tr("Who delivered"));
    m_articleLineEdit->setPlaceholderText(tr("Scan each article, or type a barcode or a SKU"));
    for (QWidget* field : {static_cast<QWidget*>(m_supplierLineEdit), static_cast<QWidget*>(m_articleLineEdit),
                           static_cast<QWidget*>(m_confirmPushButton)}) {
        field->setMinimumHeight(kTouchHeight);
        field->setMinimumWidth(320);
    }
    m_linesTableWidget->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Article"), tr("Quantity"), tr("Cost of one (%1)").arg(m_session.profile().currency.code())});
    m_linesTableWidget->verticalHeader()->hide();
    m_linesTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_linesTableWidget->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    auto* form = new QFormLayout;
    form->addRow(tr("&Supplier:"), m_supplierLineEdit);
    form->addRow(tr("&Article:"), m_articleLineEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_confirmPushButton, QDialogButtonBox::ApplyRole);
    scannerSafe(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_linesTableWidget, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    connect(m_articleLineEdit, &QLineEdit::returnPressed, this, &ReceptionDialog::addScanned);
    connect(m_supplierLineEdit, &QLineEdit::returnPressed, m_articleLineEdit, qOverload<>(&QWidget::setFocus));
    connect(m_confirmPushButton, &QPushButton::clicked, this, &ReceptionDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(860, 620);
}

void ReceptionDialog::addScanned()
{
    const QString typed = m_articleLineEdit->text().trimmed();
    m_articleLineEdit->clear();
    if (typed.isEmpty())
        return;
    const auto article = StockReports(m_session.database()).article(typed);
    if (!article) {
        tell(m_messageLabel, article.error().message, false);
        return;
    }
    const QLocale& locale = m_session.locale();
    for (int row = 0; row < m_linesTableWidget->rowCount(); ++row) {
        QTableWidgetItem* quantity = m_linesTableWidget->item(row, Quantity);
        if (m_linesTableWidget->item(row, Sku)->text() == article->sku) {
            quantity->setText(locale.toString(locale.toLongLong(quantity->text()) + 1));
            m_linesTableWidget->setCurrentCell(row, Quantity);
            tell(m_messageLabel, tr("%1: %2 received.").arg(article->name, quantity->text()), true);
            return;
        }
    }
    const int row = m_linesTableWidget->rowCount();
    m_linesTableWidget->insertRow(row);
    auto* sku = new QTableWidgetItem(article->sku);
    auto* name = new QTableWidgetItem(article->name);
    for (QTableWidgetItem* fixed : {sku, name})
        fixed->setFlags(fixed->flags() & ~Qt::ItemIsEditable);
    m_linesTableWidget->setItem(row, Sku, sku);
    m_linesTableWidget->setItem(row, Name, name);
    m_linesTableWidget->setItem(row, Quantity, new QTableWidgetItem(locale.toString(1)));
    // The cost known so far, to be changed when the delivery note says otherwise.
    m_linesTableWidget->setItem(row, Cost,
                                new QTableWidgetItem(article->costPriceMinor ? MoneyFormat::formatAmount(
                                                         *article->costPriceMinor, m_session.profile().currency, locale)
                                                                             : QString()));
    m_linesTableWidget->setCurrentCell(row, Quantity);
    tell(m_messageLabel, tr("%1: 1 received.").arg(article->name), true);
}

Result<Reception> ReceptionDialog::reception() const
{
    Reception reception {m_uuid, m_supplierLineEdit->text().trimmed(), {}};
    const QLocale& locale = m_session.locale();
    for (int row = 0; row < m_linesTableWidget->rowCount(); ++row) {
        const QString sku = m_linesTableWidget->item(row, Sku)->text();
        bool whole = false;
        const qint64 pieces = locale.toLongLong(m_linesTableWidget->item(row, Quantity)->text().trimmed(), &whole);
        if (!whole || pieces <= 0)
            return failure(Error::Code::InvalidInput, tr("%1: type how many pieces came, such as 12.").arg(sku));
        ReceptionLine line {sku, pieces * 1000, std::nullopt};
        const QString cost = m_linesTableWidget->item(row, Cost)->text().trimmed();
        if (!cost.isEmpty()) {
            const auto parsed = MoneyFormat::parse(cost, m_session.profile().currency, locale);
            if (!parsed || *parsed < 0)
                return failure(Error::Code::InvalidInput,
                               tr("%1: the cost %2 cannot be read; type it as 1,25.").arg(sku, cost));
            line.costPriceMinor = *parsed;
        }
        reception.lines.append(line);
    }
    if (reception.supplier.isEmpty())
        return failure(Error::Code::InvalidInput, tr("Type who delivered the goods."));
    return reception;
}

void ReceptionDialog::confirm()
{
    const auto delivery = reception();
    if (!delivery) {
        tell(m_messageLabel, delivery.error().message, false);
        return;
    }
    m_confirmPushButton->setEnabled(false);
    DatabaseWriter::whenDone<Result<qint64>>(
        m_session.stockDesk().receive(*delivery, m_by), this,
        [this, supplier = delivery->supplier](const Result<qint64>& units) {
            m_confirmPushButton->setEnabled(true);
            if (!units) {
                tell(m_messageLabel, units.error().message, false);
                return;
            }
            tell(m_messageLabel,
                 tr("Delivery from %1 received: %n piece(s) added to the stock.", nullptr, int(*units / 1000))
                     .arg(supplier),
                 true);
            // The next delivery starts afresh, under a reception of its own.
            m_uuid = newRecordId();
            m_linesTableWidget->setRowCount(0);
            m_supplierLineEdit->clear();
            m_supplierLineEdit->setFocus();
            emit received();
        });
}

} // namespace caisse
