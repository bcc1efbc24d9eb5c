#include "counter/TicketHistoryDialog.h"

#include "sale/CounterSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caisse {

namespace {

enum Column
{
    NumberColumn,
    TimeColumn,
    OperatorColumn,
    CustomerColumn,
    TotalColumn,
    ColumnCount
};

} // namespace

TicketHistoryDialog::TicketHistoryDialog(CounterSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_searchLineEdit(new QLineEdit(this))
    , m_ticketsTableWidget(new QTableWidget(0, ColumnCount, this))
    , m_reprintPushButton(new QPushButton(tr("&Reprint (duplicate)"), this))
    , m_takeBackPushButton(new QPushButton(tr("&Take articles back…"), this))
{
    setObjectName(QStringLiteral("ticketHistoryDialog"));
    setWindowTitle(tr("Tickets"));
    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Number, amount, day (02/12) or customer; empty: today's"));
    m_ticketsTableWidget->setObjectName(QStringLiteral("ticketsTableWidget"));
    m_ticketsTableWidget->setHorizontalHeaderLabels(
        {tr("Number"), tr("Date and time"), tr("Operator"), tr("Customer"), tr("Total")});
    m_ticketsTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ticketsTableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ticketsTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ticketsTableWidget->setFocusPolicy(Qt::NoFocus);
    m_ticketsTableWidget->verticalHeader()->hide();
    m_ticketsTableWidget->horizontalHeader()->setSectionResizeMode(CustomerColumn, QHeaderView::Stretch);
    m_reprintPushButton->setObjectName(QStringLiteral("reprintPushButton"));
    m_takeBackPushButton->setObjectName(QStringLiteral("takeBackPushButton"));
    auto* close = new QPushButton(tr("Close"), this);
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.3);
    m_searchLineEdit->setFont(large);
    m_ticketsTableWidget->setFont(large);
    for (QPushButton* button : {m_reprintPushButton, m_takeBackPushButton, close}) {
        button->setMinimumHeight(48);
        button->setFocusPolicy(Qt::NoFocus);
    }

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reprintPushButton);
    buttons->addWidget(m_takeBackPushButton);
    buttons->addStretch();
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_searchLineEdit);
    layout->addWidget(m_ticketsTableWidget, 1);
    layout->addLayout(buttons);
    resize(820, 520);

    connect(m_searchLineEdit, &QLineEdit::textChanged, this, &TicketHistoryDialog::search);
    connect(m_reprintPushButton, &QPushButton::clicked, this, [this] { finish(Action::Reprint); });
    connect(m_takeBackPushButton, &QPushButton::clicked, this, [this] { finish(Action::TakeBack); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ticketsTableWidget, &QTableWidget::itemSelectionChanged, this, &TicketHistoryDialog::updateButtons);
    search({});
    m_searchLineEdit->setFocus();
}

QString TicketHistoryDialog::chosenUuid() const
{
    const int row = m_ticketsTableWidget->currentRow();
    return row >= 0 && row < m_found.size() ? m_found.at(row).uuid : QString();
}

void TicketHistoryDialog::search(const QString& text)
{
    m_found = m_session.history(text);
    m_ticketsTableWidget->setRowCount(static_cast<int>(m_found.size()));
    const QLocale& locale = m_session.locale();
    for (int row = 0; row < m_found.size(); ++row) {
        const TicketSummary& ticket = m_found.at(row);
        const QString number = ticket.kind == Ticket::Kind::Refund ? tr("%1 (refund)").arg(ticket.number)
                                                                   : QString::number(ticket.number);
        const QStringList cells {number, locale.toString(ticket.occurredAt.toLocalTime(), QLocale::ShortFormat),
                                 ticket.operatorName, ticket.customerRef, m_session.formatMoney(ticket.totalMinor)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == TotalColumn || column == NumberColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ticketsTableWidget->setItem(row, column, item);
        }
    }
    m_ticketsTableWidget->resizeColumnsToContents();
    if (!m_found.isEmpty())
        m_ticketsTableWidget->selectRow(0);
    updateButtons();
}

void TicketHistoryDialog::updateButtons()
{
    const QString uuid = chosenUuid();
    m_reprintPushButton->setEnabled(!uuid.isEmpty());
    // A refund is not taken back again: its sale is.
    m_takeBackPushButton->setEnabled(!uuid.isEmpty()
                                     && m_found.at(m_ticketsTableWidget->currentRow()).kind == Ticket::Kind::Sale);
}

void TicketHistoryDialog::finish(Action action)
{
    if (chosenUuid().isEmpty())
        return;
    m_action = action;
    accept();
}

} // namespace caisse
