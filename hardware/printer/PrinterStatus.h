#pragma once

#include <QString>

namespace caisse {

/** A receipt printer's state as its real-time status replies (DLE EOT 1, 2, 4) tell it. */
struct PrinterStatus
{
    bool reachable = false;
    bool offline = false;
    bool coverOpen = false;
    bool paperOut = false;
    bool paperNearEnd = false;
    /**
     * The drawer connector's pin 3 reads high. Whether high means open depends on the drawer (setting
     * drawer_open_level); printers without a drawer sensor always read the same.
     */
    bool drawerPinHigh = false;
    /** The link is up (TCP connected, device open) but no status came back: off-line, or not speaking ESC/POS. */
    bool silent = false;
    /** It answered, but not with ESC/POS status bytes: the printer is set to another emulation (Star, ZPL…). */
    bool foreignEmulation = false;

    bool canPrint() const { return reachable && !offline && !coverOpen && !paperOut && !foreignEmulation; }
    /** What the cashier reads: one sentence to act on. */
    QString describe() const;
    /** The answers to DLE EOT 1, 2 and 4; any answer outside ESC/POS's fixed bit pattern means another emulation. */
    static PrinterStatus fromReplies(quint8 printer, quint8 offlineCause, quint8 paper);
    friend bool operator==(const PrinterStatus&, const PrinterStatus&) = default;
};

} // namespace caisse
