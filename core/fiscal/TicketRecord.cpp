#include "fiscal/TicketRecord.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace caisse {

namespace {

QJsonObject vatRowJson(const ClosureRecord::VatRow& row)
{
    return {{row.rateField, row.rate},
            {QStringLiteral("ht"), row.base},
            {QStringLiteral("ttc"), row.total},
            {QStringLiteral("tva"), row.vat}};
}

/** The rate field a row carries, and its value; an empty field when it has none. */
std::pair<QString, qint64> rateOf(const QJsonObject& row)
{
    for (const QString& field : ClosureRecord::rateFields())
        if (row.contains(field))
            return {field, row.value(field).toInteger()};
    return {};
}

} // namespace

std::pair<QString, qint64> TicketRecord::journalRate(qint32 milliPercent)
{
    if (milliPercent % 10 == 0)
        return {QStringLiteral("rate_bp"), milliPercent / 10};
    return {QStringLiteral("rate_milli_percent"), milliPercent};
}

QJsonArray TicketRecord::linesJson(const QList<Line>& lines)
{
    QJsonArray rows;
    for (const Line& line : lines) {
        QJsonObject json {{QStringLiteral("label"), line.label},
                          {QStringLiteral("qty_milli"), line.quantityMilli},
                          {QStringLiteral("sku"), line.sku},
                          {QStringLiteral("ttc"), line.total},
                          {QStringLiteral("unit_ttc"), line.unitPrice},
                          {line.rateField, line.rate}};
        if (line.lineDiscount != 0)
            json.insert(QStringLiteral("line_discount"), line.lineDiscount);
        if (line.ticketDiscountShare != 0)
            json.insert(QStringLiteral("ticket_discount_share"), line.ticketDiscountShare);
        rows.append(json);
    }
    return rows;
}

QJsonObject TicketRecord::toJson() const
{
    QJsonArray paymentRows;
    for (const Payment& payment : payments) {
        QJsonObject json {{QStringLiteral("amount"), payment.amount}, {QStringLiteral("method"), payment.method}};
        if (payment.tendered)
            json.insert(QStringLiteral("tendered"), *payment.tendered);
        if (payment.change != 0)
            json.insert(QStringLiteral("change"), payment.change);
        paymentRows.append(json);
    }
    QJsonArray vatRows;
    for (const ClosureRecord::VatRow& row : vat)
        vatRows.append(vatRowJson(row));
    QJsonObject data {
        {QStringLiteral("gt_perpetual"), grandTotal}, {QStringLiteral("gt_perpetual_abs"), grandTotalAbsolute},
        {QStringLiteral("lines"), linesJson(lines)},  {QStringLiteral("no"), number},
        {QStringLiteral("operator"), operatorName},   {QStringLiteral("payments"), paymentRows},
        {QStringLiteral("total_ht"), totalExclVat},   {QStringLiteral("total_ttc"), total},
        {QStringLiteral("total_tva"), totalVat},      {QStringLiteral("vat"), vatRows}};
    if (ticketDiscount != 0)
        data.insert(QStringLiteral("ticket_discount"), ticketDiscount);
    if (cashRounding != 0)
        data.insert(QStringLiteral("cash_rounding"), cashRounding);
    if (!customer.isEmpty())
        data.insert(QStringLiteral("customer"), customer);
    if (refundOf) {
        data.insert(QStringLiteral("cancels"), QJsonValue::Null);
        data.insert(QStringLiteral("refund_of"),
                    QJsonObject {{QStringLiteral("hash"), refundOf->hash}, {QStringLiteral("no"), refundOf->number}});
    }
    return data;
}

Result<TicketRecord> TicketRecord::fromJson(const QJsonObject& data)
{
    TicketRecord record;
    for (const auto& [field, target] :
         {std::pair {"no", &TicketRecord::number}, std::pair {"total_ttc", &TicketRecord::total},
          std::pair {"total_ht", &TicketRecord::totalExclVat}, std::pair {"total_tva", &TicketRecord::totalVat},
          std::pair {"gt_perpetual", &TicketRecord::grandTotal},
          std::pair {"gt_perpetual_abs", &TicketRecord::grandTotalAbsolute}}) {
        const QJsonValue value = data.value(QLatin1String(field));
        if (!value.isDouble())
            return failure(Error::Code::Corrupt,
                           QCoreApplication::translate("caisse::TicketRecord",
                                                       "A ticket of the fiscal journal has no valid \"%1\".")
                               .arg(QLatin1String(field)));
        record.*target = value.toInteger();
    }
    record.operatorName = data.value(QStringLiteral("operator")).toString();
    for (const QJsonValue& value : data.value(QStringLiteral("payments")).toArray()) {
        const QJsonObject payment = value.toObject();
        const QJsonValue tendered = payment.value(QStringLiteral("tendered"));
        record.payments.append({payment.value(QStringLiteral("method")).toString(),
                                payment.value(QStringLiteral("amount")).toInteger(),
                                tendered.isDouble() ? std::optional(tendered.toInteger()) : std::nullopt,
                                payment.value(QStringLiteral("change")).toInteger()});
    }
    for (const QJsonValue& value : data.value(QStringLiteral("vat")).toArray()) {
        const QJsonObject row = value.toObject();
        const auto [rateField, rate] = rateOf(row);
        record.vat.append({rateField, rate, row.value(QStringLiteral("ht")).toInteger(),
                           row.value(QStringLiteral("tva")).toInteger(), row.value(QStringLiteral("ttc")).toInteger()});
    }
    record.ticketDiscount = data.value(QStringLiteral("ticket_discount")).toInteger();
    for (const QJsonValue& line : data.value(QStringLiteral("lines")).toArray())
        record.lineDiscounts += line.toObject().value(QStringLiteral("line_discount")).toInteger();
    record.cashRounding = data.value(QStringLiteral("cash_rounding")).toInteger();
    record.customer = data.value(QStringLiteral("customer")).toString();
    if (const QJsonObject refund = data.value(QStringLiteral("refund_of")).toObject(); !refund.isEmpty())
        record.refundOf = RefundOf {refund.value(QStringLiteral("no")).toInteger(),
                                    refund.value(QStringLiteral("hash")).toString()};
    return record;
}

} // namespace caisse
