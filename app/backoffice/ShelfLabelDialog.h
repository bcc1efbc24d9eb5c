#pragma once

#include "catalog/ShelfLabels.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace caisse {

/** What the shelf labels window needs of the register. */
struct ShelfLabelContext
{
    Currency currency;
    QLocale locale;
    /** Sends the labels to the receipt printer; none when the register has no printer. */
    std::function<void(const QList<ShelfLabel>&)> print;
};

/**
 * Shelf labels for the articles scanned or typed (each scan one more label of it): printed on the receipt printer, one
 * label cut off at a time, or saved as A4 sheets in a PDF for an office printer and adhesive label sheets.
 */
class ShelfLabelDialog : public QDialog
{
    Q_OBJECT

public:
    ShelfLabelDialog(Database& database, ShelfLabelContext context, QWidget* parent = nullptr);

    /** The labels asked for, each as many times as its copies. */
    QList<ShelfLabel> labels() const;
    /** Saves the labels at path as A4 sheets; false, with the reason shown, when it cannot. */
    bool savePdf(const QString& path);

private:
    enum Column
    {
        Article,
        Price,
        UnitPrice,
        Barcode,
        Copies,
    };
    void add();

    Database& m_database;
    ShelfLabelContext m_context;
    QList<ShelfLabel> m_labels;
    QLineEdit* m_articleLineEdit;
    QTableWidget* m_labelsTableWidget;
    QLabel* m_messageLabel;
};

} // namespace caisse
