#include "catalog/BarcodeParser.h"

#include "storage/Database.h"
#include "storage/Settings.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace caisse {

namespace {

bool isAllDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isGtinLength(qsizetype length)
{
    return length == 8 || length == 12 || length == 13 || length == 14;
}

qint64 powerOfTen(int exponent)
{
    qint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

// Scales by a power of ten either way; a value with more decimals than wanted is cut, as a scale label never has.
qint64 rescale(qint64 value, int fromDecimals, int toDecimals)
{
    return toDecimals >= fromDecimals ? value * powerOfTen(toDecimals - fromDecimals)
                                      : value / powerOfTen(fromDecimals - toDecimals);
}

} // namespace

BarcodeParser::BarcodeParser(QList<VariableMeasureRule> rules)
    : m_rules(std::move(rules))
{ }

QList<VariableMeasureRule> BarcodeParser::frenchDefaults()
{
    return {{QStringLiteral("21"), VariableMeasureRule::Kind::Weight, 5, 5, 3},
            {QStringLiteral("23"), VariableMeasureRule::Kind::Price, 5, 5, 2}};
}

QJsonArray BarcodeParser::rulesToJson(const QList<VariableMeasureRule>& rules)
{
    QJsonArray array;
    for (const VariableMeasureRule& rule : rules) {
        array.append(QJsonObject {
            {QStringLiteral("prefix"), rule.prefix},
            {QStringLiteral("kind"),
             rule.kind == VariableMeasureRule::Kind::Weight ? QStringLiteral("weight") : QStringLiteral("price")},
            {QStringLiteral("articleDigits"), rule.articleDigits},
            {QStringLiteral("valueDigits"), rule.valueDigits},
            {QStringLiteral("decimals"), rule.decimals}});
    }
    return array;
}

QList<VariableMeasureRule> BarcodeParser::rulesOf(const Settings& settings)
{
    const QString json = settings.barcodeRulesJson();
    if (json.isEmpty())
        return frenchDefaults();
    auto rules = rulesFromJson(QJsonDocument::fromJson(json.toUtf8()).array());
    if (!rules) {
        qCWarning(lcStorage) << "barcode rules setting ignored:" << rules.error().message;
        return frenchDefaults();
    }
    return *rules;
}

Result<QList<VariableMeasureRule>> BarcodeParser::rulesFromJson(const QJsonArray& json)
{
    QList<VariableMeasureRule> rules;
    for (const QJsonValue& value : json) {
        const QJsonObject object = value.toObject();
        VariableMeasureRule rule;
        rule.prefix = object.value(QStringLiteral("prefix")).toString();
        const QString kind = object.value(QStringLiteral("kind")).toString();
        rule.kind
            = kind == QStringLiteral("price") ? VariableMeasureRule::Kind::Price : VariableMeasureRule::Kind::Weight;
        rule.articleDigits = object.value(QStringLiteral("articleDigits")).toInt();
        rule.valueDigits = object.value(QStringLiteral("valueDigits")).toInt();
        rule.decimals = object.value(QStringLiteral("decimals")).toInt();
        const bool restrictedPrefix = rule.prefix.size() == 2 && isAllDigits(rule.prefix) && rule.prefix[0] == u'2';
        if (!restrictedPrefix || (kind != QStringLiteral("price") && kind != QStringLiteral("weight"))
            || rule.articleDigits < 1 || rule.valueDigits < 1 || rule.decimals < 0 || rule.decimals > rule.valueDigits
            || rule.prefix.size() + rule.articleDigits + rule.valueDigits != 12)
            return failure(
                Error::Code::InvalidInput,
                tr("The weight and price barcode rule for prefix \"%1\" does not fit in an EAN-13.").arg(rule.prefix));
        rules.append(rule);
    }
    return rules;
}

int BarcodeParser::checkDigit(QStringView dataDigits)
{
    int sum = 0;
    int weight = 3;
    for (qsizetype i = dataDigits.size() - 1; i >= 0; --i) {
        sum += dataDigits[i].digitValue() * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10;
}

bool BarcodeParser::hasValidCheckDigit(QStringView digits)
{
    return isAllDigits(digits) && isGtinLength(digits.size())
        && checkDigit(digits.left(digits.size() - 1)) == digits.last().digitValue();
}

QString BarcodeParser::printedGtin(const QString& key)
{
    if (key.size() != 14 || !std::ranges::all_of(key, [](QChar c) { return c.isDigit(); }))
        return {};
    if (key.startsWith(QStringLiteral("000000")))
        return key.right(8);
    if (key.startsWith(QStringLiteral("00")))
        return key.right(12);
    return key.startsWith(u'0') ? key.right(13) : key;
}

Result<QString> BarcodeParser::lookupKeyOf(const QString& barcode)
{
    const QString code = barcode.trimmed();
    if (!isAllDigits(code) || !isGtinLength(code.size()))
        return code;
    if (!hasValidCheckDigit(code))
        return failure(Error::Code::InvalidInput,
                       tr("Barcode %1 was misread (its check digit is wrong). Scan it again or type it.").arg(code));
    return code.rightJustified(14, u'0');
}

Result<ScannedCode> BarcodeParser::parse(const QString& scanned, const Currency& currency) const
{
    const QString code = scanned.trimmed();
    if (code.isEmpty())
        return failure(Error::Code::InvalidInput, tr("Nothing was scanned."));
    const bool printable
        = std::all_of(code.begin(), code.end(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
    if (!printable || code.size() > 48)
        return failure(Error::Code::InvalidInput,
                       tr("\"%1\" is not a barcode. If the scanner typed it, check that it is set up for this "
                          "keyboard layout.")
                           .arg(code.left(48)));

    auto key = lookupKeyOf(code);
    if (!key)
        return std::unexpected(key.error());

    ScannedCode result {*key, std::nullopt, std::nullopt};
    if (code.size() != 13)
        return result;
    const auto rule = std::find_if(m_rules.cbegin(), m_rules.cend(),
                                   [&](const VariableMeasureRule& r) { return code.startsWith(r.prefix); });
    if (rule == m_rules.cend())
        return result;

    const qsizetype valueStart = rule->prefix.size() + rule->articleDigits;
    const qint64 value = code.mid(valueStart, rule->valueDigits).toLongLong();
    const QString articleOnly = code.left(valueStart) + QString(rule->valueDigits, u'0');
    result.lookupKey = (articleOnly + QString::number(checkDigit(articleOnly))).rightJustified(14, u'0');
    if (rule->kind == VariableMeasureRule::Kind::Price)
        result.embeddedPriceMinor = rescale(value, rule->decimals, currency.exponent());
    else
        result.embeddedQuantityMilli = rescale(value, rule->decimals, 3);
    return result;
}

} // namespace caisse
