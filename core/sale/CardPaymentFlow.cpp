#include "sale/CardPaymentFlow.h"

#include "base/RecordId.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcCard, "caisse.card")

namespace caisse {

namespace {

QString outcomeKey(PaymentOutcome::Status status)
{
    switch (status) {
    case PaymentOutcome::Status::Approved:
        return QStringLiteral("approved");
    case PaymentOutcome::Status::Declined:
        return QStringLiteral("declined");
    case PaymentOutcome::Status::Cancelled:
        return QStringLiteral("cancelled");
    case PaymentOutcome::Status::TimedOut:
        return QStringLiteral("timed_out");
    case PaymentOutcome::Status::Unreachable:
        return QStringLiteral("unreachable");
    case PaymentOutcome::Status::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace

CardPaymentFlow::CardPaymentFlow(SaleStore& sales, SaleWriter& writer, PaymentTerminal& terminal, QObject* parent)
    : QObject(parent)
    , m_sales(sales)
    , m_writer(writer)
    , m_terminal(terminal)
{
    connect(&m_terminal, &PaymentTerminal::stepChanged, this, &CardPaymentFlow::stepChanged);
    connect(&m_terminal, &PaymentTerminal::finished, this, &CardPaymentFlow::onFinished);
}

Result<QString> CardPaymentFlow::pay(const Ticket& ticket, const Operator& by)
{
    if (busy())
        return failure(Error::Code::BusinessRule, tr("A card payment is already under way on the terminal."));
    const bool refund = ticket.kind() == Ticket::Kind::Refund;
    if (auto allowed = by.require(refund ? Permission::Refund : Permission::Sell); !allowed)
        return std::unexpected(allowed.error());
    const auto pending = unsettled();
    if (!pending)
        return std::unexpected(pending.error());
    if (!pending->isEmpty())
        return failure(Error::Code::BusinessRule,
                       tr("The outcome of an earlier card payment is not known yet: settle it before taking a card "
                          "again."));
    const qint64 due = ticket.amountDueMinor();
    if (ticket.isEmpty() || due == 0)
        return failure(Error::Code::BusinessRule, tr("Nothing is due on this ticket."));

    const QString id = newRecordId();
    const Money amount {std::abs(due), ticket.currency()};
    m_current = id;
    m_operator = by;
    m_stage = Stage::WritingAttempt;
    m_cancelBeforeSending = false;
    m_writer.run<Result<void>>(
        [id, refund, amount, ticket, by](SaleStore& sales) -> Result<void> {
            QSqlQuery query(sales.database().connection());
            return Database::run(query,
                                 QStringLiteral("INSERT INTO card_attempts(id, register_id, kind, amount_minor, "
                                                "currency, ticket, operator, started_at, state) "
                                                "VALUES(?, ?, ?, ?, ?, ?, ?, ?, 'sent')"),
                                 {id, sales.chain(), refund ? QStringLiteral("refund") : QStringLiteral("payment"),
                                  amount.minor, amount.currency.code(),
                                  QString::fromUtf8(QJsonDocument(ticket.toJson()).toJson(QJsonDocument::Compact)),
                                  by.name, toStorageTime(sales.clock().nowUtc())});
        },
        this,
        [this, id, amount, refund](const Result<void>& written) {
            if (!written) {
                m_stage = Stage::Idle;
                m_current.clear();
                PaymentOutcome outcome;
                outcome.status = PaymentOutcome::Status::Unreachable;
                outcome.amount = amount;
                outcome.message = tr("the payment could not be written before asking the terminal (%1)")
                                      .arg(written.error().message);
                emit notCharged(outcome);
                return;
            }
            if (m_cancelBeforeSending) {
                m_stage = Stage::AtTerminal;
                PaymentOutcome outcome;
                outcome.status = PaymentOutcome::Status::Cancelled;
                outcome.amount = amount;
                outcome.message = tr("cancelled before the terminal was asked");
                onFinished(outcome);
                return;
            }
            m_stage = Stage::AtTerminal;
            qCInfo(lcCard) << (refund ? "refund" : "payment") << id << "amount" << amount.minor
                           << "sent to the terminal";
            if (refund)
                m_terminal.startRefund(amount);
            else
                m_terminal.startPayment(amount);
        });
    return id;
}

Result<bool> CardPaymentFlow::refundGoesToCard(const Ticket& refund)
{
    if (refund.kind() != Ticket::Kind::Refund || refund.lines().isEmpty() || !refund.lines().first().refundOf)
        return false;
    const auto sale = m_sales.load(refund.lines().first().refundOf->ticketUuid);
    if (!sale)
        return std::unexpected(sale.error());
    const QList<Payment>& payments = sale->ticket.payments();
    return std::any_of(payments.begin(), payments.end(),
                       [](const Payment& payment) { return payment.method == PaymentMethod::Card; });
}

void CardPaymentFlow::cancel()
{
    if (m_stage == Stage::WritingAttempt)
        m_cancelBeforeSending = true;
    else if (m_stage == Stage::AtTerminal)
        m_terminal.cancel();
}

void CardPaymentFlow::onFinished(const PaymentOutcome& outcome)
{
    if (m_stage != Stage::AtTerminal)
        return;
    m_stage = Stage::Recording;
    const QString id = m_current;
    const QString state = outcome.status == PaymentOutcome::Status::Approved ? QStringLiteral("approved")
        : outcome.status == PaymentOutcome::Status::Unknown                  ? QStringLiteral("unknown")
                                                                             : QStringLiteral("not_charged");
    m_writer.run<Result<void>>(
        [id, state, outcome](SaleStore& sales) -> Result<void> {
            QSqlQuery query(sales.database().connection());
            return Database::run(
                query,
                QStringLiteral("UPDATE card_attempts SET state = ?, outcome = ?, authorisation_code = ?, "
                               "card_last_four = ?, message = ?, finished_at = ? WHERE id = ?"),
                {state, outcomeKey(outcome.status), outcome.authorisationCode, outcome.cardLastFour.right(4),
                 outcome.message, toStorageTime(sales.clock().nowUtc()), id});
        },
        this,
        [this, id, outcome](const Result<void>& stored) {
            qCInfo(lcCard) << "attempt" << id << "ended" << outcomeKey(outcome.status);
            if (!stored || outcome.status != PaymentOutcome::Status::Approved) {
                m_stage = Stage::Idle;
                m_current.clear();
            }
            if (!stored) {
                // The attempt stays "sent": the register will treat it as unknown and ask the cashier.
                emit outcomeUnknown(id, stored.error().message);
                return;
            }
            if (outcome.status == PaymentOutcome::Status::Unknown) {
                emit outcomeUnknown(id, outcome.message);
                return;
            }
            if (outcome.status != PaymentOutcome::Status::Approved) {
                emit notCharged(outcome);
                return;
            }
            emit approved(id);
            recordSale(id, outcome.authorisationCode);
        });
}

void CardPaymentFlow::recordSale(const QString& attemptId, const QString& authorisationCode)
{
    m_writer.run<Result<CommittedTicket>>(
        [attemptId, authorisationCode, by = *m_operator](SaleStore& sales) {
            return recordTicket(sales, attemptId, authorisationCode, by);
        },
        this,
        [this](const Result<CommittedTicket>& committed) {
            m_stage = Stage::Idle;
            m_current.clear();
            if (committed)
                emit recorded(*committed);
            else
                emit notRecorded(committed.error().message);
        });
}

Result<CommittedTicket> CardPaymentFlow::recordTicket(SaleStore& sales, const QString& attemptId,
                                                      const QString& authorisationCode, const Operator& by)
{
    QSqlQuery query(sales.database().connection());
    if (auto ran = Database::run(query, QStringLiteral("SELECT ticket, amount_minor FROM card_attempts WHERE id = ?"),
                                 {attemptId});
        !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return failure(Error::Code::NotFound, tr("This card payment is not on this register."));
    auto ticket = Ticket::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    if (!ticket)
        return std::unexpected(ticket.error());
    const qint64 amount = query.value(1).toLongLong();
    query.finish();
    if (auto paid = ticket->payOther(PaymentMethod::Card, ticket->kind() == Ticket::Kind::Refund ? -amount : amount,
                                     authorisationCode, attemptId);
        !paid)
        return std::unexpected(paid.error());
    return sales.commit(*ticket, by);
}

Result<QList<CardAttempt>> CardPaymentFlow::unsettled()
{
    return unsettledOf(m_sales, m_current);
}

Result<QList<CardAttempt>> CardPaymentFlow::unsettledOf(SaleStore& sales, const QString& current)
{
    QSqlQuery query(sales.database().connection());
    if (auto ran = Database::run(
            query,
            QStringLiteral("SELECT id, amount_minor, currency, kind, started_at, operator, state FROM card_attempts a "
                           "WHERE register_id = ? AND id <> ? AND (state IN ('sent', 'unknown') OR (state = "
                           "'approved' AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.card_attempt_id = a.id))) "
                           "ORDER BY started_at"),
            {sales.chain(), current});
        !ran)
        return std::unexpected(ran.error());
    QList<CardAttempt> attempts;
    while (query.next())
        attempts.append({query.value(0).toString(),
                         {query.value(1).toLongLong(), Currency::fromCode(query.value(2).toString())},
                         query.value(3).toString() == QStringLiteral("refund"),
                         fromStorageTime(query.value(4).toString()),
                         query.value(5).toString(),
                         query.value(6).toString() == QStringLiteral("approved")
                             ? CardAttempt::State::ApprovedNotRecorded
                             : CardAttempt::State::Unknown});
    return attempts;
}

Result<QList<CommittedTicket>> CardPaymentFlow::recordApproved(SaleStore& sales, const Operator& by)
{
    const auto attempts = unsettledOf(sales, {});
    if (!attempts)
        return std::unexpected(attempts.error());
    QList<CommittedTicket> recorded;
    for (const CardAttempt& attempt : *attempts) {
        if (attempt.state != CardAttempt::State::ApprovedNotRecorded)
            continue;
        QSqlQuery query(sales.database().connection());
        if (auto ran = Database::run(query, QStringLiteral("SELECT authorisation_code FROM card_attempts WHERE id = ?"),
                                     {attempt.id});
            !ran || !query.next())
            return std::unexpected(ran ? Error {Error::Code::NotFound, {}} : ran.error());
        const QString authorisation = query.value(0).toString();
        query.finish();
        auto committed = recordTicket(sales, attempt.id, authorisation, by);
        if (!committed)
            return std::unexpected(committed.error());
        qCInfo(lcCard) << "approved attempt" << attempt.id << "recorded as ticket" << committed->number;
        recorded.append(*committed);
    }
    return recorded;
}

Result<std::optional<CommittedTicket>> CardPaymentFlow::confirm(SaleStore& sales, const QString& attemptId,
                                                                bool charged, const QString& authorisationCode,
                                                                const Operator& by)
{
    QSqlQuery query(sales.database().connection());
    if (auto ran = Database::run(
            query,
            QStringLiteral("UPDATE card_attempts SET state = ?, authorisation_code = COALESCE(?, authorisation_code), "
                           "message = ?, confirmed_by = ?, finished_at = ? WHERE id = ? AND state IN ('sent', "
                           "'unknown')"),
            {charged ? QStringLiteral("approved") : QStringLiteral("not_charged"),
             authorisationCode.isEmpty() ? QVariant() : QVariant(authorisationCode),
             charged ? QStringLiteral("charged, as the terminal's slip shows")
                     : QStringLiteral("not charged, as the terminal's slip shows"),
             by.name, toStorageTime(sales.clock().nowUtc()), attemptId});
        !ran)
        return std::unexpected(ran.error());
    if (query.numRowsAffected() != 1)
        return failure(Error::Code::NotFound, tr("This card payment has no unknown outcome to confirm."));
    qCInfo(lcCard) << "attempt" << attemptId << (charged ? "confirmed charged" : "confirmed not charged") << "by"
                   << by.name;
    if (!charged)
        return std::optional<CommittedTicket>();
    auto committed = recordTicket(sales, attemptId, authorisationCode, by);
    if (!committed)
        return std::unexpected(committed.error());
    return std::optional<CommittedTicket>(*committed);
}

} // namespace caisse
