#include "fiscal/PeriodTotals.h"

#include <QJsonArray>

namespace caisse {

namespace {

qint64 integer(const QJsonObject& object, const QString& key)
{
    return object.value(key).toInteger();
}

} // namespace

void PeriodTotals::addTicket(const QJsonObject& ticketData, const QString& ticketHash)
{
    const qint64 number = integer(ticketData, QStringLiteral("no"));
    if (m_tickets == 0)
        m_firstTicket = number;
    m_lastTicket = number;
    m_lastTicketHash = ticketHash;
    ++m_tickets;
    m_total += integer(ticketData, QStringLiteral("total_ttc"));
    for (const QJsonValue& value : ticketData.value(QStringLiteral("vat")).toArray()) {
        const QJsonObject row = value.toObject();
        for (const QString& rateKey : ClosureRecord::rateFields()) {
            if (row.contains(rateKey))
                addVat(rateKey, integer(row, rateKey), integer(row, QStringLiteral("ht")),
                       integer(row, QStringLiteral("tva")), integer(row, QStringLiteral("ttc")));
        }
    }
    for (const QJsonValue& value : ticketData.value(QStringLiteral("payments")).toArray()) {
        const QJsonObject payment = value.toObject();
        m_payments[payment.value(QStringLiteral("method")).toString()] += integer(payment, QStringLiteral("amount"));
    }
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
    return record;
}

} // namespace caisse
