#pragma once

#include "SyncLog.h"
#include "SyncWorker.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace caisse {

class Database;

/**
 * The manager's view of the store sync: how many changes wait and when the last sync went through, each batch and
 * order with its outcome and the store's words when it went wrong, a refused batch sent again on request, and the
 * online order lines whose article the register does not sell.
 */
class SyncLogDialog : public QDialog
{
    Q_OBJECT

public:
    SyncLogDialog(Database& database, const SyncStatus& status, QWidget* parent = nullptr);

signals:
    /** A refused batch was released: the sync should run now. */
    void retryRequested();

private:
    void reload();
    void retrySelected();

    Database& m_database;
    QLabel* m_summaryLabel;
    QTableWidget* m_entriesTableWidget;
    QPushButton* m_retryPushButton;
    QPlainTextEdit* m_unknownPlainTextEdit;
    QList<SyncLogEntry> m_entries;
};

} // namespace caisse
