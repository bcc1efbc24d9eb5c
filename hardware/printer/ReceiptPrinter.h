#pragma once

#include "device/PosDevice.h"
#include "printer/PrinterStatus.h"

namespace caisse {

/**
 * A receipt printer, after UnifiedPOS's POSPrinter: open, claim and enable it, then output is asynchronous and ends in
 * outputComplete or outputFailed for its id; status changes come as events. Drivers (network, USB, serial) implement
 * it.
 */
class ReceiptPrinter : public PosDevice
{
    Q_OBJECT

public:
    using PosDevice::PosDevice;

    /**
     * Sends a job; outputComplete(id) once the printer has printed it, outputFailed(id) when it could not (also when
     * the printer is not enabled).
     */
    virtual void print(qint64 id, const QByteArray& job) = 0;
    virtual void queryStatus() = 0;

signals:
    void statusChanged(const caisse::PrinterStatus& status);
    void outputComplete(qint64 id);
    void outputFailed(qint64 id, const caisse::PrinterStatus& status);
};

} // namespace caisse
