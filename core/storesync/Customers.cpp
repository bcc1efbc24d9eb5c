#include "storesync/Customers.h"

#include "base/Clock.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace caisse {

QString Customer::reference() const
{
    return email.isEmpty() ? QStringLiteral("customer:%1").arg(id) : email;
}

QString Customer::displayName() const
{
    QStringList parts {firstName + u' ' + lastName};
    for (const QString& contact : {email, phone})
        if (!contact.isEmpty())
            parts << contact;
    return parts.join(QStringLiteral(" — "));
}

Customers::Customers(Database& database)
    : m_database(database)
{ }

Result<QList<Customer>> Customers::select(const QString& condition, const QVariantList& values)
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("SELECT id, first_name, last_name, COALESCE(email, ''), phone, "
                                                "store_customer_id FROM customers WHERE ")
                                     + condition,
                                 values);
        !ran)
        return std::unexpected(ran.error());
    QList<Customer> customers;
    while (query.next())
        customers.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toString(),
                          query.value(5).isNull() ? std::nullopt : std::optional(query.value(5).toLongLong())});
    return customers;
}

Result<QList<Customer>> Customers::search(const QString& text, int limit)
{
    QStringList conditions;
    QVariantList values;
    for (QString word : text.split(u' ', Qt::SkipEmptyParts)) {
        word.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        conditions << QStringLiteral("(first_name || ' ' || last_name || ' ' || COALESCE(email, '') || ' ' || phone) "
                                     "LIKE ? ESCAPE '\\'");
        values << QStringLiteral("%%1%").arg(word);
    }
    if (conditions.isEmpty())
        return QList<Customer>();
    values << limit;
    return select(conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY last_name, first_name LIMIT ?"),
                  values);
}

Result<std::optional<Customer>> Customers::byEmail(const QString& email)
{
    const auto found = select(QStringLiteral("email = ?"), {email.trimmed().toLower()});
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<Customer> Customers::add(Customer customer, const QDateTime& at)
{
    customer.firstName = customer.firstName.trimmed();
    customer.lastName = customer.lastName.trimmed();
    customer.email = customer.email.trimmed().toLower();
    customer.phone = customer.phone.trimmed();
    if (customer.firstName.isEmpty() || customer.lastName.isEmpty())
        return failure(Error::Code::InvalidInput, tr("Give the customer's first and last name."));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!customer.email.isEmpty() && !email.match(customer.email).hasMatch())
        return failure(Error::Code::InvalidInput, tr("%1 is not an e-mail address.").arg(customer.email));
    if (!customer.email.isEmpty()) {
        const auto taken = byEmail(customer.email);
        if (!taken)
            return std::unexpected(taken.error());
        if (*taken)
            return failure(Error::Code::BusinessRule,
                           tr("%1 is already %2's e-mail.").arg(customer.email, (*taken)->displayName()));
    }
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("INSERT INTO customers(first_name, last_name, email, phone, "
                                                "created_at) VALUES(?, ?, ?, ?, ?)"),
                                 {customer.firstName, customer.lastName,
                                  customer.email.isEmpty() ? QVariant() : QVariant(customer.email), customer.phone,
                                  toStorageTime(at)});
        !ran)
        return std::unexpected(ran.error());
    customer.id = query.lastInsertId().toLongLong();
    return customer;
}

Result<QList<Customer>> Customers::unlinked(int limit)
{
    return select(QStringLiteral("email IS NOT NULL AND store_customer_id IS NULL ORDER BY id LIMIT ?"), {limit});
}

Result<void> Customers::link(qint64 id, qint64 storeCustomerId, const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    return Database::run(query,
                         QStringLiteral("UPDATE customers SET store_customer_id = ?, linked_at = ? WHERE id = ?"),
                         {storeCustomerId, toStorageTime(at), id});
}

} // namespace caisse
