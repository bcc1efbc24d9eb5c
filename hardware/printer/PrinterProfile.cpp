#include "printer/PrinterProfile.h"

namespace caisse {

PrinterProfile PrinterProfile::epson()
{
    return {QStringLiteral("epson"), 16, "windows-1252", 0, 25, 250};
}

PrinterProfile PrinterProfile::cp858()
{
    return {QStringLiteral("cp858"), 19, "IBM00858", 0, 25, 250};
}

std::optional<PrinterProfile> PrinterProfile::byName(const QString& name)
{
    for (const PrinterProfile& profile : {epson(), cp858()}) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

} // namespace caisse
