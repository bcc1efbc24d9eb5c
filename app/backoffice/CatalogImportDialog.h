#pragma once

#include "base/Clock.h"
#include "catalog/CatalogCsv.h"

#include <QDialog>
#include <QLocale>

class QLabel;
class QPushButton;
class QTableWidget;

namespace caisse {

class DatabaseWriter;

/** What a catalog import needs to know of the register. */
struct CatalogImportContext
{
    QString registerId;
    Currency currency;
    QLocale locale;
    qint32 newProductsVatMilliPercent = 0;
    QList<VariableMeasureRule> barcodeRules;
};

/**
 * The preview of a catalog CSV before it is imported: how many products it creates, changes and leaves as they are, and
 * every line the register cannot take, with its number and the reason. Import stays unavailable while one line is
 * faulty; it writes the whole file once, on the writer, checked again there.
 */
class CatalogImportDialog : public QDialog
{
    Q_OBJECT

public:
    CatalogImportDialog(DatabaseWriter& writer, const Clock& clock, QByteArray file, const QString& fileName,
                        CatalogImportContext context, QWidget* parent = nullptr);

signals:
    void imported();

private:
    void display(const Result<CatalogCsvReport>& report);
    void import();

    DatabaseWriter& m_writer;
    const Clock& m_clock;
    QByteArray m_file;
    CatalogImportContext m_context;
    QLabel* m_summaryLabel;
    QLabel* m_messageLabel;
    QTableWidget* m_faultsTableWidget;
    QPushButton* m_importPushButton;
};

} // namespace caisse
