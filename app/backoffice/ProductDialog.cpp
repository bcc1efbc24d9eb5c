#include "backoffice/ProductDialog.h"

#include "backoffice/CatalogImportDialog.h"
#include "backoffice/DialogParts.h"
#include "base/MoneyFormat.h"
#include "catalog/ShelfLabels.h"
#include "storage/DatabaseWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caisse {

ProductDialog::ProductDialog(Database& database, DatabaseWriter& writer, const Clock& clock,
                             ProductDialogContext context, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_writer(writer)
    , m_clock(clock)
    , m_context(std::move(context))
    , m_articleLineEdit(new QLineEdit(this))
    , m_nameLineEdit(new QLineEdit(this))
    , m_categoryComboBox(new QComboBox(this))
    , m_vatComboBox(new QComboBox(this))
    , m_tracksStockCheckBox(new QCheckBox(tr("Track its stock"), this))
    , m_costLineEdit(new QLineEdit(this))
    , m_imageLineEdit(new QLineEdit(this))
    , m_netContentLineEdit(new QLineEdit(this))
    , m_archivedCheckBox(new QCheckBox(tr("Archived: no longer sold, its tickets keep it"), this))
    , m_variantsTableWidget(new QTableWidget(0, 5, this))
    , m_messageLabel(refusalLabel(this))
    , m_savePushButton(new QPushButton(tr("&Save the product"), this))
{
    setWindowTitle(tr("Products"));
    m_articleLineEdit->setObjectName(QStringLiteral("articleLineEdit"));
    m_nameLineEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_categoryComboBox->setObjectName(QStringLiteral("categoryComboBox"));
    m_vatComboBox->setObjectName(QStringLiteral("vatComboBox"));
    m_tracksStockCheckBox->setObjectName(QStringLiteral("tracksStockCheckBox"));
    m_costLineEdit->setObjectName(QStringLiteral("costLineEdit"));
    m_imageLineEdit->setObjectName(QStringLiteral("imageLineEdit"));
    m_netContentLineEdit->setObjectName(QStringLiteral("netContentLineEdit"));
    m_netContentLineEdit->setPlaceholderText(
        tr("500 g, 1,5 kg, 75 cl… (prepacked: labels show the price per kg or litre)"));
    m_archivedCheckBox->setObjectName(QStringLiteral("archivedCheckBox"));
    m_variantsTableWidget->setObjectName(QStringLiteral("variantsTableWidget"));
    m_savePushButton->setObjectName(QStringLiteral("savePushButton"));
    m_articleLineEdit->setPlaceholderText(tr("Scan, or type a barcode or a SKU, to change an article"));
    m_costLineEdit->setPlaceholderText(tr("What one costs you, without VAT"));
    m_imageLineEdit->setPlaceholderText(tr("https://… (the picture the online store shows)"));
    m_categoryComboBox->setEditable(true);
    QSqlQuery categories(m_database.connection());
    if (categories.exec(QStringLiteral("SELECT DISTINCT category FROM products WHERE category <> '' ORDER BY 1")))
        while (categories.next())
            m_categoryComboBox->addItem(categories.value(0).toString());
    for (const qint32 rate : m_context.vatRates)
        m_vatComboBox->addItem(m_context.locale.toString(rate / 1000.0, 'g', 6) + QStringLiteral("\u00a0%"), rate);
    m_variantsTableWidget->setHorizontalHeaderLabels({tr("Option (size, colour…)"), tr("SKU"),
                                                      tr("Price (%1)").arg(m_context.currency.code()),
                                                      tr("Barcode (empty: made in store)"), tr("Archived")});
    m_variantsTableWidget->verticalHeader()->hide();
    m_variantsTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_variantsTableWidget->horizontalHeader()->setSectionResizeMode(Option, QHeaderView::Stretch);
    auto* newButton = new QPushButton(tr("&New product"), this);
    newButton->setObjectName(QStringLiteral("newPushButton"));
    auto* addVariantButton = new QPushButton(tr("Add a &variant"), this);
    addVariantButton->setObjectName(QStringLiteral("addVariantPushButton"));
    auto* findRow = new QHBoxLayout;
    findRow->addWidget(m_articleLineEdit, 1);
    findRow->addWidget(newButton);
    auto* form = new QFormLayout;
    auto* findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_articleLineEdit);
    form->addRow(findLabel, findRow);
    form->addRow(tr("&Name:"), m_nameLineEdit);
    form->addRow(tr("Ca&tegory:"), m_categoryComboBox);
    form->addRow(tr("V&AT rate:"), m_vatComboBox);
    form->addRow(tr("C&ost:"), m_costLineEdit);
    form->addRow(tr("&Image:"), m_imageLineEdit);
    form->addRow(tr("N&et content:"), m_netContentLineEdit);
    form->addRow(QString(), m_tracksStockCheckBox);
    form->addRow(QString(), m_archivedCheckBox);
    auto* importButton = new QPushButton(tr("Im&port a CSV…"), this);
    importButton->setObjectName(QStringLiteral("importCsvPushButton"));
    auto* exportButton = new QPushButton(tr("E&xport as CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportCsvPushButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(importButton, QDialogButtonBox::ResetRole);
    buttons->addButton(exportButton, QDialogButtonBox::ResetRole);
    buttons->addButton(addVariantButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_savePushButton, QDialogButtonBox::ApplyRole);
    scannerSafe(buttons);
    newButton->setAutoDefault(false);
    auto* readOnly = new QLabel(m_context.readOnlyBecause, this);
    readOnly->setObjectName(QStringLiteral("readOnlyLabel"));
    readOnly->setWordWrap(true);
    readOnly->setStyleSheet(QStringLiteral("background: #fff3cd; padding: 8px;"));
    readOnly->setVisible(!m_context.readOnlyBecause.isEmpty());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(readOnly);
    layout->addLayout(form);
    layout->addWidget(m_variantsTableWidget, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    connect(m_articleLineEdit, &QLineEdit::returnPressed, this, &ProductDialog::find);
    connect(newButton, &QPushButton::clicked, this, &ProductDialog::startNew);
    connect(addVariantButton, &QPushButton::clicked, this, [this] { addVariantRow(VariantDraft {}); });
    connect(m_savePushButton, &QPushButton::clicked, this, &ProductDialog::save);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Import products from a CSV"), QString(), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the products as CSV"), tr("products") + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_context.readOnlyBecause.isEmpty())
        for (QWidget* editing : std::initializer_list<QWidget*> {
                 newButton, addVariantButton, importButton, m_savePushButton, m_nameLineEdit, m_categoryComboBox,
                 m_vatComboBox, m_tracksStockCheckBox, m_costLineEdit, m_imageLineEdit, m_archivedCheckBox})
            editing->setEnabled(false);
    if (!m_context.readOnlyBecause.isEmpty())
        m_variantsTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    startNew();
    resize(900, 680);
}

qint32 ProductDialog::newProductsVat() const
{
    return m_context.vatRates.isEmpty() ? 20'000 : m_context.vatRates.last();
}

void ProductDialog::importCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        tell(m_messageLabel, tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()), false);
        return;
    }
    auto* preview = new CatalogImportDialog(
        m_writer, m_clock, file.readAll(), QFileInfo(path).fileName(),
        {m_context.registerId, m_context.currency, m_context.locale, newProductsVat(), m_context.barcodeRules}, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &CatalogImportDialog::imported, this, &ProductDialog::saved);
    preview->open();
}

