#pragma once

#include "storesync/CustomerDirectory.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace caisse {

class Database;

/**
 * Finds a customer of the online store by e-mail at the counter, or creates them (first and last name), and shows
 * their purchases at the counter and online together; accepting attaches them to the ticket.
 */
class CustomerDialog : public QDialog
{
    Q_OBJECT

public:
    CustomerDialog(Database& database, const StoreConnection& connection, QLocale locale, QWidget* parent = nullptr);

    /** The customer to attach, once accepted. */
    const StoreCustomer& customer() const { return m_customer; }

private:
    void show(const StoreCustomer& customer);
    /** The purchases at the counter and online under this e-mail; false (and said) when they cannot be read. */
    bool showPurchases(const QString& email);

    Database& m_database;
    QLocale m_locale;
    StoreClient m_client;
    CustomerDirectory m_directory;
    StoreCustomer m_customer;
    QLineEdit* m_emailLineEdit;
    QPushButton* m_searchPushButton;
    QLabel* m_resultLabel;
    QLineEdit* m_firstNameLineEdit;
    QLineEdit* m_lastNameLineEdit;
    QPushButton* m_createPushButton;
    QPlainTextEdit* m_purchasesPlainTextEdit;
    QPushButton* m_attachPushButton;
};

} // namespace caisse
