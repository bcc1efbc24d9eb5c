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
const QString kVatRates = QStringLiteral("vat_rates");

} // namespace

Settings::Settings(Database& database)
    : m_database(database)
{ }

Result<QString> Settings::read(const QString& key, const QString& ifUnset) const
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}); !ran)
        return failure(ran.error().code,
                       QCoreApplication::translate("caisse::Settings",
                                                   "The register's settings cannot be read from its database (%1 is "
                                                   "needed): the register cannot go on safely. Call support.")
                           .arg(key));
    return query.next() ? query.value(0).toString() : ifUnset;
}

QList<qint32> Settings::countryVatRates() const
{
    QList<qint32> rates;
    for (const QString& rate : value(kVatRates).split(u' ', Qt::SkipEmptyParts))
        rates.append(rate.toInt());
    return rates;
}

Result<void> Settings::setCountryVatRates(const QList<qint32>& rates)
{
    QStringList text;
    for (const qint32 rate : rates)
        text << QString::number(rate);
    return setValue(kVatRates, text.join(u' '));
}

QString Settings::value(const QString& key, const QString& fallback) const
{
    auto read = this->read(key, fallback);
    if (!read)
        qCWarning(lcStorage) << "setting" << key << "unreadable, its default is used:" << read.error().message;
    return read.value_or(fallback);
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

Result<QString> Settings::registerId() const
{
    return read(kRegisterId, QStringLiteral("R01"));
}

int Settings::storeLocationId() const
{
    return value(QStringLiteral("store_location_id"), QStringLiteral("1")).toInt();
}

Result<Currency> Settings::currency() const
{
    const auto code = read(kCurrency, QStringLiteral("EUR"));
    if (!code)
        return std::unexpected(code.error());
    return Currency::fromCode(*code);
}

Result<qint64> Settings::cashRoundingStep() const
{
    const auto step = read(kCashRoundingStep, QStringLiteral("0"));
    if (!step)
        return std::unexpected(step.error());
    return step->toLongLong();
}

Result<RegisterProfile> Settings::profile() const
{
    const auto id = registerId();
    if (!id)
        return std::unexpected(id.error());
    const auto money = currency();
    if (!money)
        return std::unexpected(money.error());
    const auto step = cashRoundingStep();
    if (!step)
        return std::unexpected(step.error());
    return RegisterProfile {*id, *money, *step};
}

Result<ShopIdentity> Settings::shop() const
{
    ShopIdentity shop;
    for (const auto& [key, field] :
         {std::pair {kShopName, &ShopIdentity::name}, std::pair {kShopAddress, &ShopIdentity::address},
          std::pair {kShopSiret, &ShopIdentity::siret}, std::pair {kShopVatNumber, &ShopIdentity::vatNumber},
          std::pair {kReceiptFooter, &ShopIdentity::receiptFooter}}) {
        auto text = read(key);
        if (!text)
            return std::unexpected(text.error());
        shop.*field = *text;
    }
    return shop;
}

QList<std::pair<QString, QString>> Settings::shopSettings(const ShopIdentity& shop)
{
    return {{kShopName, shop.name},
            {kShopAddress, shop.address},
            {kShopSiret, shop.siret},
            {kShopVatNumber, shop.vatNumber},
            {kReceiptFooter, shop.receiptFooter}};
}

Result<void> Settings::setShop(const ShopIdentity& shop)
{
    for (const auto& [key, text] : shopSettings(shop)) {
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
