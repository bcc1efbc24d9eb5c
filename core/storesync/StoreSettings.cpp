#include "storesync/StoreSettings.h"

#include "base/Clock.h"
#include "bigcommerce/StoreClient.h"
#include "storage/SecretStore.h"
#include "storage/Settings.h"

#include <QJsonObject>

namespace caisse {

namespace {

const QString kApiUrl = QStringLiteral("store_api_url");
const QString kStoreHash = QStringLiteral("store_hash");
const QString kConnected = QStringLiteral("store_connected");
const QString kProductRecord = QStringLiteral("store_product_record");
const QString kLastProductRecord = QStringLiteral("store_product_record_last_connection");
const QString kProductScope = QStringLiteral("store_product_scope");
const QString kToken = QStringLiteral("store_api_token");
const QString kPushSales = QStringLiteral("store_push_sales");
const QString kSyncPrices = QStringLiteral("store_sync_prices");
const QString kPushSalesSince = QStringLiteral("store_push_sales_since");

QString keyOf(StoreSettings::ProductRecord record)
{
    return record == StoreSettings::ProductRecord::Register ? QStringLiteral("register")
                                                            : QStringLiteral("online_store");
}

} // namespace

QUrl StoreSettings::defaultApiUrl()
{
    return QUrl(QStringLiteral("https://api.bigcommerce.com"));
}

StoreSettings::StoreSettings(Database& database, const Clock& clock, SecretStore& secrets)
    : m_database(database)
    , m_clock(clock)
    , m_secrets(secrets)
{ }

StoreSettings::Values StoreSettings::saved(Database& database)
{
    const Settings settings(database);
    Values values;
    values.apiUrl = QUrl(settings.value(kApiUrl, defaultApiUrl().toString()));
    values.storeHash = settings.value(kStoreHash);
    values.productRecord = settings.value(kProductRecord) == keyOf(ProductRecord::OnlineStore)
        ? ProductRecord::OnlineStore
        : ProductRecord::Register;
    values.productScope = settings.value(kProductScope) == u"selected" ? ProductScope::Selected : ProductScope::All;
    values.pushSales = settings.value(kPushSales) == u"1";
    values.syncPrices = settings.value(kSyncPrices) != u"0";
    return values;
}

bool StoreSettings::isConnected() const
{
    // Registers set up before this setting existed were connected as soon as an address was saved.
    const Settings settings(m_database);
    return settings.value(kConnected, settings.value(kApiUrl).isEmpty() ? QStringLiteral("0") : QStringLiteral("1"))
        == u"1";
}

std::optional<QByteArray> StoreSettings::token()
{
    const auto read = m_secrets.read(kToken);
    return read ? std::optional(*read) : std::nullopt;
}

std::optional<StoreConnection> StoreSettings::connection()
{
    if (!isConnected())
        return std::nullopt;
    const auto token = m_secrets.read(kToken);
    if (!token)
        return std::nullopt;
    const Values saved = values();
    return StoreConnection {saved.apiUrl, saved.storeHash, QString::fromUtf8(*token)};
}

bool StoreSettings::changesProductRecord(ProductRecord record) const
{
    const QString last = Settings(m_database).value(kLastProductRecord);
    return !last.isEmpty() && last != keyOf(record);
}

Result<void> StoreSettings::saveToken(const QByteArray& token)
{
    return m_secrets.write(kToken, token);
}

void StoreSettings::saveToken(const QByteArray& token, QObject* context, std::function<void(const Result<void>&)> done)
{
    m_secrets.write(kToken, token, context, std::move(done));
}

Result<void> StoreSettings::connect(const Values& values)
{
    if (isConnected() && values.productRecord != this->values().productRecord)
        return failure(Error::Code::BusinessRule,
                       tr("Disconnect from the online store before choosing another system of record for products."));
    if (!values.apiUrl.isValid() || values.apiUrl.scheme().isEmpty() || values.storeHash.trimmed().isEmpty())
        return failure(Error::Code::InvalidInput, tr("Give the API address and the store hash."));
    if (!StoreClient::safeAddress(values.apiUrl))
        return failure(Error::Code::InvalidInput,
                       tr("The API address must start with https:// (plain http only for an emulator on this "
                          "computer): the API token must not cross the network in clear."));
    if (!hasToken())
        return failure(Error::Code::InvalidInput, tr("Give the API token (an API account's access token)."));
    Settings settings(m_database);
    if (values.pushSales && !saved(m_database).pushSales) {
        if (auto saved = settings.setValue(kPushSalesSince, toStorageTime(m_clock.nowUtc())); !saved)
            return saved;
    }
    for (const auto& [key, value] :
         {std::pair {kApiUrl, values.apiUrl.toString()}, std::pair {kStoreHash, values.storeHash.trimmed()},
          std::pair {kProductRecord, keyOf(values.productRecord)},
          std::pair {kLastProductRecord, keyOf(values.productRecord)},
          std::pair {kProductScope,
                     values.productScope == ProductScope::Selected ? QStringLiteral("selected")
                                                                   : QStringLiteral("all")},
          std::pair {kPushSales, values.pushSales ? QStringLiteral("1") : QStringLiteral("0")},
          std::pair {kSyncPrices, values.syncPrices ? QStringLiteral("1") : QStringLiteral("0")},
          std::pair {kConnected, QStringLiteral("1")}}) {
        if (auto saved = settings.setValue(key, value); !saved)
            return saved;
    }
    return {};
}

QString StoreSettings::pushSalesSince(Database& database)
{
    return Settings(database).value(kPushSalesSince);
}

Result<void> StoreSettings::disconnect()
{
    return Settings(m_database).setValue(kConnected, QStringLiteral("0"));
}

void StoreSettings::test(StoreClient& client, const QString& registerCurrency,
                         const std::function<void(bool ok, const QString& sentence)>& done)
{
    client.call(
        StoreClient::Kind::Read, "GET", QStringLiteral("v2/store"), {}, {},
        [registerCurrency, done](const ApiReply& reply) {
            if (!reply.ok()) {
                done(false,
                     reply.status == 401 || reply.status == 403
                         ? tr("The online store refused the token: check the API token and its "
                              "scopes (products, inventory, orders, customers, information).")
                         : tr("The online store cannot be reached: %1").arg(reply.error));
                return;
            }
            const QJsonObject store = reply.body.object();
            const QString currency = store.value(QStringLiteral("currency")).toString();
            QString sentence = tr("Connected to %1, which sells in %2.")
                                   .arg(store.value(QStringLiteral("name")).toString(), currency);
            if (currency != registerCurrency)
                sentence += u' '
                    + tr("The register sells in %1: prices will not be synced, only the rest.").arg(registerCurrency);
            done(true, sentence);
        });
}

} // namespace caisse
