#pragma once

#include "base/Clock.h"
#include "storage/DatabaseWriter.h"
#include "storesync/ProductImport.h"
#include "storesync/SyncLog.h"
#include "storesync/SyncWorker.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QThread;

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
    /** connection: the online store's, to compare stock with it; none when the register is not connected. */
    SyncLogDialog(Database& database, DatabaseWriter& writer, const Clock& clock, const SyncStatus& status,
                  std::optional<StoreConnection> connection = {}, QWidget* parent = nullptr);
    /** Waits for a product matching being saved: closing the window does not cut it short. */
    ~SyncLogDialog() override;

signals:
    /** Something waits for the sync (a refused batch sent again, past orders asked for): it should run now. */
    void syncRequested();

private:
    void reload();
    void retrySelected();
    void compare();
    /** This register's id; when it cannot be read, says why in the comparison panel. */
    std::optional<QString> readRegisterId();
    void importPastOrders();
    void matchProducts();
    void saveMatching(const ImportPlan& plan);

    Database& m_database;
    DatabaseWriter& m_writer;
    const Clock& m_clock;
    QLabel* m_summaryLabel;
    QTableWidget* m_entriesTableWidget;
    QPushButton* m_retryPushButton;
    QPlainTextEdit* m_unknownPlainTextEdit;
    QPushButton* m_comparePushButton;
    QPlainTextEdit* m_comparisonPlainTextEdit;
    QPushButton* m_pastOrdersPushButton;
    QPushButton* m_matchPushButton;
    std::optional<StoreConnection> m_connection;
    StoreClient* m_client = nullptr;
    QList<SyncLogEntry> m_entries;
    std::unique_ptr<QThread> m_matchingThread;
};

} // namespace caisse
