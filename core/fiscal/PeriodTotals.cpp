#include "fiscal/PeriodTotals.h"

#include <QJsonArray>

namespace caisse {

namespace {

const QStringList kRateKeys {QStringLiteral("rate_bp"), QStringLiteral("rate_milli_percent")};

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
    addVatRows(ticketData);
    addPayments(ticketData);
}

void PeriodTotals::addClosure(const QJsonObject& closureData)
{
    const qint64 tickets = integer(closureData, QStringLiteral("tickets"));
    if (tickets > 0) {
        if (m_tickets == 0)
            m_firstTicket = integer(closureData, QStringLiteral("first_ticket"));
        m_lastTicket = integer(closureData, QStringLiteral("last_ticket"));
        m_lastTicketHash = closureData.value(QStringLiteral("last_ticket_hash")).toString();
    }
    m_tickets += tickets;
    m_total += integer(closureData, QStringLiteral("total_ttc"));
    m_duplicates += integer(closureData, QStringLiteral("duplicates_printed"));
    addVatRows(closureData);
    addPayments(closureData);
}

void PeriodTotals::addVatRows(const QJsonObject& data)
{
    for (const QJsonValue& value : data.value(QStringLiteral("vat")).toArray()) {
        const QJsonObject row = value.toObject();
        for (const QString& rateKey : kRateKeys) {
            if (!row.contains(rateKey))
                continue;
            VatSums& sums = m_vat[{rateKey, integer(row, rateKey)}];
            sums.base += integer(row, QStringLiteral("ht"));
            sums.vat += integer(row, QStringLiteral("tva"));
            sums.total += integer(row, QStringLiteral("ttc"));
        }
    }
}

void PeriodTotals::addPayments(const QJsonObject& data)
{
    for (const QJsonValue& value : data.value(QStringLiteral("payments")).toArray()) {
        const QJsonObject payment = value.toObject();
        m_payments[payment.value(QStringLiteral("method")).toString()] += integer(payment, QStringLiteral("amount"));
    }
}

QJsonObject PeriodTotals::closureData(const QString& period, qint64 gt, qint64 gtAbs) const
{
    QJsonArray vat;
    for (const auto& [rate, sums] : m_vat)
        vat.append(QJsonObject {{rate.first, rate.second},
                                {QStringLiteral("ht"), sums.base},
                                {QStringLiteral("tva"), sums.vat},
                                {QStringLiteral("ttc"), sums.total}});
    QJsonArray payments;
    for (const auto& [method, amount] : m_payments)
        payments.append(QJsonObject {{QStringLiteral("amount"), amount}, {QStringLiteral("method"), method}});
    const bool any = m_tickets > 0;
    return {{QStringLiteral("duplicates_printed"), m_duplicates},
            {QStringLiteral("first_ticket"), any ? QJsonValue(m_firstTicket) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("gt_perpetual"), gt},
            {QStringLiteral("gt_perpetual_abs"), gtAbs},
            {QStringLiteral("last_ticket"), any ? QJsonValue(m_lastTicket) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("last_ticket_hash"), any ? QJsonValue(m_lastTicketHash) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("payments"), payments},
            {QStringLiteral("period"), period},
            {QStringLiteral("tickets"), m_tickets},
            {QStringLiteral("total_ttc"), m_total},
            {QStringLiteral("vat"), vat}};
}

} // namespace caisse
