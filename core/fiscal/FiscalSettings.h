#pragma once

#include "access/Operator.h"
#include "base/Result.h"

#include <QString>

namespace caisse {

class Database;
class TechnicalEvents;

/**
 * Changes settings on someone's behalf. The settings that shape receipts and fiscal records (Settings::fiscalKeys())
 * need the ChangeSettings permission, and each change is journaled as a technical event (270) with the old and the new
 * value, in the same transaction; other settings are written as they are.
 */
class FiscalSettings
{
public:
    FiscalSettings(Database& database, TechnicalEvents& events);

    Result<void> change(const QString& key, const QString& value, const Operator& by);

private:
    Database& m_database;
    TechnicalEvents& m_events;
};

} // namespace caisse
