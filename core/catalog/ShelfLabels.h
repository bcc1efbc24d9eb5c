#pragma once

#include "base/Currency.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace caisse {

class Database;

/** What a prepacked article holds: thousandths of a kilogram ("kg") or of a litre ("l"). */
struct NetContent
{
    qint64 milli = 0;
    QString unit;

    /**
     * As one types it from a pack: "500 g", "1,5 kg" or "1.5 kg", "75 cl", "250 ml", "1 l"; none when it is not one of
     * these.
     */
    static std::optional<NetContent> parse(const QString& typed);
    /** As a pack prints it: "500 g", "1,5 kg", "75 cl", "1 l". */
    QString format(const QLocale& locale) const;
};

/** What a shelf label shows of an article. */
struct ShelfLabel
{
    /** The product's name and its option, as the ticket names the article. */
    QString name;
    /** As printed under the bars (EAN-13, UPC-A or EAN-8); empty for an internal code, which the label leaves out. */
    QString barcode;
    QString sku;
    qint64 priceMinor = 0;
    /** Its price is per kilogram: the scale prints the price of each pack. */
    bool soldByWeight = false;
    std::optional<NetContent> netContent;
    /** Per kilogram or litre, rounded to the cent; none without a net content. */
    std::optional<qint64> unitPriceMinor;
};

/**
 * Shelf labels: name, price, price per kilogram or litre (French rules on unit pricing ask both of prepacked goods, the
 * price per kilogram alone of goods sold by weight) and barcode, read from the catalog.
 */
class ShelfLabels
{
    Q_DECLARE_TR_FUNCTIONS(caisse::ShelfLabels)

public:
    /** The label of the article with this barcode or SKU. */
    static Result<ShelfLabel> of(Database& database, const QString& barcodeOrSku);
    /** The price as the label prints it: "1,45 €", or "12,90 € le kg" for an article sold by weight. */
    static QString priceText(const ShelfLabel& label, const Currency& currency, const QLocale& locale);
    /** The line under it: "1 kg · 1,45 € le kg"; empty when there is no unit price to show. */
    static QString unitPriceText(const ShelfLabel& label, const Currency& currency, const QLocale& locale);
};

} // namespace caisse
