#include "sale/SaleStore.h"

#include "base/Money.h"
#include "base/MoneyFormat.h"
#include "base/Quantity.h"
#include "base/RecordId.h"
#include "base/Rounding.h"
#include "fiscal/TicketRecord.h"
#include "sale/Vouchers.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSale, "caisse.sale")

namespace caisse {

namespace {

QString kindKey(Ticket::Kind kind)
{
    return kind == Ticket::Kind::Sale ? QStringLiteral("sale") : QStringLiteral("refund");
}

QList<TicketRecord::Line> recordLines(const Ticket& ticket, const TicketTotals& totals)
{
    QList<TicketRecord::Line> lines;
    for (qsizetype i = 0; i < ticket.lines().size(); ++i) {
        const TicketLine& line = ticket.lines()[i];
        const LineAmounts& amounts = totals.lines[i];
        const auto [rateField, rate] = TicketRecord::journalRate(line.vatRateMilliPercent);
        lines.append({line.label, line.quantityMilli, line.sku, amounts.totalMinor, line.unitPriceMinor, rateField,
                      rate, amounts.lineDiscountMinor, amounts.ticketDiscountShareMinor});
    }
    return lines;
}

TicketRecord ticketRecord(const CommittedTicket& committed, const TicketRecord& previous, const QString& correctedHash)
{
    const Ticket& ticket = committed.ticket;
    const TicketTotals& totals = committed.totals;
    TicketRecord record;
    record.number = committed.number;
    record.operatorName = committed.operatorName;
    record.lines = recordLines(ticket, totals);
    for (const Payment& payment : ticket.payments())
        record.payments.append(
            {paymentMethodKey(payment.method).toUpper(), payment.amountMinor,
             payment.tenderedMinor != payment.amountMinor ? std::optional(payment.tenderedMinor) : std::nullopt,
             payment.changeMinor});
    record.totalExclVat = totals.baseMinor;
    record.total = totals.totalMinor;
    record.totalVat = totals.vatMinor;
    for (const VatRow& row : totals.vat) {
        const auto [rateField, rate] = TicketRecord::journalRate(row.rateMilliPercent);
        record.vat.append({rateField, rate, row.baseMinor, row.vatMinor, row.totalMinor});
    }
    record.grandTotal = previous.grandTotal + record.total;
    record.grandTotalAbsolute = previous.grandTotalAbsolute + (record.total < 0 ? -record.total : record.total);
    record.ticketDiscount = totals.ticketDiscountMinor;
    record.cashRounding = ticket.cashRoundingMinor();
    record.customer = ticket.customerRef();
    if (ticket.kind() == Ticket::Kind::Refund)
        record.refundOf = TicketRecord::RefundOf {committed.correctsTicketNumber, correctedHash};
    return record;
}

} // namespace

SaleStore::SaleStore(Database& database, const Clock& clock, const QString& registerId,
                     std::optional<Ed25519Key> journalKey, Mode mode)
    : m_database(database)
    , m_clock(clock)
    , m_registerId(mode == Mode::Training ? trainingChainOf(registerId) : registerId)
    , m_mode(mode)
    , m_journal(database, m_registerId, journalKey)
    , m_events(database, clock, m_registerId, journalKey)
    , m_closing(database, clock, m_registerId, m_events, journalKey)
{ }

Result<CommittedTicket> SaleStore::commit(const Ticket& ticket, const Operator& by)
{
    const QString& operatorName = by.name;
    if (auto allowed = by.require(ticket.kind() == Ticket::Kind::Refund ? Permission::Refund : Permission::Sell);
        !allowed)
        return std::unexpected(allowed.error());
    if (!ticket.isSettled())
        return failure(Error::Code::BusinessRule,
                       tr("The ticket is not fully paid: %1 is still due.")
                           .arg(MoneyFormat::format({ticket.amountDueMinor(), ticket.currency()}, QLocale())));

    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (ticket.kind() == Ticket::Kind::Refund) {
        if (auto allowed = checkRefundLimits(ticket); !allowed)
            return std::unexpected(allowed.error());
    }
    if (m_mode == Mode::Live) {
        if (auto closed = m_closing.closeOpenPeriods(); !closed)
            return std::unexpected(closed.error());
    }

    QSqlQuery query(m_database.connection());
    if (auto ran
        = Database::run(query, QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM tickets WHERE register_id = ?"),
                        {m_registerId});
        !ran)
        return std::unexpected(ran.error());
    query.next();

    CommittedTicket committed;
    committed.number = query.value(0).toLongLong();
    committed.uuid = newRecordId();
    committed.registerId = m_registerId;
    committed.occurredAt = m_clock.nowUtc();
    committed.operatorName = operatorName;
    committed.ticket = ticket;
    committed.totals = ticket.totals();
    committed.training = m_mode == Mode::Training;
    if (ticket.kind() == Ticket::Kind::Refund) {
        committed.correctsTicketUuid = ticket.lines().first().refundOf->ticketUuid;
        if (auto ran = Database::run(query, QStringLiteral("SELECT number FROM tickets WHERE uuid = ?"),
                                     {committed.correctsTicketUuid});
            !ran)
            return std::unexpected(ran.error());
        committed.correctsTicketNumber = query.next() ? query.value(0).toLongLong() : 0;
    }
    const QString occurredAt = toStorageTime(committed.occurredAt);
    const TicketTotals& totals = committed.totals;

    auto ran = Database::run(
        query,
        QStringLiteral("INSERT INTO tickets(uuid, register_id, number, kind, occurred_at, operator, currency, "
                       "ticket_discount_kind, ticket_discount_value, ticket_discount_minor, "
                       "line_discounts_minor, base_minor, vat_minor, total_minor, cash_rounding_minor, "
                       "customer_ref, corrects_ticket_uuid, training) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {committed.uuid, m_registerId, committed.number, kindKey(ticket.kind()), occurredAt, operatorName,
         ticket.currency().code(), discountKindKey(ticket.ticketDiscount().kind), ticket.ticketDiscount().value,
         totals.ticketDiscountMinor, totals.lineDiscountsMinor, totals.baseMinor, totals.vatMinor, totals.totalMinor,
         ticket.cashRoundingMinor(), ticket.customerRef(),
         committed.correctsTicketUuid.isEmpty() ? QVariant() : QVariant(committed.correctsTicketUuid),
         m_mode == Mode::Training ? 1 : 0});
    if (!ran)
        return std::unexpected(ran.error());
    const qint64 ticketId = query.lastInsertId().toLongLong();

    for (qsizetype i = 0; i < ticket.lines().size() && ran; ++i) {
        const TicketLine& line = ticket.lines()[i];
        const LineAmounts& amounts = totals.lines[i];
        ran = Database::run(
            query,
            QStringLiteral("INSERT INTO ticket_lines(ticket_id, line_no, variant_id, sku, label, quantity_milli, "
                           "unit_price_minor, vat_rate_milli_percent, sold_by_weight, discount_kind, "
                           "discount_value, gross_minor, line_discount_minor, ticket_discount_share_minor, "
                           "total_minor, refund_of_ticket_uuid, refund_of_line_no) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {ticketId, i + 1, line.variantId > 0 ? QVariant(line.variantId) : QVariant(), line.sku, line.label,
             line.quantityMilli, line.unitPriceMinor, line.vatRateMilliPercent, line.soldByWeight ? 1 : 0,
             discountKindKey(line.discount.kind), line.discount.value, amounts.grossMinor, amounts.lineDiscountMinor,
             amounts.ticketDiscountShareMinor, amounts.totalMinor,
             line.refundOf ? QVariant(line.refundOf->ticketUuid) : QVariant(),
             line.refundOf ? QVariant(line.refundOf->lineNo) : QVariant()});
        if (ran && line.tracksStock && line.variantId > 0 && m_mode == Mode::Live)
            ran = Database::run(query,
                                QStringLiteral("INSERT INTO stock_movements(uuid, variant_id, quantity_milli, reason, "
                                               "ticket_uuid, register_id, occurred_at) VALUES(?, ?, ?, ?, ?, ?, ?)"),
                                {newRecordId(), line.variantId, -line.quantityMilli, kindKey(ticket.kind()),
                                 committed.uuid, m_registerId, occurredAt});
    }
    for (qsizetype i = 0; i < totals.vat.size() && ran; ++i) {
        const VatRow& row = totals.vat[i];
        ran = Database::run(
            query,
            QStringLiteral("INSERT INTO ticket_vat(ticket_id, vat_rate_milli_percent, base_minor, vat_minor, "
                           "total_minor) VALUES(?, ?, ?, ?, ?)"),
            {ticketId, row.rateMilliPercent, row.baseMinor, row.vatMinor, row.totalMinor});
    }
    for (qsizetype i = 0; i < ticket.payments().size() && ran; ++i) {
        const Payment& payment = ticket.payments()[i];
        ran = Database::run(
            query,
            QStringLiteral("INSERT INTO payments(ticket_id, payment_no, method, amount_minor, tendered_minor, "
                           "change_minor, reference, card_attempt_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
            {ticketId, i + 1, paymentMethodKey(payment.method), payment.amountMinor, payment.tenderedMinor,
             payment.changeMinor, payment.reference,
             payment.cardAttemptId.isEmpty() ? QVariant() : QVariant(payment.cardAttemptId)});
    }
    if (!ran)
        return std::unexpected(ran.error());
    if (m_mode == Mode::Live) {
        // Training tickets are not sales: they issue no voucher and take nothing from one.
        constexpr int kDefaultVoucherMonths = 12;
        bool set = false;
        const int months = Settings(m_database).value(QStringLiteral("voucher_validity_months")).toInt(&set);
        auto issued = Vouchers(m_database).record(committed, set && months > 0 ? months : kDefaultVoucherMonths);
        if (!issued)
            return std::unexpected(issued.error());
        committed.vouchersIssued = *issued;
    }
    if (auto journaled = journal(committed, by.approvedBy); !journaled)
        return std::unexpected(journaled.error());
    if (auto done = transaction->commit(); !done)
        return std::unexpected(done.error());
    qCInfo(lcSale) << "committed" << kindKey(ticket.kind()) << m_registerId << committed.number << committed.uuid;
    return committed;
}

Result<void> SaleStore::journal(CommittedTicket& committed, const QString& approvedBy)
{
    const auto previousData = m_journal.lastDataOfType(RecordType::Ticket);
    if (!previousData)
        return std::unexpected(previousData.error());
    // The perpetual grand totals go on from the ticket before (none yet: from zero).
    const auto previous
        = previousData->isEmpty() ? Result<TicketRecord>(TicketRecord {}) : TicketRecord::fromJson(*previousData);
    if (!previous)
        return std::unexpected(previous.error());
    QString correctedHash;
    if (!committed.correctsTicketUuid.isEmpty()) {
        auto hash = m_journal.hashOfObject(committed.correctsTicketUuid);
        if (!hash)
            return std::unexpected(hash.error());
        correctedHash = *hash;
    }
    auto appended = m_journal.append(RecordType::Ticket, ticketRecord(committed, *previous, correctedHash).toJson(),
                                     committed.occurredAt, committed.uuid);
    if (!appended)
        return std::unexpected(appended.error());
    committed.journalHash = appended->hash;
    committed.journalSignature = appended->signature;
    if (!committed.correctsTicketUuid.isEmpty()) {
        if (auto recorded = m_events.record(TechnicalEvents::Code::TicketCancellation, committed.operatorName,
                                            {{QStringLiteral("approved_by"), approvedBy},
                                             {QStringLiteral("corrects"), committed.correctsTicketNumber},
                                             {QStringLiteral("no"), committed.number}});
            !recorded)
            return std::unexpected(recorded.error());
    }
    return {};
}

Result<void> SaleStore::abandon(const Ticket& ticket, const Operator& by)
{
    if (auto allowed = by.require(Permission::AbandonTicket); !allowed)
        return allowed;
    if (ticket.lines().isEmpty())
        return {};
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const TicketTotals totals = ticket.totals();
    QJsonObject record {{QStringLiteral("lines"), TicketRecord::linesJson(recordLines(ticket, totals))},
                        {QStringLiteral("operator"), by.name},
                        {QStringLiteral("total_ttc"), totals.totalMinor}};
    // Cash already taken goes back to the customer: the drawer's count must know it left.
    qint64 cashBack = 0;
    for (const Payment& payment : ticket.payments())
        cashBack += payment.method == PaymentMethod::Cash ? payment.amountMinor : 0;
    if (cashBack > 0)
        record.insert(QStringLiteral("cash_handed_back"), cashBack);
    if (auto appended = m_journal.append(RecordType::AbandonedTicket, record, m_clock.nowUtc()); !appended)
        return std::unexpected(appended.error());
    return transaction->commit();
}

Result<int> SaleStore::recordDuplicate(const QString& ticketUuid, const Operator& by)
{
    if (auto allowed = by.require(Permission::Reprint); !allowed)
        return std::unexpected(allowed.error());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto committed = load(ticketUuid);
    if (!committed)
        return std::unexpected(committed.error());
    QSqlQuery query(m_database.connection());
    if (auto ran
        = Database::run(query, QStringLiteral("SELECT COUNT(*) FROM journal WHERE object_uuid = ? AND type = ?"),
                        {ticketUuid, QString(RecordType::Duplicate)});
        !ran)
        return std::unexpected(ran.error());
    query.next();
    const int copy = query.value(0).toInt() + 1;
    if (auto appended = m_journal.append(RecordType::Duplicate,
                                         {{QStringLiteral("copy"), copy},
                                          {QStringLiteral("no"), committed->number},
                                          {QStringLiteral("operator"), by.name},
                                          {QStringLiteral("ticket_hash"), committed->journalHash}},
                                         m_clock.nowUtc(), ticketUuid);
        !appended)
        return std::unexpected(appended.error());
    if (auto done = transaction->commit(); !done)
        return std::unexpected(done.error());
    return copy;
}

Result<CommittedTicket> SaleStore::load(const QString& uuid)
{
    return loadWhere(QStringLiteral("uuid = ?"), {uuid});
}

Result<CommittedTicket> SaleStore::loadByNumber(qint64 number)
{
    return loadWhere(QStringLiteral("register_id = ? AND number = ?"), {m_registerId, number});
}

Result<CommittedTicket> SaleStore::loadWhere(const QString& condition, const QVariantList& values)
{
    QSqlQuery query(m_database.connection());
    if (auto ran
        = Database::run(query,
                        QStringLiteral("SELECT id, uuid, register_id, number, kind, occurred_at, operator, currency, "
                                       "ticket_discount_kind, ticket_discount_value, ticket_discount_minor, "
                                       "line_discounts_minor, base_minor, vat_minor, total_minor, cash_rounding_minor, "
                                       "customer_ref, COALESCE(corrects_ticket_uuid, ''), "
                                       "(SELECT o.number FROM tickets o WHERE o.uuid = tickets.corrects_ticket_uuid), "
                                       "training, j.hash, j.sig FROM tickets LEFT JOIN journal j ON "
                                       "j.object_uuid = tickets.uuid AND j.type = 'TICKET' WHERE ")
                            + condition,
                        values);
        !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return failure(Error::Code::NotFound, tr("There is no such ticket on this register."));

    CommittedTicket committed;
    const qint64 ticketId = query.value(0).toLongLong();
    committed.uuid = query.value(1).toString();
    committed.registerId = query.value(2).toString();
    committed.number = query.value(3).toLongLong();
    const Ticket::Kind kind
        = query.value(4).toString() == QStringLiteral("sale") ? Ticket::Kind::Sale : Ticket::Kind::Refund;
    committed.occurredAt = fromStorageTime(query.value(5).toString());
    committed.operatorName = query.value(6).toString();
    const Currency currency = Currency::fromCode(query.value(7).toString());
    const Discount ticketDiscount {discountKindFromKey(query.value(8).toString()), query.value(9).toLongLong()};
    TicketTotals& totals = committed.totals;
    totals.ticketDiscountMinor = query.value(10).toLongLong();
    totals.lineDiscountsMinor = query.value(11).toLongLong();
    totals.baseMinor = query.value(12).toLongLong();
    totals.vatMinor = query.value(13).toLongLong();
    totals.totalMinor = query.value(14).toLongLong();
    const qint64 cashRounding = query.value(15).toLongLong();
    const QString customerRef = query.value(16).toString();
    committed.correctsTicketUuid = query.value(17).toString();
    committed.correctsTicketNumber = query.value(18).toLongLong();
    committed.training = query.value(19).toBool();
    committed.journalHash = query.value(20).toString();
    committed.journalSignature = query.value(21).toByteArray();

    QList<TicketLine> lines;
    if (auto ran = Database::run(
            query,
            QStringLiteral("SELECT COALESCE(variant_id, 0), sku, label, quantity_milli, unit_price_minor, "
                           "vat_rate_milli_percent, sold_by_weight, discount_kind, discount_value, "
                           "gross_minor, line_discount_minor, ticket_discount_share_minor, total_minor, "
                           "refund_of_ticket_uuid, refund_of_line_no, EXISTS(SELECT 1 FROM stock_movements m "
                           "WHERE m.ticket_uuid = ? AND m.variant_id = ticket_lines.variant_id) "
                           "FROM ticket_lines WHERE ticket_id = ? ORDER BY line_no"),
            {committed.uuid, ticketId});
        !ran)
        return std::unexpected(ran.error());
    while (query.next()) {
        TicketLine line;
        line.variantId = query.value(0).toLongLong();
        line.sku = query.value(1).toString();
        line.label = query.value(2).toString();
        line.quantityMilli = query.value(3).toLongLong();
        line.unitPriceMinor = query.value(4).toLongLong();
        line.vatRateMilliPercent = query.value(5).toInt();
        line.soldByWeight = query.value(6).toBool();
        line.discount = {discountKindFromKey(query.value(7).toString()), query.value(8).toLongLong()};
        totals.lines.append({query.value(9).toLongLong(), query.value(10).toLongLong(), query.value(11).toLongLong(),
                             query.value(12).toLongLong()});
        if (!query.value(13).isNull()) {
            line.refundOf = RefundOrigin {query.value(13).toString(), query.value(14).toInt()};
            line.fixedTotalMinor = totals.lines.last().grossMinor;
        }
        line.tracksStock = query.value(15).toBool();
        lines.append(line);
    }

    if (auto ran = Database::run(
            query,
            QStringLiteral("SELECT vat_rate_milli_percent, base_minor, vat_minor, total_minor FROM ticket_vat "
                           "WHERE ticket_id = ? ORDER BY vat_rate_milli_percent"),
            {ticketId});
        !ran)
        return std::unexpected(ran.error());
    while (query.next())
        totals.vat.append({query.value(0).toInt(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                           query.value(3).toLongLong()});

    QList<Payment> payments;
    if (auto ran = Database::run(
            query,
            QStringLiteral("SELECT method, amount_minor, tendered_minor, change_minor, reference, "
                           "COALESCE(card_attempt_id, '') FROM payments WHERE ticket_id = ? ORDER BY payment_no"),
            {ticketId});
        !ran)
        return std::unexpected(ran.error());
    while (query.next())
        payments.append({paymentMethodFromKey(query.value(0).toString()).value_or(PaymentMethod::Other),
                         query.value(1).toLongLong(), query.value(2).toLongLong(), query.value(3).toLongLong(),
                         query.value(4).toString(), query.value(5).toString()});

    committed.ticket = Ticket::restored(kind, currency, lines, ticketDiscount, payments, customerRef, cashRounding);
    // Read back only for the rare ticket that issued one: loading a ticket stays one query per table.
    if (Vouchers::issuesAny(committed.ticket)) {
        auto issued = Vouchers(m_database).issuedBy(committed.uuid);
        if (!issued)
            return std::unexpected(issued.error());
        committed.vouchersIssued = *issued;
    }
    return committed;
}

Result<QList<TicketSummary>> SaleStore::history(const TicketQuery& filter, int limit)
{
    QString sql = QStringLiteral("SELECT uuid, number, occurred_at, kind, operator, customer_ref, total_minor FROM "
                                 "tickets WHERE register_id = ?");
    QVariantList values {m_registerId};
    if (filter.number) {
        sql += QStringLiteral(" AND number = ?");
        values << *filter.number;
    }
    if (filter.amountMinor) {
        sql += QStringLiteral(" AND abs(total_minor) = ?");
        values << *filter.amountMinor;
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND occurred_at >= ?");
        values << toStorageTime(filter.from);
    }
    if (filter.until.isValid()) {
        sql += QStringLiteral(" AND occurred_at < ?");
        values << toStorageTime(filter.until);
    }
    if (!filter.customer.isEmpty()) {
        sql += QStringLiteral(" AND customer_ref LIKE ? ESCAPE '\\'");
        QString pattern = filter.customer;
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        values << QStringLiteral("%%1%").arg(pattern);
    }
    sql += QStringLiteral(" ORDER BY number DESC LIMIT ?");
    values << limit;
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query, sql, values); !ran)
        return std::unexpected(ran.error());
    QList<TicketSummary> tickets;
    while (query.next())
        tickets.append(
            {query.value(0).toString(), query.value(1).toLongLong(), fromStorageTime(query.value(2).toString()),
             query.value(3).toString() == kindKey(Ticket::Kind::Refund) ? Ticket::Kind::Refund : Ticket::Kind::Sale,
             query.value(4).toString(), query.value(5).toString(), query.value(6).toLongLong()});
    return tickets;
}

Result<QString> SaleStore::lastTicketUuid()
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query, QStringLiteral("SELECT uuid FROM tickets WHERE register_id = ? ORDER BY number DESC LIMIT 1"),
            {m_registerId});
        !ran)
        return std::unexpected(ran.error());
    return query.next() ? query.value(0).toString() : QString();
}

