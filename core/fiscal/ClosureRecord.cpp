#include "fiscal/ClosureRecord.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace caisse {

namespace {

QJsonValue optionalNumber(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> numberOrNone(const QJsonValue& value)
{
    return value.isDouble() ? std::optional(value.toInteger()) : std::nullopt;
}

} // namespace

const QStringList& ClosureRecord::rateFields()
{
    static const QStringList fields {QStringLiteral("rate_bp"), QStringLiteral("rate_milli_percent")};
    return fields;
}

QJsonObject ClosureRecord::toJson() const
{
    QJsonArray vatRows;
    for (const VatRow& row : vat)
        vatRows.append(QJsonObject {{row.rateField, row.rate},
                                    {QStringLiteral("ht"), row.base},
                                    {QStringLiteral("tva"), row.vat},
                                    {QStringLiteral("ttc"), row.total}});
    QJsonArray paymentRows;
    for (const PaymentTotal& payment : payments)
        paymentRows.append(
            QJsonObject {{QStringLiteral("amount"), payment.amount}, {QStringLiteral("method"), payment.method}});
    QJsonObject json {
        {QStringLiteral("discounts"), discounts},
        {QStringLiteral("duplicates_printed"), duplicatesPrinted},
        {QStringLiteral("first_ticket"), optionalNumber(firstTicket)},
        {QStringLiteral("gt_perpetual"), grandTotal},
        {QStringLiteral("gt_perpetual_abs"), grandTotalAbsolute},
        {QStringLiteral("last_ticket"), optionalNumber(lastTicket)},
        {QStringLiteral("last_ticket_hash"), lastTicket ? QJsonValue(lastTicketHash) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("payments"), paymentRows},
        {QStringLiteral("period"), period},
        {QStringLiteral("refunds"),
         QJsonObject {{QStringLiteral("count"), refundTickets}, {QStringLiteral("ttc"), refunds}}},
        {QStringLiteral("tickets"), tickets},
        {QStringLiteral("total_ttc"), total},
        {QStringLiteral("vat"), vatRows}};
    if (number)
        json.insert(QStringLiteral("number"), *number);
    if (cash)
        json.insert(QStringLiteral("cash"),
                    QJsonObject {{QStringLiteral("cash_in"), cash->cashIn},
                                 {QStringLiteral("cash_out"), cash->cashOut},
                                 {QStringLiteral("drawer_openings"), cash->drawerOpenings},
                                 {QStringLiteral("floats"), cash->floats},
                                 {QStringLiteral("over_short"), cash->overShort},
                                 {QStringLiteral("shifts_closed"), cash->shiftsClosed}});
    return json;
}

Result<ClosureRecord> ClosureRecord::fromJson(const QJsonObject& data)
{
    const auto corrupt = [&](const char* field) {
        return failure(Error::Code::Corrupt,
                       QCoreApplication::translate("caisse::ClosureRecord",
                                                   "A closure of the fiscal journal has no valid \"%1\" (period %2).")
                           .arg(QLatin1String(field), data.value(QStringLiteral("period")).toString()));
    };
    ClosureRecord record;
    record.period = data.value(QStringLiteral("period")).toString();
    if (record.period.isEmpty())
        return corrupt("period");
    for (const auto& [field, target] :
         {std::pair {"tickets", &ClosureRecord::tickets}, std::pair {"total_ttc", &ClosureRecord::total},
          std::pair {"gt_perpetual", &ClosureRecord::grandTotal},
          std::pair {"gt_perpetual_abs", &ClosureRecord::grandTotalAbsolute}}) {
        const QJsonValue value = data.value(QLatin1String(field));
        if (!value.isDouble())
            return corrupt(field);
        record.*target = value.toInteger();
    }
    record.duplicatesPrinted = data.value(QStringLiteral("duplicates_printed")).toInteger();
    record.firstTicket = numberOrNone(data.value(QStringLiteral("first_ticket")));
    record.lastTicket = numberOrNone(data.value(QStringLiteral("last_ticket")));
    record.lastTicketHash = data.value(QStringLiteral("last_ticket_hash")).toString();
    record.number = numberOrNone(data.value(QStringLiteral("number")));
    record.discounts = data.value(QStringLiteral("discounts")).toInteger();
    const QJsonObject refunds = data.value(QStringLiteral("refunds")).toObject();
    record.refundTickets = refunds.value(QStringLiteral("count")).toInteger();
    record.refunds = refunds.value(QStringLiteral("ttc")).toInteger();
    if (const QJsonObject cash = data.value(QStringLiteral("cash")).toObject(); !cash.isEmpty())
        record.cash = Cash {cash.value(QStringLiteral("floats")).toInteger(),
                            cash.value(QStringLiteral("cash_in")).toInteger(),
                            cash.value(QStringLiteral("cash_out")).toInteger(),
                            cash.value(QStringLiteral("drawer_openings")).toInteger(),
                            cash.value(QStringLiteral("shifts_closed")).toInteger(),
                            cash.value(QStringLiteral("over_short")).toInteger()};
    for (const QJsonValue& value : data.value(QStringLiteral("vat")).toArray()) {
        const QJsonObject row = value.toObject();
        const auto field = std::find_if(rateFields().begin(), rateFields().end(),
                                        [&](const QString& name) { return row.contains(name); });
        if (field == rateFields().end())
            return corrupt("vat");
        record.vat.append({*field, row.value(*field).toInteger(), row.value(QStringLiteral("ht")).toInteger(),
                           row.value(QStringLiteral("tva")).toInteger(), row.value(QStringLiteral("ttc")).toInteger()});
    }
    for (const QJsonValue& value : data.value(QStringLiteral("payments")).toArray()) {
        const QJsonObject payment = value.toObject();
        record.payments.append(
            {payment.value(QStringLiteral("method")).toString(), payment.value(QStringLiteral("amount")).toInteger()});
    }
    return record;
}

} // namespace caisse
