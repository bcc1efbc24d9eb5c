#include "counter/PickupDialog.h"

#include "base/Money.h"
#include "base/MoneyFormat.h"
#include "storage/Settings.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caisse {

PickupDialog::PickupDialog(Database& database, DatabaseWriter& writer, const Clock& clock, QString operatorName,
                           QLocale locale, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_writer(writer)
    , m_clock(clock)
    , m_operatorName(std::move(operatorName))
    , m_locale(std::move(locale))
    , m_pickup(database)
    , m_searchLineEdit(new QLineEdit(this))
    , m_searchPushButton(new QPushButton(tr("&Find"), this))
    , m_ordersListWidget(new QListWidget(this))
    , m_contentPlainTextEdit(new QPlainTextEdit(this))
    , m_handOverPushButton(new QPushButton(tr("&Hand over to the customer"), this))
    , m_resultLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("pickupDialog"));
    setWindowTitle(tr("Online order pickup"));
    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Order number, customer name or e-mail"));
    m_searchPushButton->setObjectName(QStringLiteral("searchPushButton"));
    m_ordersListWidget->setObjectName(QStringLiteral("ordersListWidget"));
    m_contentPlainTextEdit->setObjectName(QStringLiteral("contentPlainTextEdit"));
    m_contentPlainTextEdit->setReadOnly(true);
    m_handOverPushButton->setObjectName(QStringLiteral("handOverPushButton"));
    m_handOverPushButton->setEnabled(false);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLineEdit, 1);
    searchRow->addWidget(m_searchPushButton);
    layout->addLayout(searchRow);
    layout->addWidget(new QLabel(tr("Orders waiting for pickup"), this));
    layout->addWidget(m_ordersListWidget, 1);
    layout->addWidget(new QLabel(tr("To hand over"), this));
    layout->addWidget(m_contentPlainTextEdit, 1);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_handOverPushButton, 0, Qt::AlignRight);
    resize(560, 520);

    connect(m_searchPushButton, &QPushButton::clicked, this, &PickupDialog::search);
    connect(m_searchLineEdit, &QLineEdit::returnPressed, this, &PickupDialog::search);
    connect(m_ordersListWidget, &QListWidget::currentRowChanged, this, &PickupDialog::showSelected);
    connect(m_handOverPushButton, &QPushButton::clicked, this, &PickupDialog::handOver);
    search();
}

void PickupDialog::search()
{
    const auto found = m_pickup.awaiting(m_searchLineEdit->text());
    if (!found) {
        m_resultLabel->setText(found.error().message);
        return;
    }
    m_orders = *found;
    const auto currency = Settings(m_database).currency();
    if (!currency) {
        m_resultLabel->setText(currency.error().message);
        return;
    }
    m_ordersListWidget->clear();
    for (const PickupOrder& order : std::as_const(m_orders))
        m_ordersListWidget->addItem(tr("Order %1 — %2 — %3")
                                        .arg(order.orderId)
                                        .arg(order.customerName.isEmpty() ? order.email : order.customerName,
                                             MoneyFormat::format(Money {order.totalMinor, *currency}, m_locale)));
    if (m_orders.isEmpty())
        m_resultLabel->setText(m_searchLineEdit->text().trimmed().isEmpty()
                                   ? tr("No online order is waiting for pickup.")
                                   : tr("No order waiting for pickup matches “%1”.").arg(m_searchLineEdit->text()));
    else
        m_ordersListWidget->setCurrentRow(0);
}

void PickupDialog::showSelected()
{
    const int row = m_ordersListWidget->currentRow();
    m_handOverPushButton->setEnabled(row >= 0 && row < m_orders.size());
    if (row < 0 || row >= m_orders.size()) {
        m_contentPlainTextEdit->clear();
        return;
    }
    const PickupOrder& order = m_orders[row];
    QStringList lines {tr("%1 <%2>").arg(order.customerName, order.email)};
    for (const PickupLine& line : order.lines)
        lines << tr("%1 × %2").arg(line.quantity).arg(line.name);
    m_contentPlainTextEdit->setPlainText(lines.join(u'\n'));
    m_resultLabel->clear();
}

void PickupDialog::handOver()
{
    const int row = m_ordersListWidget->currentRow();
    if (row < 0 || row >= m_orders.size())
        return;
    const PickupOrder order = m_orders[row];
    m_handOverPushButton->setEnabled(false);
    DatabaseWriter::whenDone<Result<void>>(
        m_writer.run<Result<void>>([orderId = order.orderId, by = m_operatorName, at = m_clock.nowUtc()](
                                       Database& database) { return StorePickup(database).handOver(orderId, by, at); }),
        this, [this, order](const Result<void>& recorded) {
            if (!recorded) {
                m_handOverPushButton->setEnabled(true);
                m_resultLabel->setText(recorded.error().message);
                return;
            }
            emit handedOver(order.orderId);
            search();
            m_resultLabel->setText(
                tr("Order %1 handed over to %2. The online store will show it completed after the next sync.")
                    .arg(order.orderId)
                    .arg(order.customerName.isEmpty() ? order.email : order.customerName));
        });
}

} // namespace caisse
