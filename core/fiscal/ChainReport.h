#pragma once

#include <QString>

namespace caisse {

/** What a verification found for one chain. */
struct ChainReport
{
    QString chain;
    qint64 records = 0;
    qint64 lastSeq = -1;
    QString lastHash;
    /** The first fault, naming its record; empty when the chain is intact. */
    QString fault;
};

} // namespace caisse
