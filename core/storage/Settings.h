#pragma once

#include "base/Currency.h"
#include "base/Result.h"
#include "storage/RegisterProfile.h"
#include "storage/ShopIdentity.h"

#include <QString>
#include <QStringList>

namespace caisse {

class Database;

/** Settings of this register kept in its database, so that they travel with its sales. */
class Settings
{
public:
    explicit Settings(Database& database);

    /** The setting, or ifUnset when it was never set; an error when the database cannot be read. */
    Result<QString> read(const QString& key, const QString& ifUnset = {}) const;
    /**
     * For preferences only (a device's address, a display option): what read() gives, or fallback, with a warning in
     * the log, when the database cannot be read. What shapes a sale or a fiscal record is read with read() or the
     * typed reads below, which fail instead.
     */
    QString value(const QString& key, const QString& fallback = {}) const;
    /**
     * Writes a setting. Once the register's fiscal journal has begun, the fiscal ones (fiscalKeys()) are refused
     * (Forbidden): they change only through fiscal/FiscalSettings, which journals who changed what.
     */
    Result<void> setValue(const QString& key, const QString& value);
    /**
     * The settings that shape receipts and fiscal records (register, currency, cash rounding, shop identity, barcode
     * rules): fiscal/FiscalSettings changes them on someone's behalf, journaled.
     */
    static const QStringList& fiscalKeys();

    /** This register's identifier, as printed on receipts and used in ticket numbering ("R01" unless set). */
    Result<QString> registerId() const;
    /** The online store's inventory location that is the shop (BigCommerce's default location, 1, unless set). */
    int storeLocationId() const;
    Result<Currency> currency() const;
    /** The smallest coin cash is rounded to, in minor units; 0 means no cash rounding (France). */
    Result<qint64> cashRoundingStep() const;
    /** What a sale needs before the first scan: register, currency, cash rounding. */
    Result<RegisterProfile> profile() const;
    Result<ShopIdentity> shop() const;
    Result<void> setShop(const ShopIdentity& shop);
    /** The settings a shop's identity is kept in, key and value: each a fiscal one. */
    static QList<std::pair<QString, QString>> shopSettings(const ShopIdentity& shop);
    /** The weight and price barcode rules as set (JSON, read by catalog/BarcodeParser); empty when none were. */
    QString barcodeRulesJson() const;
    /**
     * The VAT rates of the shop's country, in thousandths of a percent, set at the first start: the counter offers a
     * miscellaneous key for each, even before the catalog has an article. Empty when none were set.
     */
    QList<qint32> countryVatRates() const;
    Result<void> setCountryVatRates(const QList<qint32>& rates);

private:
    friend class FiscalSettings;
    /** Writes any setting, fiscal or not: FiscalSettings' journaled path. */
    Result<void> write(const QString& key, const QString& value);

    Database& m_database;
};

} // namespace caisse
