#include "storesync/CustomerLink.h"

#include "base/Clock.h"

namespace caisse {

CustomerLink::CustomerLink(Database& database, const Clock& clock, StoreClient& client, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_directory(client)
    , m_customers(database)
{
    connect(&m_directory, &CustomerDirectory::found, this, &CustomerLink::linked);
    connect(&m_directory, &CustomerDirectory::notFound, this, [this] {
        const Customer& customer = m_waiting.first();
        m_directory.create({0, customer.firstName, customer.lastName, customer.email});
    });
    connect(&m_directory, &CustomerDirectory::failed, this, [this](const QString& message) {
        m_refused << tr("%1: %2").arg(m_waiting.takeFirst().email, message);
        next();
    });
}

void CustomerLink::run()
{
    // A batch per run keeps one run short when hundreds were created offline; the rest go at the next.
    constexpr int kPerRun = 50;
    m_refused.clear();
    const auto waiting = m_customers.unlinked(kPerRun);
    if (!waiting) {
        emit finished(false, waiting.error().message);
        return;
    }
    m_waiting = *waiting;
    next();
}

void CustomerLink::next()
{
    if (m_waiting.isEmpty()) {
        emit finished(
            m_refused.isEmpty(),
            m_refused.isEmpty()
                ? QString()
                : tr("Customers not linked to the online store: %1.").arg(m_refused.join(QStringLiteral("; "))));
        return;
    }
    m_directory.find(m_waiting.first().email);
}

void CustomerLink::linked(const StoreCustomer& online)
{
    const Customer customer = m_waiting.takeFirst();
    if (auto saved = m_customers.link(customer.id, online.id, m_clock.nowUtc()); !saved)
        m_refused << tr("%1: %2").arg(customer.email, saved.error().message);
    next();
}

} // namespace caisse
