#include "fiscal/TechnicalEvents.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

namespace caisse {

namespace {

QString eventName(TechnicalEvents::Code code)
{
    using Code = TechnicalEvents::Code;
    switch (code) {
    case Code::PeriodArchive:
        return QStringLiteral("PERIOD_ARCHIVE");
    case Code::YearArchive:
        return QStringLiteral("YEAR_ARCHIVE");
    case Code::PeriodClosing:
        return QStringLiteral("PERIOD_CLOSING");
    case Code::YearClosing:
        return QStringLiteral("YEAR_CLOSING");
    case Code::StartupLogin:
        return QStringLiteral("STARTUP_LOGIN");
    case Code::IntegrityDefect:
        return QStringLiteral("INTEGRITY_DEFECT");
    case Code::RightsChange:
        return QStringLiteral("RIGHTS_CHANGE");
    case Code::TicketCancellation:
        return QStringLiteral("TICKET_CANCELLATION");
    case Code::SoftwareVersion:
        return QStringLiteral("SOFTWARE_VERSION");
    case Code::SettingsChange:
        return QStringLiteral("SETTINGS_CHANGE");
    case Code::TaxAudit:
        return QStringLiteral("TAX_AUDIT");
    case Code::LoginRefused:
        return QStringLiteral("LOGIN_REFUSED");
    case Code::PriceChange:
        return QStringLiteral("PRICE_CHANGE");
    case Code::ShiftOpened:
        return QStringLiteral("SHIFT_OPENED");
    case Code::ShiftClosed:
        return QStringLiteral("SHIFT_CLOSED");
    case Code::CashMovement:
        return QStringLiteral("CASH_MOVEMENT");
    case Code::DrawerOpened:
        return QStringLiteral("DRAWER_OPENED");
    }
    return {};
}

const QString kVersionKey = QStringLiteral("version");

} // namespace

TechnicalEvents::TechnicalEvents(Database& database, const Clock& clock, const QString& registerId,
                                 std::optional<Ed25519Key> key)
    : m_database(database)
    , m_clock(clock)
    , m_journal(database, chainOf(registerId), std::move(key))
{ }

Result<JournalEntry> TechnicalEvents::record(Code code, const QString& operatorName, const QJsonObject& details)
{
    return m_journal.append(RecordType::Event,
                            {{QStringLiteral("code"), static_cast<int>(code)},
                             {QStringLiteral("details"), details},
                             {QStringLiteral("event"), eventName(code)},
                             {QStringLiteral("operator"), operatorName}},
                            m_clock.nowUtc());
}

Result<void> TechnicalEvents::recordAccess(Event event, const QString& operatorName, const QJsonObject& details)
{
    const Code code = event == Event::Login ? Code::StartupLogin
        : event == Event::LoginRefused      ? Code::LoginRefused
                                            : Code::RightsChange;
    auto transaction = Transaction::beginUnlessOpen(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto entry = record(code, operatorName, details); !entry)
        return std::unexpected(entry.error());
    return *transaction ? (*transaction)->commit() : Result<void>();
}

Result<JournalEntry> TechnicalEvents::recordNow(Code code, const QString& operatorName, const QJsonObject& details)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto entry = record(code, operatorName, details);
    if (!entry)
        return entry;
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return entry;
}

Result<void> TechnicalEvents::recordStartup(const QString& operatorName)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto lastChange
        = m_journal.lastDataWith(RecordType::Event, QStringLiteral("code"), static_cast<int>(Code::SoftwareVersion));
    if (!lastChange)
        return std::unexpected(lastChange.error());
    const QJsonValue lastVersion = lastChange->value(QStringLiteral("details")).toObject().value(kVersionKey);
    const QString version = QStringLiteral(CAISSE_VERSION);
    if (lastVersion.toString() != version) {
        if (auto recorded = record(Code::SoftwareVersion, operatorName,
                                   {{QStringLiteral("from"), lastVersion.isUndefined() ? QJsonValue() : lastVersion},
                                    {kVersionKey, version}});
            !recorded)
            return std::unexpected(recorded.error());
    }
    if (auto recorded = record(Code::StartupLogin, operatorName); !recorded)
        return std::unexpected(recorded.error());
    return transaction->commit();
}

} // namespace caisse
