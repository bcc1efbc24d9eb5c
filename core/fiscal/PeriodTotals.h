#pragma once

#include "fiscal/ClosureRecord.h"
#include "fiscal/TicketRecord.h"

#include <QJsonObject>
#include <QString>

#include <map>
#include <utility>

namespace caisse {

/**
 * What a closure adds up: the tickets of a day, or the closures of a month or a year. The closing code and the
 * verifier both use it, so a closure is checked by the very sum that wrote it. The form is the reference vectors'
 * CLOSE_DAY, plus the totals per payment method the law asks for.
 */
class PeriodTotals
{
public:
    void addTicket(const TicketRecord& ticket, const QString& ticketHash);
    void addDuplicate() { ++m_duplicates; }
    /** Adds a closure of a shorter period (a day to its month, a month to its year). */
    void addClosure(const ClosureRecord& closure);
    /** The drawer's day, which no ticket tells: a day's closure carries it as its closer gave it. */
    void setCash(const ClosureRecord::Cash& cash) { m_cash = cash; }

    /** The period's closure; gt and gtAbs are the perpetual grand totals at its end. */
    ClosureRecord closure(const QString& period, qint64 gt, qint64 gtAbs) const;

private:
    struct VatSums
    {
        qint64 base = 0;
        qint64 vat = 0;
        qint64 total = 0;
    };
    void addVat(const QString& rateField, qint64 rate, qint64 base, qint64 vat, qint64 total);

    qint64 m_tickets = 0;
    qint64 m_firstTicket = 0;
    qint64 m_lastTicket = 0;
    QString m_lastTicketHash;
    qint64 m_total = 0;
    qint64 m_duplicates = 0;
    /** Keyed by the rate's field name (rate_bp or rate_milli_percent) and value, as the tickets wrote them. */
    std::map<std::pair<QString, qint64>, VatSums> m_vat;
    std::map<QString, qint64> m_payments;
    qint64 m_refundTickets = 0;
    qint64 m_refunds = 0;
    qint64 m_discounts = 0;
    std::optional<ClosureRecord::Cash> m_cash;
};

} // namespace caisse
