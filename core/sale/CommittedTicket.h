#pragma once

#include "sale/Ticket.h"
#include "sale/Voucher.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace caisse {

/** A ticket as it was committed: never changed again. */
struct CommittedTicket
{
    QString uuid;
    QString registerId;
    qint64 number = 0;
    QDateTime occurredAt;
    QString operatorName;
    /** The ticket refunded by this one, when it is a refund. */
    QString correctsTicketUuid;
    qint64 correctsTicketNumber = 0;
    Ticket ticket;
    /** The amounts as committed, read back from the database rather than computed again. */
    TicketTotals totals;
    /** Rung up in training mode: not a sale, its receipt says so. */
    bool training = false;
    /** The ticket's journal record: its hash and signature (empty when the register has no key). */
    QString journalHash;
    QByteArray journalSignature;
    /** The vouchers it issued (sold, or given as a refund): their codes print on the receipt. */
    QList<Voucher> vouchersIssued;
};

} // namespace caisse
