#pragma once

#include "base/Result.h"
#include "sale/CommittedTicket.h"
#include "sale/Voucher.h"

#include <QCoreApplication>

#include <optional>

namespace caisse {

class Database;

/**
 * Vouchers and gift cards: sold as a line without VAT (its SKU holds the code), taken as a payment in full or in part,
 * given as a refund. A voucher's balance is the sum of its movements, each written by the ticket that moves it, in that
 * ticket's transaction; the database refuses a movement that would take a balance below zero (migration 0018), so two
 * payments racing for one voucher cannot both take what only one may.
 */
class Vouchers
{
    Q_DECLARE_TR_FUNCTIONS(caisse::Vouchers)

public:
    explicit Vouchers(Database& database);

    /** A new code: 14 digits, the last a check digit (Luhn), so that a misread code is refused, not taken for another.
     */
    static QString newCode();
    /** Whether text is a code of ours (14 digits from 99, with the right check digit). */
    static bool isCode(const QString& text);
    /** "9912 3456 7890 12": a code as people read it. */
    static QString readable(const QString& code);
    /** The SKU of the line that sells a voucher, and the code a line sells (none for an article). */
    static QString lineSku(const QString& code);
    static std::optional<QString> codeSoldBy(const TicketLine& line);

    /** The voucher with this code; none when there is no such voucher. */
    Result<std::optional<Voucher>> find(const QString& code);
    /** The vouchers a committed ticket issued (sold, or given as a refund), with what it put on each. */
    Result<QList<Voucher>> issuedBy(const QString& ticketUuid);
    /**
     * Inside the commit's transaction: issues the vouchers the ticket sells or refunds into (valid validityMonths from
     * its day), and takes from each voucher it was paid with. Fails, for the commit to write nothing, when a voucher is
     * unknown, expired, in another currency or short of the amount.
     */
    Result<QList<Voucher>> record(const CommittedTicket& committed, int validityMonths);
    /** Whether a ticket issues a voucher (sells one, or refunds into one): only then is there one to read back. */
    static bool issuesAny(const Ticket& ticket);

private:
    Result<Voucher> issue(const QString& code, qint64 amountMinor, const CommittedTicket& committed,
                          int validityMonths);
    Result<void> move(const QString& code, qint64 amountMinor, const CommittedTicket& committed);

    Database& m_database;
};

} // namespace caisse
