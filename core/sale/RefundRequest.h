#pragma once

namespace caisse {

/** What to refund of one line of a committed ticket. */
struct RefundRequest
{
    int lineNo = 0;
    qint64 quantityMilli = 0;
};

} // namespace caisse