Result<QList<CommittedTicket>> SaleStore::recent(int count)
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query, QStringLiteral("SELECT uuid FROM tickets WHERE register_id = ? ORDER BY number DESC LIMIT ?"),
            {m_registerId, count});
        !ran)
        return std::unexpected(ran.error());
    QList<CommittedTicket> tickets;
    while (query.next()) {
        auto ticket = load(query.value(0).toString());
        if (!ticket)
            return std::unexpected(ticket.error());
        tickets.append(*ticket);
    }
    return tickets;
}

Result<SaleStore::Refunded> SaleStore::alreadyRefunded(const QString& ticketUuid, int lineNo)
{
    QSqlQuery query(m_database.connection());
    if (auto ran
        = Database::run(query,
                        QStringLiteral("SELECT COALESCE(SUM(-quantity_milli), 0), COALESCE(SUM(-total_minor), 0) "
                                       "FROM ticket_lines WHERE refund_of_ticket_uuid = ? AND refund_of_line_no = ?"),
                        {ticketUuid, lineNo});
        !ran)
        return std::unexpected(ran.error());
    query.next();
    return Refunded {query.value(0).toLongLong(), query.value(1).toLongLong()};
}

Result<qint64> SaleStore::refundableQuantityMilli(const QString& ticketUuid, int lineNo)
{
    const auto original = load(ticketUuid);
    if (!original)
        return std::unexpected(original.error());
    if (original->ticket.kind() != Ticket::Kind::Sale || lineNo < 1 || lineNo > original->ticket.lines().size())
        return failure(Error::Code::NotFound, tr("That line is not on the sale to refund."));
    const auto refunded = alreadyRefunded(ticketUuid, lineNo);
    if (!refunded)
        return std::unexpected(refunded.error());
    return original->ticket.lines()[lineNo - 1].quantityMilli - refunded->quantityMilli;
}

