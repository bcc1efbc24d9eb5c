#pragma once

#include <QByteArray>
#include <QString>

namespace caisse {

struct PrintJob
{
    qint64 id = 0;
    QByteArray bytes;
    QString ticketUuid;
    int copy = 0;
    int attempts = 0;
};

} // namespace caisse
