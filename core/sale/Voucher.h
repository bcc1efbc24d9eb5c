#pragma once

#include <QDate>
#include <QString>

namespace caisse {

/** A gift card or a credit note: its code, its currency, the last day it can be used and what is on it. */
struct Voucher
{
    QString code;
    QString currency;
    QDate expiresOn;
    /** What is left on it; for a voucher a ticket issued, what that ticket put on it. */
    qint64 balanceMinor = 0;
};

} // namespace caisse
