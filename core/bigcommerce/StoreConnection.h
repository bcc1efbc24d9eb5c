#pragma once

#include <QString>
#include <QUrl>

namespace caisse {

/** Where the online store's API is and how to be let in. The token is a secret: kept in SecretStore, never logged. */
struct StoreConnection
{
    /** "https://api.bigcommerce.com" for the real store; the emulator's address in tests and the demo. */
    QUrl baseUrl;
    QString storeHash;
    QString token;
};

} // namespace caisse
