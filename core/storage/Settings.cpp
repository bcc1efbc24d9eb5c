#include "storage/Settings.h"

#include "storage/Database.h"

#include <QCoreApplication>
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
    if (fiscalKeys().contains(key)) {
        QSqlQuery journal(m_database.connection());
        if (auto ran = Database::exec(journal, QStringLiteral("SELECT EXISTS(SELECT 1 FROM journal)")); !ran)
            return ran;
        if (journal.next() && journal.value(0).toBool())
            return failure(Error::Code::Forbidden,
                           QCoreApplication::translate("caisse::Settings",
                                                       "%1 shapes receipts and the fiscal journal: a manager changes "
                                                       "it, and the change is journaled.")
                               .arg(key));
    }
    return write(key, value);
}

Result<void> Settings::write(const QString& key, const QString& value)
{
    QSqlQuery query(m_database.connection());
    return Database::run(query,
                         QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                         {key, value});
}

const QStringList& Settings::fiscalKeys()
{
    static const QStringList keys {kRegisterId, kCurrency,      kCashRoundingStep, kShopName,    kShopAddress,
                                   kShopSiret,  kShopVatNumber, kReceiptFooter,    kBarcodeRules};
    return keys;
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

QString Settings::barcodeRulesJson() const
{
    return value(kBarcodeRules);
}

} // namespace caisse
