#pragma once

#include "base/Currency.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

#include <optional>

namespace caisse {

class Settings;

/**
 * How a label scale writes a price or a weight into an EAN-13 with a GS1 restricted prefix (20-29). The layout is set
 * per country and per scale, so it is configurable per prefix: prefix, article digits, value digits, decimals.
 * "23 ooooo VVVDD c" is a price in euros with 2 decimals; "21 ooooo VVDDD c" a weight in kg with 3 decimals.
 */
struct VariableMeasureRule
{
    enum class Kind
    {
        Weight,
        Price,
    };

    QString prefix;
    Kind kind = Kind::Weight;
    int articleDigits = 5;
    int valueDigits = 5;
    int decimals = 3;

    friend bool operator==(const VariableMeasureRule&, const VariableMeasureRule&) = default;
};

/** What a scan says: the key to find the article by, and a weight or price the label carries. */
struct ScannedCode
{
    /** A GTIN as 14 digits (EAN-8, UPC-A and EAN-13 of the same article give the same key), or an internal code. */
    QString lookupKey;
    std::optional<qint64> embeddedPriceMinor;
    std::optional<qint64> embeddedQuantityMilli;
};

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
     * Reads what the scanner sent. Fails with a sentence for the cashier when the code is empty, has characters no
     * barcode has, or is a GTIN whose check digit is wrong (a misread).
     */
    Result<ScannedCode> parse(const QString& scanned, const Currency& currency) const;

private:
    QList<VariableMeasureRule> m_rules;
};

} // namespace caisse
