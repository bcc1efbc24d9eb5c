#pragma once

#include "base/Currency.h"
#include "base/Result.h"
#include "catalog/ScannedCode.h"
#include "catalog/VariableMeasureRule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

namespace caisse {

class Settings;

/** Reads what a scanner sends: EAN-13, EAN-8 and UPC-A with their check digit, and GS1 weight and price labels. */
class BarcodeParser
{
    Q_DECLARE_TR_FUNCTIONS(caisse::BarcodeParser)

public:
    explicit BarcodeParser(QList<VariableMeasureRule> rules = frenchDefaults());

    /** Odoo's and most French label scales' defaults: 21 weight (kg, 3 decimals), 23 price (2 decimals). */
    static QList<VariableMeasureRule> frenchDefaults();
    static QJsonArray rulesToJson(const QList<VariableMeasureRule>& rules);
    static Result<QList<VariableMeasureRule>> rulesFromJson(const QJsonArray& json);
    /** The rules this register was set with; France's defaults when none were, or when they cannot be read. */
    static QList<VariableMeasureRule> rulesOf(const Settings& settings);

    /** The GS1 check digit (weights 3,1,3,... from the right) of a string of data digits. */
    static int checkDigit(QStringView dataDigits);
    /** digits is a GTIN-8, -12, -13 or -14 whose last digit is right. */
    static bool hasValidCheckDigit(QStringView digits);
    /** The key under which a barcode is stored and looked up; fails on a GTIN whose check digit is wrong. */
    static Result<QString> lookupKeyOf(const QString& barcode);
    /**
     * A lookup key as the online store's UPC/EAN field shows it: GTIN-14 keys back to the EAN-8, UPC-A or EAN-13
     * printed under the bars; empty for an internal code, which stays at the register.
     */
    static QString printedGtin(const QString& lookupKey);

    /**
     * Reads what the scanner sent. Fails with a sentence for the cashier when the code is empty, has characters no
     * barcode has, or is a GTIN whose check digit is wrong (a misread).
     */
    Result<ScannedCode> parse(const QString& scanned, const Currency& currency) const;

private:
    QList<VariableMeasureRule> m_rules;
};

} // namespace caisse
