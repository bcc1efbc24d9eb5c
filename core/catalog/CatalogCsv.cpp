#include "catalog/CatalogCsv.h"

#include "base/Csv.h"
#include "base/MoneyFormat.h"
#include "catalog/BarcodeParser.h"
#include "catalog/Catalog.h"
#include "catalog/ProductEditor.h"
#include "storage/Database.h"
#include "storage/RowScan.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace caisse {

namespace {

/**
 * The columns the register reads and writes, named and ordered as BigCommerce's modern export names and orders them
 * ("Supported Product Fields"). That page asks to remove the columns one does not use, so the register writes these
 * only; on import, the store's other columns are ignored.
 */
enum Column
{
    Item,
    Id,
    Name,
    Type,
    Sku,
    Options,
    InventoryTracking,
    CurrentStock,
    LowStock,
    Price,
    CostPrice,
    Categories,
    Description,
    UpcEan,
    Weight,
    ImageUrl,
    ImageIsThumbnail,
    ColumnCount,
};

const QStringList kHeaders {QStringLiteral("Item"),
                            QStringLiteral("ID"),
                            QStringLiteral("Name"),
                            QStringLiteral("Type"),
                            QStringLiteral("SKU"),
                            QStringLiteral("Options"),
                            QStringLiteral("Inventory Tracking"),
                            QStringLiteral("Current Stock"),
                            QStringLiteral("Low Stock"),
                            QStringLiteral("Price"),
                            QStringLiteral("Cost Price"),
                            QStringLiteral("Categories"),
                            QStringLiteral("Description"),
                            QStringLiteral("UPC/EAN"),
                            QStringLiteral("Weight"),
                            QStringLiteral("Image URL (Import)"),
                            QStringLiteral("Image is Thumbnail")};

/** "Importing Complex Attributes": a file that creates products and variants has Item, Name, Type, SKU and Price. */
const QList<Column> kRequired {Item, Name, Type, Sku, Price};

/** "Importing Complex Attributes": at most 600 variants to a product. */
constexpr int kMaxVariants = 600;

/** Several options of a variant follow each other in one cell, as the store exports them. */
const QRegularExpression kOption(QStringLiteral("Type=([^|]*)\\|Name=([^|]*)\\|Value=(.*?)(?=Type=[^|]*\\|Name=|$)"));

/**
 * The option types a CSV creates ("Importing Product Options (v3)": multiple choice and swatch); the register does not
 * guess at others.
 */
const QStringList kOptionTypes {QStringLiteral("Dropdown"), QStringLiteral("Radio"), QStringLiteral("Rectangle"),
                                QStringLiteral("Swatch")};

QString yesNo(bool value)
{
    return value ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
}

/** A variant's option label ("Bleu / L") as the store's Options cell, one option per part. */
QString optionsCell(const QString& label)
{
    const QStringList parts = label.split(QStringLiteral(" / "));
    QString cell;
    for (qsizetype index = 0; index < parts.size(); ++index) {
        const QString name = parts.size() == 1 ? QStringLiteral("Option") : QStringLiteral("Option %1").arg(index + 1);
        cell += QStringLiteral("Type=Rectangle|Name=%1|Value=%2").arg(name, parts.at(index));
    }
    return cell;
}

struct ParsedVariant
{
    int line = 0;
    QString sku;
    QStringList optionNames;
    QString optionLabel;
    std::optional<qint64> priceMinor;
    QString barcode;
    qint64 stockMilli = 0;
};

struct ParsedProduct
{
    int line = 0;
    QString name;
    QString category;
    bool tracksStock = true;
    ProductDetails details;
    bool imageGiven = false;
    qint64 priceMinor = 0;
    /** The product row's own SKU, barcode and stock: its single variant when it has no Variant rows. */
    ParsedVariant own;
    QList<ParsedVariant> variants;
};

/** The fields of one row, by column; the columns a file lacks read as empty. */
class Row
{
public:
    Row(const QStringList& fields, const QList<qsizetype>& positions)
        : m_fields(fields)
        , m_positions(positions)
    { }

