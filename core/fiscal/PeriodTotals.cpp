#include "fiscal/PeriodTotals.h"

namespace caisse {

void PeriodTotals::addTicket(const TicketRecord& ticket, const QString& ticketHash)
{
    if (m_tickets == 0)
        m_firstTicket = ticket.number;
    m_lastTicket = ticket.number;
    m_lastTicketHash = ticketHash;
    ++m_tickets;
    m_total += ticket.total;
    for (const ClosureRecord::VatRow& row : ticket.vat)
        addVat(row.rateField, row.rate, row.base, row.vat, row.total);
    for (const TicketRecord::Payment& payment : ticket.payments)
        m_payments[payment.method] += payment.amount;
    if (ticket.refundOf || ticket.total < 0) {
        ++m_refundTickets;
        m_refunds += ticket.total;
    }
    m_discounts += ticket.ticketDiscount + ticket.lineDiscounts;
}

void PeriodTotals::addClosure(const ClosureRecord& closure)
{
    if (closure.tickets > 0) {
        if (m_tickets == 0)
            m_firstTicket = closure.firstTicket.value_or(0);
        m_lastTicket = closure.lastTicket.value_or(0);
        m_lastTicketHash = closure.lastTicketHash;
    }
    m_tickets += closure.tickets;
    m_total += closure.total;
    m_duplicates += closure.duplicatesPrinted;
    for (const ClosureRecord::VatRow& row : closure.vat)
        addVat(row.rateField, row.rate, row.base, row.vat, row.total);
    for (const ClosureRecord::PaymentTotal& payment : closure.payments)
        m_payments[payment.method] += payment.amount;
    m_refundTickets += closure.refundTickets;
    m_refunds += closure.refunds;
    m_discounts += closure.discounts;
    if (closure.cash) {
        ClosureRecord::Cash& sum = m_cash ? *m_cash : m_cash.emplace();
        sum.floats += closure.cash->floats;
        sum.cashIn += closure.cash->cashIn;
        sum.cashOut += closure.cash->cashOut;
        sum.drawerOpenings += closure.cash->drawerOpenings;
        sum.shiftsClosed += closure.cash->shiftsClosed;
        sum.overShort += closure.cash->overShort;
    }
}

void PeriodTotals::addVat(const QString& rateField, qint64 rate, qint64 base, qint64 vat, qint64 total)
{
    VatSums& sums = m_vat[{rateField, rate}];
    sums.base += base;
    sums.vat += vat;
    sums.total += total;
}

ClosureRecord PeriodTotals::closure(const QString& period, qint64 gt, qint64 gtAbs) const
{
    ClosureRecord record;
    record.period = period;
    record.tickets = m_tickets;
    if (m_tickets > 0) {
        record.firstTicket = m_firstTicket;
        record.lastTicket = m_lastTicket;
        record.lastTicketHash = m_lastTicketHash;
    }
    record.total = m_total;
    record.duplicatesPrinted = m_duplicates;
    record.grandTotal = gt;
    record.grandTotalAbsolute = gtAbs;
    for (const auto& [rate, sums] : m_vat)
        record.vat.append({rate.first, rate.second, sums.base, sums.vat, sums.total});
    for (const auto& [method, amount] : m_payments)
        record.payments.append({method, amount});
    record.refundTickets = m_refundTickets;
    record.refunds = m_refunds;
    record.discounts = m_discounts;
    record.cash = m_cash;
    return record;
}

} // namespace caisse
