#include "sale/Ticket.h"

#include "base/Rounding.h"

#include <QJsonArray>

namespace caisse {

namespace {

QJsonObject discountToJson(const Discount& discount)
{
    return {{QStringLiteral("kind"), discountKindKey(discount.kind)},
            {QStringLiteral("value"), QString::number(discount.value)}};
}

Discount discountFromJson(const QJsonObject& json)
{
    return {discountKindFromKey(json.value(QStringLiteral("kind")).toString()),
            json.value(QStringLiteral("value")).toString().toLongLong()};
}

// JSON numbers are doubles: integers travel as strings so that no amount ever goes through floating point.
QString integerText(qint64 value)
{
    return QString::number(value);
}

qint64 integerFrom(const QJsonObject& json, const QString& key)
{
    return json.value(key).toString().toLongLong();
}

} // namespace

Ticket::Ticket(Currency currency, Kind kind)
    : m_kind(kind)
    , m_currency(std::move(currency))
{ }

Ticket Ticket::restored(Kind kind, Currency currency, QList<TicketLine> lines, Discount ticketDiscount,
                        QList<Payment> payments, QString customerRef, qint64 cashRoundingMinor)
{
    Ticket ticket(std::move(currency), kind);
    ticket.m_lines = std::move(lines);
    ticket.m_ticketDiscount = ticketDiscount;
    ticket.m_payments = std::move(payments);
    ticket.m_customerRef = std::move(customerRef);
    ticket.m_cashRoundingMinor = cashRoundingMinor;
    return ticket;
}

TicketTotals Ticket::totals() const
{
    return TicketTotals::compute(m_lines, m_ticketDiscount);
}

qint64 Ticket::amountDueMinor() const
{
    qint64 paid = 0;
    for (const Payment& payment : m_payments)
        paid += payment.amountMinor;
    return totals().totalMinor + m_cashRoundingMinor - paid;
}

bool Ticket::isSettled() const
{
    return !m_lines.isEmpty() && !m_payments.isEmpty() && amountDueMinor() == 0;
}

Result<void> Ticket::checkEditable(std::optional<qsizetype> lineIndex) const
{
    if (!m_payments.isEmpty())
        return failure(Error::Code::BusinessRule,
                       tr("Payment has started: take the payments back before changing the ticket."));
    if (lineIndex && (*lineIndex < 0 || *lineIndex >= m_lines.size()))
        return failure(Error::Code::NotFound, tr("That line is no longer on the ticket."));
    return {};
}

Result<qsizetype> Ticket::addLine(const TicketLine& line)
{
    if (auto editable = checkEditable(std::nullopt); !editable)
        return std::unexpected(editable.error());
    const bool refund = m_kind == Kind::Refund;
    if (refund != line.refundOf.has_value())
        return failure(Error::Code::BusinessRule,
                       refund ? tr("A refund line must come from a sold ticket.")
                              : tr("A sale cannot contain a refund line."));
    if ((refund && line.quantityMilli >= 0) || (!refund && line.quantityMilli <= 0))
        return failure(Error::Code::InvalidInput, tr("The quantity must be more than zero."));
    if (line.unitPriceMinor < 0)
        return failure(Error::Code::InvalidInput, tr("A price cannot be negative."));

    if (!refund && !m_lines.isEmpty()) {
        TicketLine& last = m_lines.last();
        if (last.variantId == line.variantId && last.unitPriceMinor == line.unitPriceMinor && !last.soldByWeight
            && !line.soldByWeight && last.discount == line.discount && last.label == line.label
            && last.listPriceMinor == line.listPriceMinor) {
            last.quantityMilli += line.quantityMilli;
            return m_lines.size() - 1;
        }
    }
    m_lines.append(line);
    return m_lines.size() - 1;
}

Result<void> Ticket::setQuantity(qsizetype index, qint64 quantityMilli)
{
    if (auto editable = checkEditable(index); !editable)
        return editable;
    if (m_kind == Kind::Refund)
        return failure(Error::Code::BusinessRule, tr("Refund quantities are chosen from the original ticket."));
    if (quantityMilli <= 0)
        return failure(Error::Code::InvalidInput, tr("The quantity must be more than zero."));
    m_lines[index].quantityMilli = quantityMilli;
    return {};
}

Result<void> Ticket::removeLine(qsizetype index)
{
    if (auto editable = checkEditable(index); !editable)
        return editable;
    m_lines.removeAt(index);
    return {};
}

Result<void> Ticket::setUnitPrice(qsizetype index, qint64 unitPriceMinor)
{
    if (auto editable = checkEditable(index); !editable)
        return editable;
    if (m_kind == Kind::Refund)
        return failure(Error::Code::BusinessRule, tr("A refund gives back what was paid; its price cannot change."));
    if (unitPriceMinor < 0)
        return failure(Error::Code::InvalidInput, tr("A price cannot be negative."));
    TicketLine& line = m_lines[index];
    if (!line.listPriceMinor)
        line.listPriceMinor = line.unitPriceMinor;
    line.unitPriceMinor = unitPriceMinor;
    return {};
}

Result<void> Ticket::setLineDiscount(qsizetype index, const Discount& discount)
{
    if (auto editable = checkEditable(index); !editable)
        return editable;
    if (m_kind == Kind::Refund)
        return failure(Error::Code::BusinessRule, tr("A refund gives back what was paid; it takes no discount."));
    const qint64 gross
        = divideRounded(static_cast<Int128>(m_lines[index].unitPriceMinor) * m_lines[index].quantityMilli, 1000);
    if (discount.value < 0 || (discount.kind == Discount::Kind::Percent && discount.value > 100'000)
        || (discount.kind == Discount::Kind::Amount && discount.value > gross))
        return failure(Error::Code::InvalidInput, tr("A discount cannot be negative or more than the line."));
    m_lines[index].discount = discount;
    return {};
}

Result<void> Ticket::setTicketDiscount(const Discount& discount)
{
    if (auto editable = checkEditable(std::nullopt); !editable)
        return editable;
    if (m_kind == Kind::Refund)
        return failure(Error::Code::BusinessRule, tr("A refund gives back what was paid; it takes no discount."));
    Discount none;
    const qint64 subtotal = TicketTotals::compute(m_lines, none).totalMinor;
    if (discount.value < 0 || (discount.kind == Discount::Kind::Percent && discount.value > 100'000)
        || (discount.kind == Discount::Kind::Amount && discount.value > subtotal))
        return failure(Error::Code::InvalidInput, tr("A discount cannot be negative or more than the ticket."));
    m_ticketDiscount = discount;
    return {};
}

qint64 Ticket::cashDueMinor() const
{
    return roundToCashStep(amountDueMinor(), m_cashRoundingStep);
}

Result<Payment> Ticket::payCash(qint64 tenderedMinor)
{
    if (m_lines.isEmpty())
        return failure(Error::Code::BusinessRule, tr("The ticket is empty: scan an article first."));
    const qint64 due = amountDueMinor();
    if (due == 0)
        return failure(Error::Code::BusinessRule, tr("The ticket is already paid."));
    const qint64 cashDue = cashDueMinor();

    Payment payment;
    payment.method = PaymentMethod::Cash;
    if (due < 0) {
        payment.amountMinor = cashDue;
        payment.tenderedMinor = cashDue;
    } else if (tenderedMinor <= 0) {
        return failure(Error::Code::InvalidInput, tr("Type the amount the customer hands over."));
    } else if (tenderedMinor >= cashDue) {
        payment.amountMinor = cashDue;
        payment.tenderedMinor = tenderedMinor;
        payment.changeMinor = tenderedMinor - cashDue;
    } else {
        payment.amountMinor = tenderedMinor;
        payment.tenderedMinor = tenderedMinor;
    }
    if (payment.amountMinor == cashDue)
        m_cashRoundingMinor += cashDue - due;
    m_payments.append(payment);
    return payment;
}

Result<Payment> Ticket::payOther(PaymentMethod method, qint64 amountMinor, const QString& reference,
                                 const QString& cardAttemptId)
{
    if (m_lines.isEmpty())
        return failure(Error::Code::BusinessRule, tr("The ticket is empty: scan an article first."));
    const qint64 due = amountDueMinor();
    if (due == 0)
        return failure(Error::Code::BusinessRule, tr("The ticket is already paid."));
    if (amountMinor == 0 || (due > 0) != (amountMinor > 0) || std::abs(amountMinor) > std::abs(due))
        return failure(Error::Code::InvalidInput,
                       tr("A card or voucher can settle at most what is due, without change."));
    Payment payment {method, amountMinor, amountMinor, 0, reference, cardAttemptId};
    m_payments.append(payment);
    return payment;
}

void Ticket::clearPayments()
{
    m_payments.clear();
    m_cashRoundingMinor = 0;
}

QJsonObject Ticket::toJson() const
{
    QJsonArray lines;
    for (const TicketLine& line : m_lines) {
        QJsonObject json {{QStringLiteral("variantId"), integerText(line.variantId)},
                          {QStringLiteral("sku"), line.sku},
                          {QStringLiteral("label"), line.label},
                          {QStringLiteral("quantityMilli"), integerText(line.quantityMilli)},
                          {QStringLiteral("unitPriceMinor"), integerText(line.unitPriceMinor)},
                          {QStringLiteral("vatRateMilliPercent"), integerText(line.vatRateMilliPercent)},
                          {QStringLiteral("soldByWeight"), line.soldByWeight},
                          {QStringLiteral("tracksStock"), line.tracksStock},
                          {QStringLiteral("discount"), discountToJson(line.discount)}};
        if (line.fixedTotalMinor)
            json.insert(QStringLiteral("fixedTotalMinor"), integerText(*line.fixedTotalMinor));
        if (line.listPriceMinor)
            json.insert(QStringLiteral("listPriceMinor"), integerText(*line.listPriceMinor));
        if (line.refundOf) {
            json.insert(QStringLiteral("refundOfTicket"), line.refundOf->ticketUuid);
            json.insert(QStringLiteral("refundOfLine"), line.refundOf->lineNo);
        }
        lines.append(json);
    }
    QJsonArray payments;
    for (const Payment& payment : m_payments)
        payments.append(QJsonObject {{QStringLiteral("method"), paymentMethodKey(payment.method)},
                                     {QStringLiteral("amountMinor"), integerText(payment.amountMinor)},
                                     {QStringLiteral("tenderedMinor"), integerText(payment.tenderedMinor)},
                                     {QStringLiteral("changeMinor"), integerText(payment.changeMinor)},
                                     {QStringLiteral("reference"), payment.reference},
                                     {QStringLiteral("cardAttemptId"), payment.cardAttemptId}});
    return {{QStringLiteral("kind"), m_kind == Kind::Sale ? QStringLiteral("sale") : QStringLiteral("refund")},
            {QStringLiteral("currency"), m_currency.code()},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("ticketDiscount"), discountToJson(m_ticketDiscount)},
            {QStringLiteral("customerRef"), m_customerRef},
            {QStringLiteral("cashRoundingStep"), integerText(m_cashRoundingStep)},
            {QStringLiteral("cashRoundingMinor"), integerText(m_cashRoundingMinor)},
            {QStringLiteral("payments"), payments}};
}

Result<Ticket> Ticket::fromJson(const QJsonObject& json)
{
    const QString kind = json.value(QStringLiteral("kind")).toString();
    const QString currency = json.value(QStringLiteral("currency")).toString();
    if ((kind != QStringLiteral("sale") && kind != QStringLiteral("refund")) || currency.size() != 3)
        return failure(Error::Code::Corrupt, tr("A parked ticket could not be read back."));
    QList<TicketLine> lines;
    for (const QJsonValue& value : json.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject object = value.toObject();
        TicketLine line;
        line.variantId = integerFrom(object, QStringLiteral("variantId"));
        line.sku = object.value(QStringLiteral("sku")).toString();
        line.label = object.value(QStringLiteral("label")).toString();
        line.quantityMilli = integerFrom(object, QStringLiteral("quantityMilli"));
        line.unitPriceMinor = integerFrom(object, QStringLiteral("unitPriceMinor"));
        line.vatRateMilliPercent = static_cast<qint32>(integerFrom(object, QStringLiteral("vatRateMilliPercent")));
        line.soldByWeight = object.value(QStringLiteral("soldByWeight")).toBool();
        line.tracksStock = object.value(QStringLiteral("tracksStock")).toBool();
        line.discount = discountFromJson(object.value(QStringLiteral("discount")).toObject());
        if (object.contains(QStringLiteral("fixedTotalMinor")))
            line.fixedTotalMinor = integerFrom(object, QStringLiteral("fixedTotalMinor"));
        if (object.contains(QStringLiteral("listPriceMinor")))
            line.listPriceMinor = integerFrom(object, QStringLiteral("listPriceMinor"));
        if (object.contains(QStringLiteral("refundOfTicket")))
            line.refundOf = RefundOrigin {object.value(QStringLiteral("refundOfTicket")).toString(),
                                          object.value(QStringLiteral("refundOfLine")).toInt()};
        lines.append(line);
    }
    QList<Payment> payments;
    for (const QJsonValue& value : json.value(QStringLiteral("payments")).toArray()) {
        const QJsonObject object = value.toObject();
        payments.append(
            {paymentMethodFromKey(object.value(QStringLiteral("method")).toString()).value_or(PaymentMethod::Other),
             integerFrom(object, QStringLiteral("amountMinor")), integerFrom(object, QStringLiteral("tenderedMinor")),
             integerFrom(object, QStringLiteral("changeMinor")), object.value(QStringLiteral("reference")).toString(),
             object.value(QStringLiteral("cardAttemptId")).toString()});
    }
    // Restored as they were: merging two lines of a parked ticket on the way back would change it.
    Ticket ticket = restored(kind == QStringLiteral("sale") ? Kind::Sale : Kind::Refund, Currency::fromCode(currency),
                             lines, discountFromJson(json.value(QStringLiteral("ticketDiscount")).toObject()), payments,
                             json.value(QStringLiteral("customerRef")).toString(),
                             integerFrom(json, QStringLiteral("cashRoundingMinor")));
    ticket.m_cashRoundingStep = integerFrom(json, QStringLiteral("cashRoundingStep"));
    return ticket;
}

} // namespace caisse
