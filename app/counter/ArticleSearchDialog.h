#pragma once

#include "catalog/CatalogItem.h"

#include <QDialog>

#include <optional>

class QLineEdit;
class QListWidget;

namespace caisse {

class CounterSession;

/**
 * Finds an article as the cashier types its name, SKU or barcode (accents and case ignored, words in any order), and
 * picks one of its variants: Enter or a double click takes the one selected, the arrow keys move between them.
 */
class ArticleSearchDialog : public QDialog
{
    Q_OBJECT

public:
    ArticleSearchDialog(CounterSession& session, const QString& typed, QWidget* parent = nullptr);

    /** The article picked, once accepted. */
    std::optional<CatalogItem> chosen() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void search(const QString& text);

    CounterSession& m_session;
    QLineEdit* m_searchLineEdit;
    QListWidget* m_resultsListWidget;
    QList<CatalogItem> m_found;
};

} // namespace caisse
