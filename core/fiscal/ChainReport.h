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
    /** The public key the chain's signatures were checked against, in hex; empty for a chain that is not signed. */
    QString publicKey;
    /** What the check could not confirm without a fault, such as an end marker that is not beside the database. */
    QString note;
    /** The first fault, naming its record; empty when the chain is intact. */
    QString fault;
};

} // namespace caisse
