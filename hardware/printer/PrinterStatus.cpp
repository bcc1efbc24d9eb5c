#include "printer/PrinterStatus.h"

#include <QCoreApplication>

namespace caisse {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(caisse::PrinterStatus)

public:
    static QString of(const PrinterStatus& status)
    {
        if (status.foreignEmulation)
            return tr("The receipt printer answers, but not in ESC/POS: it is set to another emulation. Switch it to "
                      "ESC/POS with its setup utility or DIP switches (see its self-test page).");
        if (status.silent)
            return tr("The receipt printer is connected but does not answer ESC/POS status questions: it is set to "
                      "another emulation, or busy. Print its self-test page to see its mode.");
        if (!status.reachable)
            return tr("The receipt printer does not answer: check that it is on and connected.");
        if (status.coverOpen)
            return tr("The receipt printer's cover is open: close it.");
        if (status.paperOut)
            return tr("The receipt printer is out of paper: put in a new roll. Waiting receipts will print then.");
        if (status.offline)
            return tr("The receipt printer is offline: check its light and buttons.");
        if (status.paperNearEnd)
            return tr("The receipt printer's paper roll is nearly finished.");
        return tr("The receipt printer is ready.");
    }
};

} // namespace

QString PrinterStatus::describe() const
{
    return Texts::of(*this);
}

PrinterStatus PrinterStatus::fromReplies(quint8 printer, quint8 offlineCause, quint8 paper)
{
    // Bit layouts of ../shared/reference/hardware/NOTES.md ("Decoding the DLE EOT reply").
    PrinterStatus status;
    status.reachable = true;
    constexpr auto isEscPosStatus = [](quint8 reply) {
        return (reply & 0x93) == 0x12;
    };
    if (!isEscPosStatus(printer) || !isEscPosStatus(offlineCause) || !isEscPosStatus(paper)) {
        status.foreignEmulation = true;
        return status;
    }
    status.offline = (printer & 0x08) != 0;
    status.drawerPinHigh = (printer & 0x04) != 0;
    status.coverOpen = (offlineCause & 0x04) != 0;
    status.paperOut = (offlineCause & 0x20) != 0 || (paper & 0x60) == 0x60;
    status.paperNearEnd = (paper & 0x0C) == 0x0C;
    return status;
}

} // namespace caisse
