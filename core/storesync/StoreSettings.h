#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "bigcommerce/StoreClient.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace caisse {

class Database;
class SecretStore;

/**
 * The register's connection to the online store and the rules it syncs by, kept in its settings; the API token in
 * SecretStore (keychain, or encrypted at rest), never in the settings, never logged.
 *
 * The system of record for products says which side's catalog wins: the register's (products made at the register
 * are created online, in one category to sort there) or the online store's (products made or changed online come
 * into the register). As in other integrations, it is chosen while disconnected: changing it on a live connection
 * would let both sides create the same products, so it takes a disconnection and a new connection, which warns
 * about duplicates.
 */
class StoreSettings
{
    Q_DECLARE_TR_FUNCTIONS(caisse::StoreSettings)

public:
    enum class ProductRecord
    {
        Register,
        OnlineStore,
    };
    enum class ProductScope
    {
        /** Every product, and every new one. */
        All,
        /** Only the products the manager selected; new ones are not, until selected. */
        Selected,
    };
    struct Values
    {
        QUrl apiUrl;
        QString storeHash;
        ProductRecord productRecord = ProductRecord::Register;
        ProductScope productScope = ProductScope::All;
        /** Prices follow the system of record after a product's creation; off: each side keeps its own. */
        bool syncPrices = true;
        /** Counter sales also pushed as orders of the register's own sales channel (SalePush); off by default. */
        bool pushSales = false;
    };

    /** BigCommerce's API; any compatible server (the emulator) can be set instead. */
    static QUrl defaultApiUrl();

    StoreSettings(Database& database, const Clock& clock, SecretStore& secrets);

    Values values() const { return saved(m_database); }
    /** What is saved, for the sync worker (which has no access to the secrets). */
    static Values saved(Database& database);
    /** Sales pushed as orders are those from when the option was turned on: earlier ones are the past. */
    static QString pushSalesSince(Database& database);
    bool isConnected() const;
    /** The token kept (whether connected or not), for a connection test before connecting; never to be shown. */
    std::optional<QByteArray> token();
    bool hasToken() { return token().has_value(); }
    /** The connection the sync uses; none when disconnected or the token cannot be read. */
    std::optional<StoreConnection> connection();
    /** True when this system of record differs from the one of the last connection: duplicates may follow. */
    bool changesProductRecord(ProductRecord record) const;
    /** Keeps the API token in SecretStore, waiting for the keychain: for start-up, before any window. */
    Result<void> saveToken(const QByteArray& token);
    /** done on context's thread once the token is kept; the screen does not wait for the keychain. */
    void saveToken(const QByteArray& token, QObject* context, std::function<void(const Result<void>&)> done);
    /**
     * Saves the settings and connects with the token saved (saveToken). Refused while connected when the system of
     * record would change.
     */
    Result<void> connect(const Values& values);
    Result<void> disconnect();

    /**
     * Asks the store who it is with these settings (GET v2/store) and answers a sentence for the manager: its name,
     * its currency (and what differing from the register's means for prices), or why it cannot be reached.
     */
    static void test(StoreClient& client, const QString& registerCurrency,
                     const std::function<void(bool ok, const QString& sentence)>& done);

private:
    Database& m_database;
    const Clock& m_clock;
    SecretStore& m_secrets;
};

} // namespace caisse
