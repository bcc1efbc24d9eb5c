#pragma once

#include <QByteArray>

namespace caisse {

/** A status and a JSON body; the wire adds the headers. */
struct HttpAnswer
{
    int status = 200;
    QByteArray body;
};

} // namespace caisse
