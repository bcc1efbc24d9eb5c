#pragma once

#include "storage/DatabaseWriter.h"
#include "storesync/CustomerDirectory.h"
#include "storesync/Customers.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace caisse {

class Clock;
class Database;

/**
 * Finds a customer at the counter by name, e-mail or phone in the register's directory, offline too, or creates them
 * (first and last name, e-mail, phone); with the online store connected, an e-mail not known here is looked up there
 * too, and a new customer with an e-mail is created there at once (otherwise the store sync links them later). Shows
 * their purchases at the counter and online together; accepting attaches them to the ticket.
 */
class CustomerDialog : public QDialog
{
    Q_OBJECT

public:
    CustomerDialog(Database& database, DatabaseWriter& writer, const Clock& clock,
                   const std::optional<StoreConnection>& connection, QLocale locale, QWidget* parent = nullptr);

    /** The customer to attach, once accepted. */
    const Customer& customer() const { return m_customer; }

private:
    void find();
    void create();
    void show(const Customer& customer);
    /** The online store's customer kept in the directory too (linked), then shown. */
    void keep(const StoreCustomer& online);
    void forget();
    void setCreating(bool creating);
    /** The purchases at the counter and online under this reference; false (and said) when they cannot be read. */
    bool showPurchases(const QString& reference);

    Database& m_database;
    DatabaseWriter& m_writer;
    const Clock& m_clock;
    QLocale m_locale;
    Customers m_customers;
    std::unique_ptr<StoreClient> m_client;
    std::unique_ptr<CustomerDirectory> m_directory;
    Customer m_customer;
    /** The phone typed for a customer being created on the online store, kept here once it answers. */
    QString m_phone;
    QList<Customer> m_found;
    QLineEdit* m_emailLineEdit;
    QPushButton* m_searchPushButton;
    QListWidget* m_foundListWidget;
    QLabel* m_resultLabel;
    QLineEdit* m_firstNameLineEdit;
    QLineEdit* m_lastNameLineEdit;
    QLineEdit* m_phoneLineEdit;
    QPushButton* m_createPushButton;
    QPlainTextEdit* m_purchasesPlainTextEdit;
    QPushButton* m_attachPushButton;
};

} // namespace caisse
