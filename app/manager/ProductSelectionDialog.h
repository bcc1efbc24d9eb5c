#pragma once

#include "storage/DatabaseWriter.h"
#include "storesync/OnlineArticles.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace caisse {

class Database;

/**
 * The products that sync with the online store when only selected ones do: found by name or SKU, ticked one by one
 * or all those shown at once, saved together.
 */
class ProductSelectionDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kShownAtMost = 500;

    ProductSelectionDialog(Database& database, DatabaseWriter& writer, QWidget* parent = nullptr);

    /** Closing keeps the ticks: nothing ticked is lost for want of pressing Save. */
    void done(int result) override;

private:
    void search();
    void tickAll(bool ticked);
    void save();

    DatabaseWriter& m_writer;
    OnlineArticles m_articles;
    QList<SelectableProduct> m_shown;
    QLineEdit* m_searchLineEdit;
    QListWidget* m_productsListWidget;
    QPushButton* m_selectAllPushButton;
    QPushButton* m_clearAllPushButton;
    QPushButton* m_savePushButton;
    QLabel* m_resultLabel;
};

} // namespace caisse
