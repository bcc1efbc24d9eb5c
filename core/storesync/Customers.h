#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace caisse {

class Database;

/** A customer of the shop, as the register keeps them. */
struct Customer
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    /** Lower case; empty when the customer gave none. */
    QString email;
    QString phone;
    /** The online store's customer with the same e-mail, once the sync linked them. */
    std::optional<qint64> storeCustomerId;

    /** What a ticket names them by: the e-mail (their purchases online share it), or their number here. */
    QString reference() const;
    QString displayName() const;
};

/**
 * The register's customer directory: found by name, e-mail or phone and created at the counter, offline too. Those
 * with an e-mail are linked to the online store by the store sync (storesync/CustomerLink).
 */
class Customers
{
    Q_DECLARE_TR_FUNCTIONS(caisse::Customers)

public:
    explicit Customers(Database& database);

    /** Customers whose name, e-mail or phone contains every word typed, by name; at most limit. */
    Result<QList<Customer>> search(const QString& text, int limit = 50);
    Result<std::optional<Customer>> byEmail(const QString& email);
    /** A new customer: a first and a last name, and a well-formed e-mail if any, not already someone else's. */
    Result<Customer> add(Customer customer, const QDateTime& at);
    /** Customers with an e-mail not yet linked to the online store, oldest first. */
    Result<QList<Customer>> unlinked(int limit);
    Result<void> link(qint64 id, qint64 storeCustomerId, const QDateTime& at);

private:
    Result<QList<Customer>> select(const QString& condition, const QVariantList& values);

    Database& m_database;
};

} // namespace caisse