Result<Ticket> SaleStore::prepareRefund(const QString& ticketUuid, const QList<RefundRequest>& requests)
{
    const auto original = load(ticketUuid);
    if (!original)
        return std::unexpected(original.error());
    if (original->ticket.kind() != Ticket::Kind::Sale)
        return failure(Error::Code::BusinessRule, tr("A refund ticket cannot itself be refunded."));

    Ticket refund(original->ticket.currency(), Ticket::Kind::Refund);
    refund.setCashRoundingStep(original->ticket.cashRoundingStep());
    for (const RefundRequest& request : requests) {
        const auto left = refundableQuantityMilli(ticketUuid, request.lineNo);
        if (!left)
            return std::unexpected(left.error());
        const TicketLine& sold = original->ticket.lines()[request.lineNo - 1];
        if (request.quantityMilli <= 0 || request.quantityMilli > *left)
            return failure(
                Error::Code::BusinessRule,
                tr("Only %1 of \"%2\" can still be refunded.").arg(formatQuantity(*left, QLocale()), sold.label));
        const auto refunded = alreadyRefunded(ticketUuid, request.lineNo);
        if (!refunded)
            return std::unexpected(refunded.error());
        const qint64 paid = original->totals.lines[request.lineNo - 1].totalMinor;
        const qint64 amount = request.quantityMilli == *left
            ? paid - refunded->amountMinor
            : divideRounded(static_cast<Int128>(paid) * request.quantityMilli, sold.quantityMilli);
        TicketLine line = sold;
        line.quantityMilli = -request.quantityMilli;
        line.discount = {};
        line.fixedTotalMinor = -amount;
        line.refundOf = RefundOrigin {ticketUuid, request.lineNo};
        line.tracksStock = sold.variantId > 0;
        if (auto added = refund.addLine(line); !added)
            return std::unexpected(added.error());
    }
    return refund;
}

