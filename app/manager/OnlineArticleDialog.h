#pragma once

#include "base/Clock.h"
#include "storage/DatabaseWriter.h"
#include "storesync/OnlineArticles.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace caisse {

class Database;

/**
 * The manager's view of one article on the online store, found by SKU or barcode: whether it syncs (when only
 * selected products do) and whether its stock is split, with the quantity kept for online.
 */
class OnlineArticleDialog : public QDialog
{
    Q_OBJECT

public:
    OnlineArticleDialog(Database& database, DatabaseWriter& writer, const Clock& clock, QWidget* parent = nullptr);

signals:
    /** Something changed that the sync should send. */
    void changed();

private:
    /** Nothing to change before an article is found. */
    void setEditable(bool editable);
    void find();
    void show(const OnlineArticle& article);
    void apply();

    Database& m_database;
    DatabaseWriter& m_writer;
    const Clock& m_clock;
    OnlineArticles m_articles;
    std::optional<OnlineArticle> m_article;
    QLineEdit* m_searchLineEdit;
    QPushButton* m_findPushButton;
    QLabel* m_articleLabel;
    QCheckBox* m_selectedCheckBox;
    QCheckBox* m_tracksStockCheckBox;
    QCheckBox* m_splitCheckBox;
    QSpinBox* m_onlineSpinBox;
    QPushButton* m_applyPushButton;
    QLabel* m_resultLabel;
};

} // namespace caisse
