#pragma once

#include "storage/DatabaseWriter.h"
#include "storesync/StoreSettings.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace caisse {

class Database;
class SecretStore;

/**
 * The manager's settings for the online store: API address (BigCommerce's by default), store hash, API token (kept in
 * the keychain, never shown again), a connection test, the system of record for products (chosen while
 * disconnected, with a warning about duplicates when it changes) and whether all products sync or only selected ones.
 */
class StoreSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    StoreSettingsDialog(Database& database, DatabaseWriter& writer, const Clock& clock, SecretStore& secrets,
                        QWidget* parent = nullptr);
    ~StoreSettingsDialog() override;

signals:
    /** Connected (with the connection the sync is to use) or disconnected (none). */
    void connectionChanged(const std::optional<caisse::StoreConnection>& connection);

private:
    StoreSettings::Values entered() const;
    void showState();
    void test();
    void connectToStore();
    void finishConnecting(const StoreSettings::Values& values);
    void disconnectFromStore();

    Database& m_database;
    DatabaseWriter& m_writer;
    StoreSettings m_settings;
    std::unique_ptr<StoreClient> m_testClient;
    QLineEdit* m_apiUrlLineEdit;
    QLineEdit* m_storeHashLineEdit;
    QLineEdit* m_tokenLineEdit;
    QComboBox* m_recordComboBox;
    QComboBox* m_scopeComboBox;
    QPushButton* m_choosePushButton;
    QCheckBox* m_syncPricesCheckBox;
    QCheckBox* m_pushSalesCheckBox;
    QLabel* m_stateLabel;
    QPushButton* m_testPushButton;
    QPushButton* m_connectPushButton;
    QPushButton* m_disconnectPushButton;
};

} // namespace caisse
