#pragma once

#include "sale/CounterSession.h"
#include "stock/StockAdjustments.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace caisse {

/**
 * The stock for a manager: the articles running low, an article's movements (scanned or typed), and adjustments,
 * article after article: scanned or typed (barcode or SKU), how many more or fewer, why,
 * and a note. Each adjustment is written on the writer and said in the dialog with the stock after it; the dialog stays
 * open for the next article. adjusted() follows each one, for the store sync to be woken.
 */
class StockAdjustmentDialog : public QDialog
{
    Q_OBJECT

public:
    StockAdjustmentDialog(CounterSession& session, Operator by, QWidget* parent = nullptr);

signals:
    void adjusted();

private:
    void adjust();
    /** The movements of the article in the field, newest first. */
    void showHistory(const QString& article);
    void showLowStock();

    CounterSession& m_session;
    Operator m_by;
    QLineEdit* m_articleLineEdit;
    QLineEdit* m_quantityLineEdit;
    QComboBox* m_reasonComboBox;
    QLineEdit* m_noteLineEdit;
    QLabel* m_messageLabel;
    QTableWidget* m_historyTableWidget;
    QTableWidget* m_lowStockTableWidget;
};

} // namespace caisse
