#pragma once

#include "base/Currency.h"
#include "base/Result.h"
#include "catalog/VariableMeasureRule.h"

#include <QCoreApplication>
#include <QList>

namespace caisse {

class Database;

/** A line of a CSV file the register cannot take, and why. */
struct CsvFault
{
    int line = 0;
    QString reason;
};

/** What an import of a catalog CSV does, or would do, and the lines it cannot take. */
struct CatalogCsvReport
{
    int lines = 0;
    int newProducts = 0;
    int newVariants = 0;
    int changedProducts = 0;
    int unchangedProducts = 0;
    /** The rate new products take: the online store's CSV has no VAT rate. */
    qint32 newProductsVatMilliPercent = 0;
    QList<CsvFault> faults;
    bool written = false;
};

/**
 * The catalog as a CSV in the online store's product format (BigCommerce's modern product import/export: one row per
 * item, "Product" then its "Variant" rows, then its "Image" row), out and in. The columns and their rules come from
 * BigCommerce's Help Center pages "Supported Product Fields" and "Importing Complex Attributes"; each rule says so
 * where it is checked. Where the register is stricter than those pages, the comment says why.
 *
 * An import is checked whole before anything is written: every faulty line is reported with its number and the reason,
 * and nothing is written unless there is none. Articles are matched by SKU: a product the register has is updated
 * (name, category, price, cost, barcode, options…; its stock is left to the stock windows, its VAT rate kept), a
 * product it has not is created with its opening stock.
 */
class CatalogCsv
{
    Q_DECLARE_TR_FUNCTIONS(caisse::CatalogCsv)

public:
    CatalogCsv(Database& database, Currency currency, qint32 newProductsVatMilliPercent,
               QList<VariableMeasureRule> barcodeRules);

    /** The articles on sale (archived ones left out), UTF-8 with a byte order mark, CRLF lines. */
    Result<QByteArray> exportCatalog();
    /** What importing file would do, and every faulty line; writes nothing. */
    Result<CatalogCsvReport> preview(const QByteArray& file);
    /** preview(), then, when no line is faulty, writes everything in one transaction. */
    Result<CatalogCsvReport> import(const QByteArray& file, const QString& registerId, const QString& timestamp);

private:
    struct Plan;
    Result<Plan> plan(const QByteArray& file);

    Database& m_database;
    Currency m_currency;
    qint32 m_newProductsVat;
    QList<VariableMeasureRule> m_barcodeRules;
};

} // namespace caisse
