#pragma once

#include <QJsonDocument>
#include <QString>

namespace caisse {

/** What one API call ended with, after the client's own retries. */
struct ApiReply
{
    int status = 0;
    QJsonDocument body;
    /** The request may have reached the store and been applied, but no answer says so (timeout, 5xx, dropped). */
    bool ambiguous = false;
    /** A sentence for the sync log. */
    QString error;

    bool ok() const { return status >= 200 && status < 300; }
};

} // namespace caisse
