#pragma once

#include <QString>

namespace caisse {

/** Where a refund line comes from: the original ticket and the number of its line (1-based). */
struct RefundOrigin
{
    QString ticketUuid;
    int lineNo = 0;

    friend bool operator==(const RefundOrigin&, const RefundOrigin&) = default;
};

} // namespace caisse
