#pragma once

#include <QString>

namespace caisse {

/** A customer as the online store knows them. */
struct StoreCustomer
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString email;
};

} // namespace caisse
