#include "counter/CustomerFacingWindow.h"

#include "base/Quantity.h"
#include "sale/CounterSession.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caisse {

CustomerFacingWindow::CustomerFacingWindow(CounterSession& session, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_shopLabel(new QLabel(this))
    , m_linesTableWidget(new QTableWidget(0, 3, this))
    , m_totalLabel(new QLabel(this))
    , m_changeLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("customerFacingWindow"));
    setWindowTitle(tr("Customer screen"));
    m_linesTableWidget->setObjectName(QStringLiteral("customerLinesTableWidget"));
    m_totalLabel->setObjectName(QStringLiteral("customerTotalLabel"));
    m_changeLabel->setObjectName(QStringLiteral("customerChangeLabel"));
    if (const auto shop = session.settings().shop())
        m_shopLabel->setText(shop->name);
    m_shopLabel->setAlignment(Qt::AlignCenter);
    m_linesTableWidget->setFocusPolicy(Qt::NoFocus);
    m_linesTableWidget->setSelectionMode(QAbstractItemView::NoSelection);
    m_linesTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_linesTableWidget->setShowGrid(false);
    m_linesTableWidget->horizontalHeader()->hide();
    m_linesTableWidget->verticalHeader()->hide();
    m_linesTableWidget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_linesTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_linesTableWidget->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    m_shopLabel->setFont(font);
    m_linesTableWidget->setFont(font);
    QFont huge = font;
    huge.setPointSizeF(font.pointSizeF() * 2);
    huge.setBold(true);
    m_totalLabel->setFont(huge);
    m_changeLabel->setFont(huge);
    m_totalLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_changeLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_shopLabel);
    layout->addWidget(m_linesTableWidget, 1);
    layout->addWidget(m_totalLabel);
    layout->addWidget(m_changeLabel);
    resize(800, 600);
    connect(&session, &CounterSession::ticketChanged, this, &CustomerFacingWindow::refresh);
    refresh();
}

void CustomerFacingWindow::refresh()
{
    const Ticket& ticket = m_session.ticket();
    const TicketTotals totals = ticket.totals();
    m_linesTableWidget->setRowCount(static_cast<int>(ticket.lines().size()));
    for (qsizetype i = 0; i < ticket.lines().size(); ++i) {
        const TicketLine& line = ticket.lines().at(i);
        const QString quantity = line.soldByWeight
            ? tr("%1 kg").arg(formatQuantity(line.quantityMilli, m_session.locale()))
            : formatQuantity(line.quantityMilli, m_session.locale());
        const QString amount
            = m_session.formatMoney(totals.lines.at(i).grossMinor - totals.lines.at(i).lineDiscountMinor);
        const QStringList cells {quantity + QStringLiteral(" ×"), line.label, amount};
        for (int column = 0; column < 3; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column != 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_linesTableWidget->setItem(static_cast<int>(i), column, item);
        }
    }
    m_linesTableWidget->scrollToBottom();
    const auto toGiveBack = m_session.toGiveBack();
    if (ticket.isEmpty() && toGiveBack) {
        m_totalLabel->clear();
        m_changeLabel->setText(tr("Your change: %1").arg(m_session.formatMoney(*toGiveBack)));
        return;
    }
    m_changeLabel->setText(ticket.payments().isEmpty()
                               ? QString()
                               : tr("Still to pay: %1").arg(m_session.formatMoney(ticket.amountDueMinor())));
    m_totalLabel->setText(ticket.isEmpty() ? tr("Welcome!")
                                           : tr("Total %1").arg(m_session.formatMoney(totals.totalMinor)));
}

} // namespace caisse
