#pragma once

#include "sale/CardAttempt.h"
#include "sale/PaymentTerminal.h"
#include "sale/SaleStore.h"
#include "sale/SaleWriter.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCard)

namespace caisse {

/**
 * A card payment (or a refund to the card) of what is due on a ticket, from the intent to the recorded ticket.
 *
 * Never charge twice, never lose a charge: the attempt (ticket, amount, attempt id) is on disk before the request
 * leaves; the terminal's outcome is on disk as soon as it arrives, before the ticket is recorded; the ticket's card
 * payment names its attempt, and the database accepts a payment per attempt once only. While an attempt's outcome is
 * unknown (a dropped connection, a killed register), no new card payment starts: the cashier reads the terminal's last
 * slip and says whether the customer was charged; Caisse-AP has no public "last transaction" query to ask instead.
 */
class CardPaymentFlow : public QObject
{
    Q_OBJECT

public:
    /** sales reads on the screen's connection; every write goes through writer, off the GUI thread. */
    CardPaymentFlow(SaleStore& sales, SaleWriter& writer, PaymentTerminal& terminal, QObject* parent = nullptr);

    /**
     * Asks the terminal for what is due on ticket (a refund ticket is credited to the card), once the attempt is on
     * disk. Fails at once, sending nothing, while another attempt is unsettled or under way, or when nothing is due;
     * an attempt that cannot be written ends in notCharged, nothing sent.
     */
    Result<QString> pay(const Ticket& ticket, const Operator& by);
    /** A refund goes back to the card when the sale it corrects was paid by card. */
    Result<bool> refundGoesToCard(const Ticket& refund);
    /** Stops the attempt if its request has not left yet; otherwise the terminal decides and the outcome comes. */
    void cancel();
    /** From the attempt's first write to its ticket recorded (or its outcome known not to need one). */
    bool busy() const { return m_stage != Stage::Idle; }

    /** Attempts to settle before paying by card again: unknown outcomes and approved payments not yet recorded. */
    Result<QList<CardAttempt>> unsettled();
    /** Records the tickets of approved attempts that were not recorded (the register stopped in between). */
    static Result<QList<CommittedTicket>> recordApproved(SaleStore& sales, const Operator& by);
    /**
     * The cashier read the terminal's slip for an unknown attempt: charged records the ticket with the card payment
     * (authorisationCode as printed on the slip), otherwise the attempt is closed as not charged. Who said so is kept.
     */
    static Result<std::optional<CommittedTicket>> confirm(SaleStore& sales, const QString& attemptId, bool charged,
                                                          const QString& authorisationCode, const Operator& by);

signals:
    void stepChanged(caisse::PaymentTerminal::Step step);
    /** The terminal approved and its answer is on disk; the sale is being recorded. */
    void approved(const QString& attemptId);
    /** Paid and recorded. */
    void recorded(const caisse::CommittedTicket& committed);
    /** Approved, but the ticket could not be written: it is on disk as approved and recorded later. */
    void notRecorded(const QString& message);
    /** Certainly not charged: paying again is safe. */
    void notCharged(const caisse::PaymentOutcome& outcome);
    /** The customer may have been charged: ask the cashier to check the terminal (confirm()). */
    void outcomeUnknown(const QString& attemptId, const QString& message);

private:
    enum class Stage
    {
        Idle,
        /** The attempt is being written; the terminal is asked once it is on disk. */
        WritingAttempt,
        AtTerminal,
        /** The outcome, then the ticket, are being written. */
        Recording,
    };

    void send(const Money& amount, bool refund);
    void onFinished(const PaymentOutcome& outcome);
    void recordSale(const QString& attemptId, const QString& authorisationCode);
    /** Excluding the attempt under way (current), which is not to settle but to finish. */
    static Result<QList<CardAttempt>> unsettledOf(SaleStore& sales, const QString& current);
    static Result<CommittedTicket> recordTicket(SaleStore& sales, const QString& attemptId,
                                                const QString& authorisationCode, const Operator& by);

    SaleStore& m_sales;
    SaleWriter& m_writer;
    PaymentTerminal& m_terminal;
    Stage m_stage = Stage::Idle;
    bool m_cancelBeforeSending = false;
    QString m_current;
    std::optional<Operator> m_operator;
};

} // namespace caisse
