#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace caisse {

/** One request as it came over the wire: header names in lower case, the query decoded. */
struct HttpRequest
{
    QByteArray method;
    QString path;
    QHash<QString, QString> query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

} // namespace caisse
