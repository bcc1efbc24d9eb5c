#pragma once

#include "base/Currency.h"
#include "base/Result.h"

#include <QString>
#include <QStringList>

namespace caisse {

class Database;

/** The shop's identity as receipts print it. */
struct ShopIdentity
{
    QString name;
    QString address;
    QString siret;
    QString vatNumber;
    QString receiptFooter;
};

/** Settings of this register kept in its database, so that they travel with its sales. */
class Settings
{
public:
    explicit Settings(Database& database);

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

    /** This register's identifier, as printed on receipts and used in ticket numbering ("R01"). */
    QString registerId() const;
    /** The online store's inventory location that is the shop (BigCommerce's default location, 1, unless set). */
    int storeLocationId() const;
    Currency currency() const;
    /** The smallest coin cash is rounded to, in minor units; 0 means no cash rounding (France). */
    qint64 cashRoundingStep() const;
    ShopIdentity shop() const;
    Result<void> setShop(const ShopIdentity& shop);
    /** The weight and price barcode rules as set (JSON, read by catalog/BarcodeParser); empty when none were. */
    QString barcodeRulesJson() const;

private:
    friend class FiscalSettings;
    /** Writes any setting, fiscal or not: FiscalSettings' journaled path. */
    Result<void> write(const QString& key, const QString& value);

    Database& m_database;
};

} // namespace caisse
