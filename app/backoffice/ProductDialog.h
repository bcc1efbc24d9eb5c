#pragma once

#include "base/Clock.h"
#include "base/Currency.h"
#include "catalog/ProductEditor.h"

#include <QDialog>
#include <QLocale>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace caisse {

class DatabaseWriter;

/** What the products window needs to know of the register. */
struct ProductDialogContext
{
    QString registerId;
    Currency currency;
    QLocale locale;
    /** The VAT rates a product can take, in thousandths of a percent. */
    QList<qint32> vatRates;
    QList<VariableMeasureRule> barcodeRules;
    /** Set when the online store is the catalog's system of record: the sentence saying where products are edited. */
    QString readOnlyBecause;
};

/**
 * A manager's products: an article found by scanning or typing its barcode or SKU, or a new one; its name, category,
 * VAT rate, cost, image and whether its stock is tracked; its variants (option, SKU, price, barcode: an in-store EAN-13
 * made when left empty), each archivable; the product archived rather than deleted. Saved on the writer in one
 * transaction; saved() follows, for the store sync to be woken. Read only, with a sentence, when the online store is
 * the system of record.
 */
class ProductDialog : public QDialog
{
    Q_OBJECT

public:
    ProductDialog(Database& database, DatabaseWriter& writer, const Clock& clock, ProductDialogContext context,
                  QWidget* parent = nullptr);

    /** Opens the preview of importing the catalog CSV at path (the online store's format). */
    void importCsv(const QString& path);
    /** Writes the catalog at path as the online store's CSV; false, with the reason shown, when it cannot. */
    bool exportCsv(const QString& path);

signals:
    void saved();

private:
    enum Column
    {
        Option,
        Sku,
        Price,
        Barcode,
        Archived,
    };
    /** The rate a new product starts with: the country's standard rate. */
    qint32 newProductsVat() const;
    void find();
    void startNew();
    void display(const ProductDraft& product);
    void addVariantRow(const VariantDraft& variant);
    void save();
    /** The product as the fields hold it; a sentence naming what cannot be read otherwise. */
    Result<ProductDraft> draft() const;

    Database& m_database;
    DatabaseWriter& m_writer;
    const Clock& m_clock;
    ProductDialogContext m_context;
    ProductDraft m_product;
    QLineEdit* m_articleLineEdit;
    QLineEdit* m_nameLineEdit;
    QComboBox* m_categoryComboBox;
    QComboBox* m_vatComboBox;
    QCheckBox* m_tracksStockCheckBox;
    QLineEdit* m_costLineEdit;
    QLineEdit* m_imageLineEdit;
    QLineEdit* m_netContentLineEdit;
    QCheckBox* m_archivedCheckBox;
    QTableWidget* m_variantsTableWidget;
    QLabel* m_messageLabel;
    QPushButton* m_savePushButton;
};

} // namespace caisse
