#pragma once

#include <QByteArray>
#include <QString>

namespace caisse {

/** One record as appended: what later records and tickets refer to. */
struct JournalEntry
{
    qint64 seq = 0;
    QString hash;
    QByteArray payload;
    /** Empty when the chain is not signed. */
    QByteArray signature;
};

} // namespace caisse
