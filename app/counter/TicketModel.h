#pragma once

#include "sale/Ticket.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace caisse {

/** The lines of the ticket at the counter, for the line list. */
class TicketModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ArticleColumn,
        QuantityColumn,
        UnitPriceColumn,
        DiscountColumn,
        AmountColumn,
        ColumnCount
    };

    explicit TicketModel(QLocale locale, QObject* parent = nullptr);

    void setTicket(const Ticket& ticket);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QLocale m_locale;
    Ticket m_ticket;
    TicketTotals m_totals;
};

} // namespace caisse
