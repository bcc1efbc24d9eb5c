#include "Settings.h"

#include "Database.h"
#include "Operators.h"
#include "TechnicalEvents.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace caisse {

namespace {

const QString kRegisterId = QStringLiteral("register_id");
const QString kCurrency = QStringLiteral("currency");
const QString kCashRoundingStep = QStringLiteral("cash_rounding_step");
const QString kShopName = QStringLiteral("shop_name");
const QString kShopAddress = QStringLiteral("shop_address");
const QString kShopSiret = QStringLiteral("shop_siret");
const QString kShopVatNumber = QStringLiteral("shop_vat_number");
const QString kReceiptFooter = QStringLiteral("receipt_footer");
const QString kBarcodeRules = QStringLiteral("barcode_rules");

} // namespace

Settings::Settings(Database& database)
    : m_database(database)
{ }

QString Settings::value(const QString& key, const QString& fallback) const
{
    QSqlQuery query(m_database.connection());
    if (!Database::run(query, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}) || !query.next())
        return fallback;
    return query.value(0).toString();
}

Result<void> Settings::setValue(const QString& key, const QString& value)
{
    QSqlQuery query(m_database.connection());
    return Database::run(query,
                         QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                         {key, value});
}

Result<void> Settings::change(const QString& key, const QString& value, const Operator& by, TechnicalEvents& events)
{
    static const QStringList kFiscal {kRegisterId, kCurrency,      kCashRoundingStep, kShopName,    kShopAddress,
                                      kShopSiret,  kShopVatNumber, kReceiptFooter,    kBarcodeRules};
    if (!kFiscal.contains(key))
        return setValue(key, value);
    if (auto allowed = by.require(Permission::ChangeSettings); !allowed)
        return allowed;
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const QString previous = this->value(key);
    if (previous == value)
        return {};
    if (auto written = setValue(key, value); !written)
        return written;
    if (auto recorded = events.record(
            TechnicalEvents::Code::SettingsChange, by.name,
            {{QStringLiteral("from"), previous}, {QStringLiteral("key"), key}, {QStringLiteral("to"), value}});
        !recorded)
        return std::unexpected(recorded.error());
    return transaction->commit();
}

QString Settings::registerId() const
{
    return value(kRegisterId, QStringLiteral("R01"));
}

int Settings::storeLocationId() const
{
    return value(QStringLiteral("store_location_id"), QStringLiteral("1")).toInt();
}

Currency Settings::currency() const
{
    return Currency::fromCode(value(kCurrency, QStringLiteral("EUR")));
}

qint64 Settings::cashRoundingStep() const
{
    return value(kCashRoundingStep, QStringLiteral("0")).toLongLong();
}

ShopIdentity Settings::shop() const
{
    return {value(kShopName), value(kShopAddress), value(kShopSiret), value(kShopVatNumber), value(kReceiptFooter)};
}

Result<void> Settings::setShop(const ShopIdentity& shop)
{
    const QList<std::pair<QString, QString>> values {{kShopName, shop.name},
                                                     {kShopAddress, shop.address},
                                                     {kShopSiret, shop.siret},
                                                     {kShopVatNumber, shop.vatNumber},
                                                     {kReceiptFooter, shop.receiptFooter}};
    for (const auto& [key, text] : values) {
        if (auto written = setValue(key, text); !written)
            return written;
    }
    return {};
}

QList<VariableMeasureRule> Settings::barcodeRules() const
{
    const QString json = value(kBarcodeRules);
    if (json.isEmpty())
        return BarcodeParser::frenchDefaults();
    auto rules = BarcodeParser::rulesFromJson(QJsonDocument::fromJson(json.toUtf8()).array());
    if (!rules) {
        qCWarning(lcStorage) << "barcode rules setting ignored:" << rules.error().message;
        return BarcodeParser::frenchDefaults();
    }
    return *rules;
}

} // namespace caisse