Result<void> SaleStore::checkRefundLimits(const Ticket& refund)
{
    // Several lines of one refund may take from the same sold line: add them up before comparing.
    QHash<QString, Refunded> asked;
    const TicketTotals totals = refund.totals();
    const QString correctedTicket = refund.lines().first().refundOf->ticketUuid;
    for (qsizetype i = 0; i < refund.lines().size(); ++i) {
        const TicketLine& line = refund.lines()[i];
        // A refund names the one ticket it corrects: lines from several sales are several refunds.
        if (line.refundOf->ticketUuid != correctedTicket)
            return failure(Error::Code::BusinessRule, tr("One refund can only give back articles of one ticket."));
        const QString key = line.refundOf->ticketUuid + u'#' + QString::number(line.refundOf->lineNo);
        asked[key].quantityMilli += -line.quantityMilli;
        asked[key].amountMinor += -totals.lines[i].totalMinor;
    }
    for (const TicketLine& line : refund.lines()) {
        QSqlQuery query(m_database.connection());
        if (auto ran = Database::run(
                query,
                QStringLiteral("SELECT l.quantity_milli, l.total_minor FROM ticket_lines l JOIN tickets t ON "
                               "t.id = l.ticket_id WHERE t.uuid = ? AND t.kind = 'sale' AND l.line_no = ?"),
                {line.refundOf->ticketUuid, line.refundOf->lineNo});
            !ran)
            return ran;
        if (!query.next())
            return failure(Error::Code::BusinessRule, tr("The refunded line is not on any sale of this register."));
        const auto refunded = alreadyRefunded(line.refundOf->ticketUuid, line.refundOf->lineNo);
        if (!refunded)
            return std::unexpected(refunded.error());
        const Refunded& wanted = asked.value(line.refundOf->ticketUuid + u'#' + QString::number(line.refundOf->lineNo));
        if (refunded->quantityMilli + wanted.quantityMilli > query.value(0).toLongLong()
            || refunded->amountMinor + wanted.amountMinor > query.value(1).toLongLong())
            return failure(Error::Code::BusinessRule,
                           tr("\"%1\" cannot be refunded: more would be given back than was sold.").arg(line.label));
    }
    return {};
}

