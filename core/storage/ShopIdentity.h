#pragma once

#include <QString>

namespace caisse {

/** The shop's identity as receipts print it. */
struct ShopIdentity
{
    QString name;
    QString address;
    QString siret;
    QString vatNumber;
    QString receiptFooter;
};

} // namespace caisse
