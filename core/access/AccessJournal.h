#pragma once

#include "base/Result.h"

#include <QJsonObject>
#include <QString>

namespace caisse {

/**
 * Where the operator store records what French law asks the register to keep of access: logins, refused PINs, changes
 * of rights and managers' approvals. The fiscal journal's technical events implement it (fiscal/TechnicalEvents);
 * access sits below the journal, which checks operators' permissions, so it only knows this interface.
 */
class AccessJournal
{
public:
    enum class Event
    {
        Login,
        LoginRefused,
        RightsChange,
    };

    virtual ~AccessJournal() = default;

    /** Records event in the transaction open on the register's database, or in one of its own when none is. */
    virtual Result<void> recordAccess(Event event, const QString& operatorName, const QJsonObject& details = {}) = 0;
};

} // namespace caisse
