#pragma once

#include <QString>

namespace caisse {

struct PickupLine
{
    QString name;
    qint64 quantity = 0;
};

} // namespace caisse
