#pragma once

#include <QDateTime>
#include <QString>

namespace caisse {

/** One line of the sync log: a batch of stock changes sent, an opening stock refused, or an online order taken in. */
struct SyncLogEntry
{
    QDateTime at;
    /** "stock" or "order". */
    QString kind;
    /** The batch's marker or the order's number. */
    QString reference;
    /** In words: sent and applied, waiting for a check, refused by the store… */
    QString outcome;
    /** The store's or the network's words when it went wrong. */
    QString error;
    /** A refused batch the manager can send again. */
    qint64 retryableBatchId = 0;
    /** An article whose opening stock the store refused, which the manager can send again. */
    qint64 retryableOpeningVariantId = 0;
};

} // namespace caisse
