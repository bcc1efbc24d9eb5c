#pragma once

#include <QDateTime>
#include <QString>

namespace caisse {

struct ParkedTicket
{
    qint64 id = 0;
    QDateTime parkedAt;
    QString label;
};

} // namespace caisse
