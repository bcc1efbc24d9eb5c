#pragma once

#include <optional>

namespace caisse {

/** Where a USB printer's bytes go and its answers come from. */
struct UsbPrinterEndpoints
{
    int interfaceNumber = 0;
    int altSetting = 0;
    quint8 out = 0;
    /** A printer without an IN endpoint cannot answer status questions. */
    std::optional<quint8> in;
};

} // namespace caisse
