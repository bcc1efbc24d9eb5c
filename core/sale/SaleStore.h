#pragma once

#include "access/Operator.h"
#include "base/Clock.h"
#include "base/Result.h"
#include "fiscal/Closing.h"
#include "fiscal/Journal.h"
#include "fiscal/TechnicalEvents.h"
#include "sale/CommittedTicket.h"
#include "sale/ParkedTicket.h"
#include "sale/RefundRequest.h"
#include "sale/Ticket.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSale)

namespace caisse {

class Database;

/** A committed ticket in a few words, for the ticket history. */
struct TicketSummary
{
    QString uuid;
    qint64 number = 0;
    QDateTime occurredAt;
    Ticket::Kind kind = Ticket::Kind::Sale;
    QString operatorName;
    QString customerRef;
    qint64 totalMinor = 0;
};

/** What the cashier looks a ticket up by; what is unset does not filter. */
struct TicketQuery
{
    std::optional<qint64> number;
    /** The total, whether sold or refunded. */
    std::optional<qint64> amountMinor;
    /** Tickets from this time (included) to until (excluded). */
    QDateTime from;
    QDateTime until;
    /** Part of the customer's reference (an e-mail, an online customer's number). */
    QString customer;
};

/**
 * Commits tickets, each in one transaction with its lines, VAT table, payments and stock movements: when commit()
 * returns a ticket, it is on disk; when it returns an error, nothing of it was written. Tickets are numbered per
 * register without gaps, inside that transaction, and carry a UUID and the time they happened for later sync. Each
 * ticket is also appended to the register's fiscal journal in that same transaction.
 */
class SaleStore
{
    Q_DECLARE_TR_FUNCTIONS(caisse::SaleStore)

public:
    enum class Mode
    {
        Live,
        /** Tickets numbered and journaled on the chain "<register>-TRAINING", with no stock movement. */
        Training,
    };

    /** With a key, the journal records are signed; without one they are hash-chained only. */
    SaleStore(Database& database, const Clock& clock, const QString& registerId,
              std::optional<Ed25519Key> journalKey = std::nullopt, Mode mode = Mode::Live);

    static QString trainingChainOf(const QString& registerId) { return registerId + QStringLiteral("-TRAINING"); }
    /** The register id tickets are numbered and journaled under: the register's, or its training chain. */
    QString chain() const { return m_registerId; }
    TechnicalEvents& technicalEvents() { return m_events; }
    Database& database() { return m_database; }
    const Clock& clock() const { return m_clock; }
    Closing& closing() { return m_closing; }

    /**
     * Records a settled ticket, closing first any day left open. Fails, writing nothing, when the ticket is not fully
     * paid, when the operator may not do it (a refund needs a manager), when a refund asks for more than what is left
     * to refund of a line, or when the database cannot be written (the error says why).
     */
    Result<CommittedTicket> commit(const Ticket& ticket, const Operator& by);

    /**
     * Journals a ticket given up before it was fully paid (TICKET_ABANDONED, with its lines, and the cash handed back
     * when some was taken), as NF525 asks: what was rung up leaves a trace even when it was not sold. An empty ticket
     * leaves none.
     */
    Result<void> abandon(const Ticket& ticket, const Operator& by);

    /** Journals a reprint of a committed ticket and returns its number: the receipt then says "DUPLICATA n". */
    Result<int> recordDuplicate(const QString& ticketUuid, const Operator& by);

    Result<CommittedTicket> load(const QString& uuid);
    Result<CommittedTicket> loadByNumber(qint64 number);
    /** The register's tickets matching query, newest first, at most limit. */
    Result<QList<TicketSummary>> history(const TicketQuery& query, int limit);
    /** The register's last ticket (empty before the first): it can be reprinted after a restart. */
    Result<QString> lastTicketUuid();
    /** The register's tickets, newest first. */
    Result<QList<CommittedTicket>> recent(int count);

    /** What is left to refund of a line of a committed sale, in thousandths. */
    Result<qint64> refundableQuantityMilli(const QString& ticketUuid, int lineNo);
    /**
     * A refund ticket for some lines of a committed sale. Each line gives back its share of what was paid for it,
     * discounts included; refunding the last of a line gives back exactly what is left of it.
     */
    Result<Ticket> prepareRefund(const QString& ticketUuid, const QList<RefundRequest>& requests);

    /** Puts a ticket aside before payment; it is not a sale and leaves no trace once resumed. */
    Result<qint64> park(const Ticket& ticket, const QString& label);
    Result<QList<ParkedTicket>> parkedTickets();
    /** Takes a parked ticket back, removing it from the parked list. */
    Result<Ticket> resume(qint64 parkedId);

private:
    struct Refunded
    {
        qint64 quantityMilli = 0;
        qint64 amountMinor = 0;
    };
    Result<Refunded> alreadyRefunded(const QString& ticketUuid, int lineNo);
    Result<void> checkRefundLimits(const Ticket& refund);
    /** Appends the committed ticket to the fiscal journal, inside the commit's transaction. */
    Result<void> journal(CommittedTicket& committed, const QString& approvedBy);
    Result<CommittedTicket> loadWhere(const QString& condition, const QVariantList& values);

    Database& m_database;
    const Clock& m_clock;
    QString m_registerId;
    Mode m_mode;
    Journal m_journal;
    TechnicalEvents m_events;
    Closing m_closing;
};

} // namespace caisse
