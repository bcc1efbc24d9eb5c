#include "counter/TicketModel.h"

#include "base/Money.h"
#include "base/MoneyFormat.h"
#include "base/Quantity.h"

namespace caisse {

TicketModel::TicketModel(QLocale locale, QObject* parent)
    : QAbstractTableModel(parent)
    , m_locale(std::move(locale))
{ }

void TicketModel::setTicket(const Ticket& ticket)
{
    beginResetModel();
    m_ticket = ticket;
    m_totals = ticket.totals();
    endResetModel();
}

int TicketModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ticket.lines().size());
}

int TicketModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_ticket.lines().size())
        return {};
    const TicketLine& line = m_ticket.lines()[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() == ArticleColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const auto money = [&](qint64 minor) {
        return MoneyFormat::format({minor, m_ticket.currency()}, m_locale);
    };
    switch (index.column()) {
    case ArticleColumn:
        return line.label;
    case QuantityColumn:
        return line.soldByWeight ? tr("%1 kg").arg(formatQuantity(line.quantityMilli, m_locale))
                                 : formatQuantity(line.quantityMilli, m_locale);
    case UnitPriceColumn:
        return money(line.unitPriceMinor);
    case DiscountColumn: {
        const qint64 off = m_totals.lines[index.row()].lineDiscountMinor;
        return off == 0 ? QString() : money(-off);
    }
    case AmountColumn:
        return money(m_totals.lines[index.row()].grossMinor - m_totals.lines[index.row()].lineDiscountMinor);
    default:
        return {};
    }
}

QVariant TicketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ArticleColumn:
        return tr("Article");
    case QuantityColumn:
        return tr("Qty");
    case UnitPriceColumn:
        return tr("Unit price");
    case DiscountColumn:
        return tr("Discount");
    case AmountColumn:
        return tr("Amount");
    default:
        return {};
    }
}

} // namespace caisse
