#include "catalog/ShelfLabels.h"

#include "base/MoneyFormat.h"
#include "base/Quantity.h"
#include "catalog/BarcodeParser.h"
#include "catalog/Catalog.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace caisse {

std::optional<NetContent> NetContent::parse(const QString& typed)
{
    static const QRegularExpression kContent(
        QStringLiteral("^\\s*(\\d{1,6})(?:[.,](\\d{1,3}))?\\s*(kg|g|l|cl|ml)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = kContent.match(typed);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 thousandths
        = match.captured(1).toLongLong() * 1000 + match.captured(2).leftJustified(3, u'0').toLongLong();
    const QString unit = match.captured(3).toLower();
    // Thousandths of the unit typed, brought to thousandths of a kilogram or a litre.
    const qint64 milli = unit == QLatin1String("g") || unit == QLatin1String("ml") ? thousandths / 1000
        : unit == QLatin1String("cl")                                              ? thousandths / 100
                                                                                   : thousandths;
    if (milli <= 0)
        return std::nullopt;
    return NetContent {
        milli, unit == QLatin1String("g") || unit == QLatin1String("kg") ? QStringLiteral("kg") : QStringLiteral("l")};
}

QString NetContent::format(const QLocale& locale) const
{
    const bool mass = unit == QLatin1String("kg");
    if (milli >= 1000) {
        QString whole = formatQuantity(milli, locale);
        if (milli % 1000 != 0) {
            while (whole.endsWith(u'0'))
                whole.chop(1);
        }
        return whole + u'\u00a0' + unit;
    }
    if (!mass && milli % 10 == 0)
        return locale.toString(milli / 10) + QStringLiteral("\u00a0cl");
    return locale.toString(milli) + (mass ? QStringLiteral("\u00a0g") : QStringLiteral("\u00a0ml"));
}

Result<ShelfLabel> ShelfLabels::of(Database& database, const QString& barcodeOrSku)
{
    const auto variantId = Catalog::variantOf(database, barcodeOrSku);
    if (!variantId)
        return std::unexpected(variantId.error());
    QSqlQuery query(database.connection());
    if (auto ran = Database::run(
            query,
            QStringLiteral(
                "SELECT p.name, v.option_label, v.sku, v.price_minor, p.sold_by_weight, p.net_content_milli, "
                "COALESCE(p.net_content_unit, ''), (SELECT MIN(lookup_key) FROM barcodes b WHERE "
                "b.variant_id = v.id) FROM variants v JOIN products p ON p.id = v.product_id WHERE v.id = ?"),
            {*variantId});
        !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return failure(Error::Code::NotFound, tr("No article has the barcode or SKU %1.").arg(barcodeOrSku));
    ShelfLabel label;
    const QString option = query.value(1).toString();
    label.name
        = option.isEmpty() ? query.value(0).toString() : query.value(0).toString() + QStringLiteral(" — ") + option;
    label.sku = query.value(2).toString();
    label.priceMinor = query.value(3).toLongLong();
    label.soldByWeight = query.value(4).toBool();
    if (!query.value(5).isNull() && !label.soldByWeight) {
        label.netContent = NetContent {query.value(5).toLongLong(), query.value(6).toString()};
        const qint64 milli = label.netContent->milli;
        label.unitPriceMinor = (label.priceMinor * 1000 * 2 + milli) / (2 * milli);
    }
    label.barcode = BarcodeParser::printedGtin(query.value(7).toString());
    return label;
}

QString ShelfLabels::priceText(const ShelfLabel& label, const Currency& currency, const QLocale& locale)
{
    const QString price = MoneyFormat::format({label.priceMinor, currency}, locale);
    return label.soldByWeight ? tr("%1 the kg").arg(price) : price;
}

QString ShelfLabels::unitPriceText(const ShelfLabel& label, const Currency& currency, const QLocale& locale)
{
    if (!label.netContent || !label.unitPriceMinor)
        return {};
    const QString unitPrice = MoneyFormat::format({*label.unitPriceMinor, currency}, locale);
    return label.netContent->unit == QLatin1String("kg")
        ? tr("%1 · %2 the kg").arg(label.netContent->format(locale), unitPrice)
        : tr("%1 · %2 the litre").arg(label.netContent->format(locale), unitPrice);
}

} // namespace caisse
