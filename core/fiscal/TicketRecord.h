#pragma once

#include "base/Result.h"
#include "fiscal/ClosureRecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace caisse {

/**
 * A TICKET record of the fiscal journal as the register handles it: what was sold, the totals and VAT table, the
 * payments and the perpetual grand totals after it. It goes into the journal with toJson(), in the reference vectors'
 * form (../shared/reference/fiscal: rates in basis points, amounts in minor units, fields that are zero on most
 * tickets left out), and comes out with fromJson(); no other code reads a ticket's JSON by key.
 */
struct TicketRecord
{
    struct Line
    {
        QString label;
        qint64 quantityMilli = 0;
        QString sku;
        qint64 total = 0;
        qint64 unitPrice = 0;
        QString rateField;
        qint64 rate = 0;
        qint64 lineDiscount = 0;
        qint64 ticketDiscountShare = 0;
    };
    struct Payment
    {
        /** Upper case, as the vectors write it ("CASH", "CARD"…). */
        QString method;
        qint64 amount = 0;
        /** What was handed over, when it differs from the amount. */
        std::optional<qint64> tendered;
        qint64 change = 0;
    };
    /** The sale a refund corrects. */
    struct RefundOf
    {
        qint64 number = 0;
        QString hash;
    };

    qint64 number = 0;
    QString operatorName;
    QList<Line> lines;
    QList<Payment> payments;
    qint64 totalExclVat = 0;
    qint64 total = 0;
    qint64 totalVat = 0;
    QList<ClosureRecord::VatRow> vat;
    qint64 grandTotal = 0;
    qint64 grandTotalAbsolute = 0;
    qint64 ticketDiscount = 0;
    /** The lines' own discounts, summed: all fromJson() reads of the lines. */
    qint64 lineDiscounts = 0;
    qint64 cashRounding = 0;
    QString customer;
    std::optional<RefundOf> refundOf;

    /** A rate in thousandths of a percent as the journal names it: basis points when it is whole (all French rates). */
    static std::pair<QString, qint64> journalRate(qint32 milliPercent);

    QJsonObject toJson() const;
    /** Lines as the journal writes them (a ticket's, or an abandoned ticket's). */
    static QJsonArray linesJson(const QList<Line>& lines);
    /**
     * What the register reads back (totals, VAT table, payments, grand totals, the sale corrected): the lines stay as
     * they were written and signed, read by no one but an auditor, and are left empty here, which keeps the check of a
     * million records from paying for them. Corrupt when a total, the number or a grand total is missing or not a
     * number.
     */
    static Result<TicketRecord> fromJson(const QJsonObject& data);
};

} // namespace caisse