    QString operator[](Column column) const
    {
        const qsizetype position = m_positions.at(column);
        return position >= 0 && position < m_fields.size() ? m_fields.at(position).trimmed() : QString();
    }

private:
    const QStringList& m_fields;
    const QList<qsizetype>& m_positions;
};

/** A number with at most `digits` decimals after a dot, scaled by 10^digits; trailing zeros beyond them are allowed. */
std::optional<qint64> fixedPoint(const QString& text, int digits)
{
    static const QRegularExpression kNumber(QStringLiteral("^(\\d{1,12})(?:\\.(\\d*))?$"));
    const QRegularExpressionMatch match = kNumber.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QString fraction = match.captured(2);
    while (fraction.size() > digits && fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > digits)
        return std::nullopt;
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    return match.captured(1).toLongLong() * scale + fraction.leftJustified(digits, u'0').toLongLong();
}

} // namespace

struct CatalogCsv::Plan
{
    CatalogCsvReport report;
    QList<NewProduct> created;
    QList<ProductDraft> changed;
};

CatalogCsv::CatalogCsv(Database& database, Currency currency, qint32 newProductsVatMilliPercent,
                       QList<VariableMeasureRule> barcodeRules)
    : m_database(database)
    , m_currency(std::move(currency))
    , m_newProductsVat(newProductsVatMilliPercent)
    , m_barcodeRules(std::move(barcodeRules))
{ }

Result<QByteArray> CatalogCsv::exportCatalog()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto ran = Database::run(
            query,
            QStringLiteral(
                "SELECT p.id, p.name, p.category, p.tracks_stock, p.description, p.cost_price_minor, "
                "p.weight_milli, p.low_stock_level, p.image_url, v.sku, v.option_label, v.price_minor, "
                "(SELECT MIN(lookup_key) FROM barcodes b WHERE b.variant_id = v.id), "
                "(SELECT COALESCE(SUM(quantity_milli), 0) FROM stock_movements m WHERE m.variant_id = v.id), "
                "l.store_product_id, l.store_variant_id FROM products p JOIN variants v ON v.product_id = "
                "p.id LEFT JOIN store_links l ON l.variant_id = v.id WHERE p.archived = 0 AND v.archived = 0 "
                "ORDER BY p.id, v.id"),
            {});
        !ran)
        return std::unexpected(ran.error());

    const auto money = [this](qint64 minor) {
        return Csv::decimal(minor, m_currency.minorPerMajor(), m_currency.exponent(), u'.');
    };
    // The store counts whole pieces, never fewer than none.
    const auto pieces = [](qint64 milli) {
        return QString::number(std::max<qint64>(0, milli / 1000));
    };
    QStringList lines {kHeaders.join(u',')};
    const auto write = [&lines](QList<QString> cells) {
        for (QString& cell : cells)
            cell = Csv::field(cell, u',');
        lines << cells.join(u',');
    };

    struct Exported
    {
        QString sku, option, price, barcode, stock, storeVariant;
    };
    bool more = query.next();
    while (more) {
        const qint64 productId = query.value(0).toLongLong();
        const QString name = query.value(1).toString();
        const QString category = query.value(2).toString();
        const bool tracksStock = query.value(3).toBool();
        const QString description = query.value(4).toString();
        const QString cost = query.value(5).isNull() ? QString() : money(query.value(5).toLongLong());
        // Written as the store writes a weight: "0.25", "1", "0" when unknown.
        QString weight = Csv::decimal(query.value(6).toLongLong(), 1000, 3, u'.');
        while (weight.endsWith(u'0') && weight.contains(u'.'))
            weight.chop(1);
        if (weight.endsWith(u'.'))
            weight.chop(1);
        const QString lowStock = QString::number(query.value(7).toLongLong());
        const QString imageUrl = query.value(8).toString();
        const QString storeProduct = query.value(14).isNull() ? QString() : query.value(14).toString();
        QList<Exported> variants;
        while (more && query.value(0).toLongLong() == productId) {
            variants.append({query.value(9).toString(), query.value(10).toString(), money(query.value(11).toLongLong()),
                             BarcodeParser::printedGtin(query.value(12).toString()),
                             pieces(query.value(13).toLongLong()),
                             query.value(15).isNull() ? QString() : query.value(15).toString()});
            more = query.next();
        }
        const bool withVariantRows = variants.size() > 1 || !variants.first().option.isEmpty();
        const Exported& single = variants.first();
        const QString tracking = !tracksStock ? QStringLiteral("none")
            : withVariantRows                 ? QStringLiteral("variant")
                                              : QStringLiteral("product");
        QList<QString> product(ColumnCount);
        product[Item] = QStringLiteral("Product");
        product[Id] = storeProduct;
        product[Name] = name;
        product[Type] = QStringLiteral("Physical");
        product[Sku] = withVariantRows ? QString() : single.sku;
        product[InventoryTracking] = tracking;
        product[CurrentStock] = tracksStock && !withVariantRows ? single.stock : QStringLiteral("0");
        product[LowStock] = lowStock;
        product[Price] = single.price;
        product[CostPrice] = cost;
        product[Categories] = category;
        product[Description] = description;
        product[UpcEan] = withVariantRows ? QString() : single.barcode;
        product[Weight] = weight;
        write(product);
        if (withVariantRows) {
            for (const Exported& variant : variants) {
                QList<QString> row(ColumnCount);
                row[Item] = QStringLiteral("Variant");
                row[Id] = variant.storeVariant;
                row[Sku] = variant.sku;
                row[Options] = optionsCell(variant.option);
                row[CurrentStock] = tracksStock ? variant.stock : QString();
                row[Price] = variant.price;
                row[UpcEan] = variant.barcode;
                row[Weight] = weight;
                write(row);
            }
        }
        // "Importing Complex Attributes": an Image row adds an image, so one goes with products the store has not yet.
        if (!imageUrl.isEmpty() && storeProduct.isEmpty()) {
            QList<QString> image(ColumnCount);
            image[Item] = QStringLiteral("Image");
            image[ImageUrl] = imageUrl;
            image[ImageIsThumbnail] = yesNo(true);
            write(image);
        }
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

Result<CatalogCsvReport> CatalogCsv::preview(const QByteArray& file)
{
    auto planned = plan(file);
    if (!planned)
        return std::unexpected(planned.error());
    return planned->report;
}

Result<CatalogCsvReport> CatalogCsv::import(const QByteArray& file, const QString& registerId, const QString& timestamp)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    // Checked again inside the write lock: what the preview saw may have changed since.
    auto planned = plan(file);
    if (!planned)
        return std::unexpected(planned.error());
    if (!planned->report.faults.isEmpty())
        return planned->report;
    if (!planned->created.isEmpty()) {
        if (auto added = Catalog(m_database).addProducts(planned->created, registerId, timestamp); !added)
            return std::unexpected(added.error());
    }
    ProductEditor editor(m_database, m_barcodeRules);
    for (const ProductDraft& product : std::as_const(planned->changed)) {
        if (auto saved = editor.save(product, registerId, timestamp); !saved)
            return std::unexpected(saved.error());
    }
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    planned->report.written = true;
    return planned->report;
}

