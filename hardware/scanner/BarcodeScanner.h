#pragma once

#include "device/PosDevice.h"
#include "scanner/ScanData.h"

#include <QTimer>

namespace caisse {

/**
 * A barcode scanner after UnifiedPOS's Scanner: once enabled, every label read arrives as dataReceived; the scanner
 * going away or coming back arrives as statusChanged with a sentence for the counter. Drivers only open, read and
 * close their input; this class keeps trying to open it again every reconnect interval while it is missing, so a
 * scanner plugged back in works without restarting the register.
 */
class BarcodeScanner : public PosDevice
{
    Q_OBJECT

public:
    bool connected() const { return m_connected; }
    void setReconnectIntervalMs(int interval) { m_reconnect.setInterval(interval); }

signals:
    void dataReceived(const caisse::ScanData& data);
    void statusChanged(bool connected, const QString& description);

protected:
    explicit BarcodeScanner(QObject* parent = nullptr);

    Result<void> onEnable() override;
    void onDisable() override;

    /** Opens the input; an error carries the sentence shown while the scanner is missing. */
    virtual Result<void> openInput() = 0;
    virtual void closeInput() = 0;
    /** What the scanner is called in messages ("the scanner on /dev/ttyACM0"). */
    virtual QString name() const = 0;

    void inputLost(const QString& reason);

private:
    void tryOpen();
    void setConnected(bool connected, const QString& description);

    QTimer m_reconnect;
    bool m_connected = false;
};

} // namespace caisse

Q_DECLARE_METATYPE(caisse::ScanData)
