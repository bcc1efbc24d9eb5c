#include "fiscal/FiscalSettings.h"

#include "fiscal/TechnicalEvents.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"

namespace caisse {

FiscalSettings::FiscalSettings(Database& database, TechnicalEvents& events)
    : m_database(database)
    , m_events(events)
{ }

Result<void> FiscalSettings::change(const QString& key, const QString& value, const Operator& by)
{
    Settings settings(m_database);
    if (!Settings::fiscalKeys().contains(key))
        return settings.setValue(key, value);
    if (auto allowed = by.require(Permission::ChangeSettings); !allowed)
        return allowed;
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const QString previous = settings.value(key);
    if (previous == value)
        return {};
    if (auto written = settings.write(key, value); !written)
        return written;
    if (auto recorded = m_events.record(
            TechnicalEvents::Code::SettingsChange, by.name,
            {{QStringLiteral("from"), previous}, {QStringLiteral("key"), key}, {QStringLiteral("to"), value}});
        !recorded)
        return std::unexpected(recorded.error());
    return transaction->commit();
}

} // namespace caisse