Result<CatalogCsv::Plan> CatalogCsv::plan(const QByteArray& file)
{
    Plan plan;
    CatalogCsvReport& report = plan.report;
    report.newProductsVatMilliPercent = m_newProductsVat;
    const auto fault = [&report](int line, const QString& reason) {
        report.faults.append({line, reason});
    };

    QString text = QString::fromUtf8(file);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    Csv::Reader reader(text);
    QStringList fields;
    int line = 0;
    if (!reader.next(fields, line))
        return failure(Error::Code::InvalidInput, tr("The file is empty."));
    QList<qsizetype> positions(ColumnCount, -1);
    for (qsizetype index = 0; index < fields.size(); ++index) {
        const qsizetype column = kHeaders.indexOf(fields.at(index).trimmed());
        if (column < 0)
            continue;
        if (positions[column] >= 0)
            fault(line, tr("The column %1 appears twice.").arg(kHeaders.at(column)));
        positions[column] = index;
    }
    for (const Column column : kRequired) {
        if (positions.at(column) < 0)
            fault(line,
                  tr("The column %1 is missing: this is not a product file in the online store's format (export "
                     "one from the register or from the store to see it).")
                      .arg(kHeaders.at(column)));
    }
    if (!report.faults.isEmpty())
        return plan;

    QList<ParsedProduct> products;
    QHash<QString, int> skuLines;
    QHash<QString, int> barcodeLines;
    QHash<QString, int> nameLines;
    const auto money = [this](const QString& cell) {
        return fixedPoint(cell, m_currency.exponent());
    };
    const auto wholeNumber = [](const QString& cell) -> std::optional<qint64> {
        return fixedPoint(cell, 0);
    };
    // A SKU or barcode given twice in the file: the second line is the faulty one.
    // sentence names the value and leaves the line it was first on to fill in.
    const auto once = [&fault](QHash<QString, int>& seen, const QString& value, int at, const QString& sentence) {
        if (value.isEmpty())
            return;
        if (const auto found = seen.constFind(value); found != seen.cend())
            fault(at, sentence.arg(*found));
        else
            seen.insert(value, at);
    };
    const auto barcodeOf = [&fault](const QString& cell, int at) -> QString {
        if (cell.isEmpty())
            return {};
        const auto key = BarcodeParser::lookupKeyOf(cell);
        if (!key || !std::ranges::all_of(cell, [](QChar c) { return c.isDigit(); })) {
            fault(at, tr("UPC/EAN %1 is not a valid barcode (digits and their check digit).").arg(cell));
            return {};
        }
        return *key;
    };

    while (reader.next(fields, line)) {
        ++report.lines;
        const Row row(fields, positions);
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue;
        const QString item = row[Item];
        if (item == QLatin1String("Product")) {
            ParsedProduct& product = products.emplace_back();
            product.line = line;
            product.name = row[Name];
            if (product.name.isEmpty())
                fault(line, tr("A product row needs its Name."));
            // "Supported Product Fields": product names must be unique.
            once(nameLines, product.name, line, tr("The product name %1 is already on line %2.").arg(product.name));
            const QString type = row[Type].toLower();
            if (type != QLatin1String("physical") && type != QLatin1String("digital"))
                fault(line, tr("Type must be Physical or Digital on a product row."));
            if (!row[Options].isEmpty())
                fault(line, tr("Options belong on the product's Variant rows."));
            const QString tracking
                = positions.at(InventoryTracking) < 0 ? QStringLiteral("product") : row[InventoryTracking].toLower();
            if (tracking != QLatin1String("none") && tracking != QLatin1String("product")
                && tracking != QLatin1String("variant"))
                fault(line, tr("Inventory Tracking must be none, product or variant."));
            product.tracksStock = tracking != QLatin1String("none");
            if (const auto price = money(row[Price]))
                product.priceMinor = *price;
            else
                fault(line, tr("Price \"%1\" is not an amount with a dot before the cents (12.50).").arg(row[Price]));
            if (!row[CostPrice].isEmpty()) {
                product.details.costPriceMinor = money(row[CostPrice]);
                if (!product.details.costPriceMinor)
                    fault(line,
                          tr("Cost Price \"%1\" is not an amount with a dot before the cents (12.50).")
                              .arg(row[CostPrice]));
            }
            if (!row[LowStock].isEmpty()) {
                const auto low = wholeNumber(row[LowStock]);
                if (!low)
                    fault(line, tr("Low Stock must be a whole number of pieces."));
                else if (*low > 0)
                    product.details.lowStockLevel = low;
            }
            if (!row[Weight].isEmpty()) {
                const auto weight = fixedPoint(row[Weight], 3);
                if (!weight)
                    fault(line,
                          tr("Weight \"%1\" is not a number with a dot (0.250), at most in thousandths.")
                              .arg(row[Weight]));
                else if (*weight > 0)
                    product.details.weightMilli = weight;
            }
            // Categories hold paths ("Shop/Bread") separated by semicolons: the register keeps one category, the last
            // name of the first path.
            product.category = row[Categories].section(u';', 0, 0).section(u'/', -1).trimmed();
            product.details.description = row[Description];
            product.own.line = line;
            product.own.sku = row[Sku];
            product.own.priceMinor = product.priceMinor;
            product.own.barcode = barcodeOf(row[UpcEan], line);
            if (product.tracksStock && !row[CurrentStock].isEmpty()) {
                const auto stock = wholeNumber(row[CurrentStock]);
                if (!stock)
                    fault(line, tr("Current Stock must be a whole number of pieces, none or more."));
                else
                    product.own.stockMilli = *stock * 1000;
            }
        } else if (item == QLatin1String("Variant") || item == QLatin1String("Image")) {
            if (products.isEmpty()) {
                fault(line, tr("A %1 row must come under its product's row.").arg(item));
                continue;
            }
            ParsedProduct& product = products.last();
            if (item == QLatin1String("Image")) {
                // "Importing Complex Attributes": the image URL holds at most 1,024 characters.
                const QString url = row[ImageUrl];
                if (url.isEmpty() || url.size() > 1024
                    || !(url.startsWith(QLatin1String("https://")) || url.startsWith(QLatin1String("http://"))))
                    fault(line,
                          tr("An Image row needs an image URL starting with https:// (1,024 characters at most)."));
                else if (!product.imageGiven
                         || row[ImageIsThumbnail].compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0) {
                    product.details.imageUrl = url;
                    product.imageGiven = true;
                }
                continue;
            }
            ParsedVariant& variant = product.variants.emplace_back();
            variant.line = line;
            // "Importing Complex Attributes": Type is left blank on variant rows, SKU is required.
            if (!row[Type].isEmpty())
                fault(line, tr("Type must be left blank on a Variant row."));
            variant.sku = row[Sku];
            if (variant.sku.isEmpty())
                fault(line, tr("A Variant row needs its SKU."));
            const QString options = row[Options];
            QStringList values;
            qsizetype covered = 0;
            for (auto match = kOption.globalMatch(options); match.hasNext();) {
                const QRegularExpressionMatch option = match.next();
                if (option.capturedStart() != covered)
                    break;
                covered = option.capturedEnd();
                if (!kOptionTypes.contains(option.captured(1), Qt::CaseInsensitive))
                    fault(line,
                          tr("Option type %1 is not one a CSV creates (Dropdown, Radio, Rectangle, Swatch).")
                              .arg(option.captured(1)));
                variant.optionNames << option.captured(2).trimmed();
                // A swatch's colours ("Noir[#000000]") stay in the store: the register shows the name.
                values << option.captured(3).section(u'[', 0, 0).trimmed();
            }
            if (options.isEmpty() || covered != options.size() || values.contains(QString()))
                fault(line, tr("Options must read Type=…|Name=…|Value=… for each option of the variant."));
            variant.optionLabel = values.join(QStringLiteral(" / "));
            if (!product.variants.first().optionNames.isEmpty()
                && variant.optionNames != product.variants.first().optionNames)
                fault(line,
                      tr("This variant's options are not those of the product's first variant (%1).")
                          .arg(product.variants.first().optionNames.join(QStringLiteral(", "))));
            if (row[Price].isEmpty()) {
                variant.priceMinor = product.priceMinor;
            } else {
                variant.priceMinor = money(row[Price]);
                if (!variant.priceMinor)
                    fault(line,
                          tr("Price \"%1\" is not an amount with a dot before the cents (12.50).").arg(row[Price]));
            }
            variant.barcode = barcodeOf(row[UpcEan], line);
            if (product.tracksStock && !row[CurrentStock].isEmpty()) {
                const auto stock = wholeNumber(row[CurrentStock]);
                if (!stock)
                    fault(line, tr("Current Stock must be a whole number of pieces, none or more."));
                else
                    variant.stockMilli = *stock * 1000;
            }
            if (product.variants.size() == kMaxVariants + 1)
                fault(line, tr("A product has at most %1 variants.").arg(kMaxVariants));
        } else if (item == QLatin1String("Video")) {
            // YouTube videos are the store's alone.
            continue;
        } else {
            fault(line, tr("Item must be Product, Variant or Image, not \"%1\".").arg(item));
        }
    }
    if (reader.unterminated())
        fault(line, tr("A quotation mark opened on this line is never closed."));

    // Each product's articles: its Variant rows, or the product row itself.
    for (ParsedProduct& product : products) {
        if (product.variants.isEmpty()) {
            if (product.own.sku.isEmpty() && product.own.barcode.isEmpty())
                fault(product.line, tr("A product without Variant rows needs its SKU or its UPC/EAN."));
            product.variants.append(product.own);
        } else if (!product.own.barcode.isEmpty()) {
            fault(product.line, tr("A product with variants has its UPC/EAN on each Variant row."));
        }
    }
    // Through SQLite's own interface, prepared once: a file of 300,000 articles asks 600,000 questions.
    RowScan productOfSku(m_database, QStringLiteral("SELECT product_id FROM variants WHERE sku = ?"));
    RowScan skuOfBarcode(m_database,
                         QStringLiteral("SELECT v.sku FROM barcodes b JOIN variants v ON v.id = "
                                        "b.variant_id WHERE b.lookup_key = ?"));
    const auto found = [](RowScan& scan, const QString& value) -> Result<bool> {
        if (auto bound = scan.bind({value}); !bound)
            return std::unexpected(bound.error());
        return scan.next();
    };

    ProductEditor editor(m_database, m_barcodeRules);
    for (ParsedProduct& product : products) {
        QSet<QString> labels;
        for (const ParsedVariant& variant : std::as_const(product.variants)) {
            if (labels.contains(variant.optionLabel))
                fault(variant.line, tr("Another variant of this product has the options %1.").arg(variant.optionLabel));
            labels.insert(variant.optionLabel);
        }
        std::optional<qint64> existing;
        bool mixed = false;
        for (const ParsedVariant& variant : std::as_const(product.variants)) {
            once(skuLines, variant.sku, variant.line, tr("The SKU %1 is already on line %2.").arg(variant.sku));
            once(barcodeLines, variant.barcode, variant.line,
                 tr("The UPC/EAN %1 is already on line %2.").arg(BarcodeParser::printedGtin(variant.barcode)));
            if (variant.sku.isEmpty())
                continue;
            const auto owned = found(productOfSku, variant.sku);
            if (!owned)
                return std::unexpected(owned.error());
            if (!*owned)
                continue;
            if (existing && *existing != productOfSku.integer(0))
                mixed = true;
            existing = productOfSku.integer(0);
        }
        if (mixed) {
            fault(product.line, tr("The SKUs of this product belong to several of the register's products."));
            continue;
        }
        if (!existing) {
            for (const ParsedVariant& variant : std::as_const(product.variants)) {
                if (variant.barcode.isEmpty())
                    continue;
                const auto owned = found(skuOfBarcode, variant.barcode);
                if (!owned)
                    return std::unexpected(owned.error());
                if (*owned)
                    fault(
                        variant.line,
                        tr("The UPC/EAN %1 is already the barcode of the article %2.")
                            .arg(BarcodeParser::printedGtin(variant.barcode), QString::fromUtf8(skuOfBarcode.text(0))));
            }
            NewProduct created {product.name, product.category, m_newProductsVat, product.tracksStock, false,
                                {},           product.details};
            for (const ParsedVariant& variant : std::as_const(product.variants)) {
                // A variant without a SKU of its own is known by its barcode, as in the products window.
                created.variants.append(
                    {variant.sku.isEmpty() ? BarcodeParser::printedGtin(variant.barcode) : variant.sku,
                     variant.optionLabel, variant.priceMinor.value_or(0),
                     variant.barcode.isEmpty() ? QStringList() : QStringList {variant.barcode}, variant.stockMilli});
            }
            ++report.newProducts;
            report.newVariants += int(created.variants.size());
            plan.created.append(std::move(created));
            continue;
        }
        const auto loaded = editor.load(product.variants.first().sku);
        if (!loaded)
            return std::unexpected(loaded.error());
        ProductDraft draft = *loaded;
        draft.name = product.name;
        draft.category = product.category;
        draft.tracksStock = product.tracksStock;
        const QString keptImage = draft.details.imageUrl;
        draft.details = product.details;
        if (!product.imageGiven)
            draft.details.imageUrl = keptImage;
        for (const ParsedVariant& variant : std::as_const(product.variants)) {
            const auto known = std::ranges::find(draft.variants, variant.sku, &VariantDraft::sku);
            // "Importing Complex Attributes": new variants cannot be added to a product that has variants.
            if (known == draft.variants.end()) {
                fault(variant.line,
                      tr("%1 is a new variant of a product the register has: add it in the products "
                         "window (the store's CSV import does not add variants either).")
                          .arg(variant.sku));
                continue;
            }
            known->optionLabel = variant.optionLabel;
            known->priceMinor = variant.priceMinor.value_or(known->priceMinor);
            if (!variant.barcode.isEmpty())
                known->barcode = BarcodeParser::printedGtin(variant.barcode);
        }
        const ProductDraft& before = *loaded;
        const bool same = draft.name == before.name && draft.category == before.category
            && draft.tracksStock == before.tracksStock && draft.details.description == before.details.description
            && draft.details.costPriceMinor == before.details.costPriceMinor
            && draft.details.weightMilli == before.details.weightMilli
            && draft.details.lowStockLevel == before.details.lowStockLevel
            && draft.details.imageUrl == before.details.imageUrl
            && std::ranges::equal(draft.variants, before.variants, [](const VariantDraft& a, const VariantDraft& b) {
                              return a.optionLabel == b.optionLabel && a.priceMinor == b.priceMinor
                                  && BarcodeParser::lookupKeyOf(a.barcode).value_or(a.barcode)
                                  == BarcodeParser::lookupKeyOf(b.barcode).value_or(b.barcode);
                          });
        if (same) {
            ++report.unchangedProducts;
            continue;
        }
        // The details the store's CSV does not carry stay as they were.
        draft.details.pageTitle = before.details.pageTitle;
        draft.details.metaDescription = before.details.metaDescription;
        draft.details.netContentMilli = before.details.netContentMilli;
        draft.details.netContentUnit = before.details.netContentUnit;
        ++report.changedProducts;
        plan.changed.append(std::move(draft));
    }
    std::ranges::sort(report.faults, {}, &CsvFault::line);
    return plan;
}

} // namespace caisse
