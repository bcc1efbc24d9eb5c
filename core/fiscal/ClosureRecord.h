#pragma once

#include "base/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace caisse {

/**
 * A closure (CLOSE_DAY, CLOSE_MONTH, CLOSE_YEAR) as the register handles it: totals per VAT rate and per payment
 * method, the first and last ticket, the perpetual grand totals at the end of the period. It goes into the journal
 * with toJson(), whose fields and their order are the reference vectors' (../shared/reference/fiscal), and comes out
 * with fromJson(); no other code reads a closure's JSON by key.
 */
struct ClosureRecord
{
    struct VatRow
    {
        /** The field the tickets named the rate with: "rate_bp" (the vectors') or "rate_milli_percent". */
        QString rateField;
        qint64 rate = 0;
        qint64 base = 0;
        qint64 vat = 0;
        qint64 total = 0;
    };
    struct PaymentTotal
    {
        /** As the tickets wrote it ("CASH", "CARD"…). */
        QString method;
        qint64 amount = 0;
    };

    /** The drawer's day, which the tickets cannot tell: entered by whoever closes, summed into months and years. */
    struct Cash
    {
        /** The floats counted when shifts opened. */
        qint64 floats = 0;
        qint64 cashIn = 0;
        qint64 cashOut = 0;
        /** Times the drawer was opened without a sale. */
        qint64 drawerOpenings = 0;
        qint64 shiftsClosed = 0;
        /** Counted minus expected, every method of the shifts closed: negative when money is missing. */
        qint64 overShort = 0;
    };

    /** The closure's number among those of its kind on this register (the Z's number), from 1. */
    std::optional<qint64> number;
    /** "2026-03-14", "2026-03" or "2026". */
    QString period;
    qint64 tickets = 0;
    /** None when the period had no ticket. */
    std::optional<qint64> firstTicket;
    std::optional<qint64> lastTicket;
    QString lastTicketHash;
    qint64 total = 0;
    qint64 duplicatesPrinted = 0;
    qint64 grandTotal = 0;
    qint64 grandTotalAbsolute = 0;
    QList<VatRow> vat;
    QList<PaymentTotal> payments;
    /** The refund tickets and what they gave back (negative). */
    qint64 refundTickets = 0;
    qint64 refunds = 0;
    /** Every discount of the period's tickets, on lines and on tickets. */
    qint64 discounts = 0;
    /** None in closures written before the register counted its drawer, and in the reference vectors'. */
    std::optional<Cash> cash;

    /** The names a VAT rate goes by in tickets and closures. */
    static const QStringList& rateFields();

    QJsonObject toJson() const;
    /** Corrupt when a field the register needs is missing or of the wrong type. */
    static Result<ClosureRecord> fromJson(const QJsonObject& data);
};

} // namespace caisse