Result<qint64> SaleStore::park(const Ticket& ticket, const QString& label)
{
    if (ticket.isEmpty() || !ticket.payments().isEmpty())
        return failure(Error::Code::BusinessRule, tr("Only a ticket with articles and no payment can be put aside."));
    QSqlQuery query(m_database.connection());
    if (auto ran
        = Database::run(query, QStringLiteral("INSERT INTO parked_tickets(parked_at, label, ticket) VALUES(?, ?, ?)"),
                        {toStorageTime(m_clock.nowUtc()), label,
                         QString::fromUtf8(QJsonDocument(ticket.toJson()).toJson(QJsonDocument::Compact))});
        !ran)
        return std::unexpected(ran.error());
    return query.lastInsertId().toLongLong();
}

Result<QList<ParkedTicket>> SaleStore::parkedTickets()
{
    QSqlQuery query(m_database.connection());
    if (auto ran
        = Database::run(query, QStringLiteral("SELECT id, parked_at, label FROM parked_tickets ORDER BY id"), {});
        !ran)
        return std::unexpected(ran.error());
    QList<ParkedTicket> parked;
    while (query.next())
        parked.append(
            {query.value(0).toLongLong(), fromStorageTime(query.value(1).toString()), query.value(2).toString()});
    return parked;
}

Result<Ticket> SaleStore::resume(qint64 parkedId)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query, QStringLiteral("SELECT ticket FROM parked_tickets WHERE id = ?"), {parkedId});
        !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return failure(Error::Code::NotFound, tr("That parked ticket was already taken back."));
    auto ticket = Ticket::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    if (!ticket)
        return ticket;
    if (auto ran = Database::run(query, QStringLiteral("DELETE FROM parked_tickets WHERE id = ?"), {parkedId}); !ran)
        return std::unexpected(ran.error());
    if (auto done = transaction->commit(); !done)
        return std::unexpected(done.error());
    return ticket;
}

} // namespace caisse
