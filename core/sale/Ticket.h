#pragma once

#include "base/Currency.h"
#include "base/Result.h"
#include "sale/Payment.h"
#include "sale/TicketTotals.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace caisse {

/**
 * A ticket at the counter before it is committed: lines, discounts and tenders, with the rules a cashier must not be
 * able to break (no negative quantity on a sale, no discount above the amount, no change on a card, no line edits once
 * money was taken). Committing it is SaleStore's job; once committed a ticket is never changed again.
 */
class Ticket
{
    Q_DECLARE_TR_FUNCTIONS(caisse::Ticket)

public:
    enum class Kind
    {
        Sale,
        Refund,
    };

    explicit Ticket(Currency currency = Currency::fromCode(QStringLiteral("EUR")), Kind kind = Kind::Sale);

    /** A ticket exactly as it was stored, lines and tenders included, without the rules of the counter. */
    static Ticket restored(Kind kind, Currency currency, QList<TicketLine> lines, Discount ticketDiscount,
                           QList<Payment> payments, QString customerRef, qint64 cashRoundingMinor);

    Kind kind() const { return m_kind; }
    Currency currency() const { return m_currency; }
    const QList<TicketLine>& lines() const { return m_lines; }
    const QList<Payment>& payments() const { return m_payments; }
    Discount ticketDiscount() const { return m_ticketDiscount; }
    QString customerRef() const { return m_customerRef; }
    qint64 cashRoundingStep() const { return m_cashRoundingStep; }
    /** The difference between the total and what cash settled, when cash is rounded to the smallest coin. */
    qint64 cashRoundingMinor() const { return m_cashRoundingMinor; }
    bool isEmpty() const { return m_lines.isEmpty(); }

    TicketTotals totals() const;
    /** What is still to be paid (negative on a refund: still to give back). */
    qint64 amountDueMinor() const;
    /** What is still to be paid in cash: the amount due rounded to the smallest coin (CHF, CAD, Belgium). */
    qint64 cashDueMinor() const;
    /** Every line is paid for, to the cent: the ticket can be committed. */
    bool isSettled() const;

    /**
     * Adds a line, or adds its quantity to the last line when that one is the same article at the same price and
     * counted by the piece, as a second scan of the same article does. Returns the index of the line that changed.
     */
    Result<qsizetype> addLine(const TicketLine& line);
    Result<void> setQuantity(qsizetype index, qint64 quantityMilli);
    Result<void> removeLine(qsizetype index);
    /** A line's unit price changed at the counter (a price override); the first price is kept as its list price. */
    Result<void> setUnitPrice(qsizetype index, qint64 unitPriceMinor);
    Result<void> setLineDiscount(qsizetype index, const Discount& discount);
    Result<void> setTicketDiscount(const Discount& discount);
    void setCustomerRef(const QString& customerRef) { m_customerRef = customerRef; }
    /** The smallest coin for cash (5 = 0.05 in Switzerland, Belgium, Canada); 0 in France. */
    void setCashRoundingStep(qint64 step) { m_cashRoundingStep = step; }

    /**
     * Cash handed over by the customer. An empty or short tender pays part of the ticket (split tender); more than
     * due gives change. With a cash rounding step the cash due is rounded to the smallest coin first.
     */
    Result<Payment> payCash(qint64 tenderedMinor);
    /** A card or other tender; it can settle at most what is due, never give change. */
    Result<Payment> payOther(PaymentMethod method, qint64 amountMinor, const QString& reference,
                             const QString& cardAttemptId = {});
    /** Takes back the tenders not yet committed (the customer changes their mind before the ticket is closed). */
    void clearPayments();

    /** A parked ticket's form: everything needed to resume it exactly. */
    QJsonObject toJson() const;
    static Result<Ticket> fromJson(const QJsonObject& json);

private:
    Result<void> checkEditable(std::optional<qsizetype> lineIndex) const;

    Kind m_kind;
    Currency m_currency;
    QList<TicketLine> m_lines;
    QList<Payment> m_payments;
    Discount m_ticketDiscount;
    QString m_customerRef;
    qint64 m_cashRoundingStep = 0;
    qint64 m_cashRoundingMinor = 0;
};

} // namespace caisse