bool ProductDialog::exportCsv(const QString& path)
{
    const auto csv
        = CatalogCsv(m_database, m_context.currency, newProductsVat(), m_context.barcodeRules).exportCatalog();
    if (!csv) {
        tell(m_messageLabel, csv.error().message, false);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*csv) != csv->size() || !file.commit()) {
        tell(m_messageLabel, tr("%1 cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString()), false);
        return false;
    }
    tell(m_messageLabel,
         tr("Products exported to %1, in the online store's CSV format.").arg(QFileInfo(path).fileName()), true);
    return true;
}

void ProductDialog::startNew()
{
    ProductDraft product;
    product.vatRateMilliPercent = newProductsVat();
    product.variants.append(VariantDraft {});
    display(product);
    m_messageLabel->clear();
    m_nameLineEdit->setFocus();
}

void ProductDialog::find()
{
    const QString typed = m_articleLineEdit->text().trimmed();
    m_articleLineEdit->clear();
    const auto product = ProductEditor(m_database, m_context.barcodeRules).load(typed);
    if (!product) {
        tell(m_messageLabel, product.error().message, false);
        return;
    }
    display(*product);
    tell(m_messageLabel, tr("%1: change what you need, then save.").arg(product->name), true);
}

void ProductDialog::display(const ProductDraft& product)
{
    m_product = product;
    m_nameLineEdit->setText(product.name);
    m_categoryComboBox->setCurrentText(product.category);
    const int rate = m_vatComboBox->findData(product.vatRateMilliPercent);
    if (rate < 0)
        m_vatComboBox->addItem(m_context.locale.toString(product.vatRateMilliPercent / 1000.0, 'g', 6)
                                   + QStringLiteral("\u00a0%"),
                               product.vatRateMilliPercent);
    m_vatComboBox->setCurrentIndex(m_vatComboBox->findData(product.vatRateMilliPercent));
    m_tracksStockCheckBox->setChecked(product.tracksStock);
    m_archivedCheckBox->setChecked(product.archived);
    m_costLineEdit->setText(product.details.costPriceMinor ? MoneyFormat::formatAmount(
                                *product.details.costPriceMinor, m_context.currency, m_context.locale)
                                                           : QString());
    m_imageLineEdit->setText(product.details.imageUrl);
    m_netContentLineEdit->setText(
        product.details.netContentMilli
            ? NetContent {*product.details.netContentMilli, product.details.netContentUnit}.format(m_context.locale)
            : QString());
    m_variantsTableWidget->setRowCount(0);
    for (const VariantDraft& variant : product.variants)
        addVariantRow(variant);
}

void ProductDialog::addVariantRow(const VariantDraft& variant)
{
    const int row = m_variantsTableWidget->rowCount();
    m_variantsTableWidget->insertRow(row);
    m_variantsTableWidget->setItem(row, Option, new QTableWidgetItem(variant.optionLabel));
    m_variantsTableWidget->setItem(row, Sku, new QTableWidgetItem(variant.sku));
    auto* price = new QTableWidgetItem(
        variant.id ? MoneyFormat::formatAmount(variant.priceMinor, m_context.currency, m_context.locale) : QString());
    price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_variantsTableWidget->setItem(row, Price, price);
    m_variantsTableWidget->setItem(row, Barcode, new QTableWidgetItem(variant.barcode));
    auto* archived = new QTableWidgetItem;
    archived->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    archived->setCheckState(variant.archived ? Qt::Checked : Qt::Unchecked);
    archived->setData(Qt::UserRole, variant.id ? QVariant(*variant.id) : QVariant());
    m_variantsTableWidget->setItem(row, Archived, archived);
}

Result<ProductDraft> ProductDialog::draft() const
{
    ProductDraft product = m_product;
    product.name = m_nameLineEdit->text().trimmed();
    product.category = m_categoryComboBox->currentText().trimmed();
    product.vatRateMilliPercent = m_vatComboBox->currentData().toInt();
    product.tracksStock = m_tracksStockCheckBox->isChecked();
    product.archived = m_archivedCheckBox->isChecked();
    product.details.imageUrl = m_imageLineEdit->text().trimmed();
    product.details.costPriceMinor.reset();
    if (const QString cost = m_costLineEdit->text().trimmed(); !cost.isEmpty()) {
        const auto parsed = MoneyFormat::parse(cost, m_context.currency, m_context.locale);
        if (!parsed || *parsed < 0)
            return failure(Error::Code::InvalidInput, tr("The cost %1 cannot be read; type it as 4,50.").arg(cost));
        product.details.costPriceMinor = *parsed;
    }
    product.details.netContentMilli.reset();
    product.details.netContentUnit.clear();
    if (const QString typed = m_netContentLineEdit->text().trimmed(); !typed.isEmpty()) {
        const auto content = NetContent::parse(typed);
        if (!content)
            return failure(Error::Code::InvalidInput,
                           tr("The net content %1 cannot be read; type it as 500 g, 1,5 kg, 75 cl or 1 l.").arg(typed));
        product.details.netContentMilli = content->milli;
        product.details.netContentUnit = content->unit;
    }
    product.variants.clear();
    for (int row = 0; row < m_variantsTableWidget->rowCount(); ++row) {
        const auto text = [&](Column column) {
            return m_variantsTableWidget->item(row, column)->text().trimmed();
        };
        const auto price = MoneyFormat::parse(text(Price), m_context.currency, m_context.locale);
        if (!price || *price < 0)
            return failure(Error::Code::InvalidInput, tr("Line %1: type the price, such as 12,90.").arg(row + 1));
        const QVariant id = m_variantsTableWidget->item(row, Archived)->data(Qt::UserRole);
        product.variants.append({id.isValid() ? std::optional(id.toLongLong()) : std::nullopt, text(Option), text(Sku),
                                 *price, text(Barcode),
                                 m_variantsTableWidget->item(row, Archived)->checkState() == Qt::Checked});
    }
    return product;
}

void ProductDialog::save()
{
    auto product = draft();
    if (!product) {
        tell(m_messageLabel, product.error().message, false);
        return;
    }
    m_savePushButton->setEnabled(false);
    DatabaseWriter::whenDone<Result<ProductDraft>>(
        m_writer.run<Result<ProductDraft>>([product = *product, rules = m_context.barcodeRules,
                                            registerId = m_context.registerId,
                                            timestamp = toStorageTime(m_clock.nowUtc())](Database& database) {
            return ProductEditor(database, rules).save(product, registerId, timestamp);
        }),
        this, [this](const Result<ProductDraft>& result) {
            m_savePushButton->setEnabled(true);
            if (!result) {
                tell(m_messageLabel, result.error().message, false);
                return;
            }
            display(*result);
            tell(m_messageLabel,
                 tr("%1 saved, %n variant(s).", nullptr, int(result->variants.size())).arg(result->name), true);
            emit saved();
        });
}

} // namespace caisse
