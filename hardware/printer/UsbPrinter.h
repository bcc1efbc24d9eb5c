#pragma once

#include "printer/EscPosPrinter.h"
#include "printer/UsbInterfaceDescription.h"
#include "printer/UsbPrinterEndpoints.h"

#include <QThread>

#include <optional>

namespace caisse {

class UsbPrinterLink;

/**
 * An ESC/POS printer on USB driven through libusb: the printer-class interface (0x07) and its bulk endpoints read from
 * the descriptor, never assumed; the kernel's usblp driver detached by libusb itself while the register holds the
 * printer and given back after (libusb_set_auto_detach_kernel_driver, which claims without the race of detaching by
 * hand). Transfers run on their own thread so that the counter never waits on USB. The device is found by VID:PID at
 * each connection, so a printer plugged into another port is found again.
 */
class UsbPrinter final : public EscPosPrinter
{
    Q_OBJECT

public:
    UsbPrinter(quint16 vendorId, quint16 productId, QObject* parent = nullptr);
    ~UsbPrinter() override;

    static std::optional<UsbPrinterEndpoints> chooseEndpoints(const QList<UsbInterfaceDescription>& interfaces);

protected:
    void openLink() override;
    bool linkOpen() const override;
    void write(const QByteArray& bytes) override;
    void closeLink() override;

private:
    QThread m_thread;
    UsbPrinterLink* m_link;
    bool m_open = false;
};

} // namespace caisse
