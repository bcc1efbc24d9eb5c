#pragma once

#include "scanner/BarcodeScanner.h"
#include "scanner/HidPosReports.h"

#include <optional>

namespace caisse {

class DeviceFile;

/**
 * A USB scanner in HID POS mode, read through Linux's hidraw device: the kernel keeps its HID driver, so nothing needs
 * detaching, the scanner types nowhere, and the udev rules give this user access. Set by VID:PID ("0c2e:0b8f", found
 * again under whatever /dev/hidrawN it gets at each plug) or by a device path.
 */
class HidPosScanner final : public BarcodeScanner
{
    Q_OBJECT

public:
    explicit HidPosScanner(QString device, QObject* parent = nullptr);

    /**
     * The hidrawN node of the device with these ids that reports on the bar code scanner usage page, looking in
     * sysRoot (/sys normally).
     */
    static std::optional<QString> findNode(const QString& sysRoot, quint16 vendorId, quint16 productId);
    /** Where the system describes and puts its devices (/sys and /dev), replaced by tests. */
    void setSystemRoots(const QString& sysRoot, const QString& devRoot)
    {
        m_sysRoot = sysRoot;
        m_devRoot = devRoot;
    }

protected:
    Result<void> openInput() override;
    void closeInput() override;
    QString name() const override;

private:
    QString m_device;
    QString m_sysRoot = QStringLiteral("/sys");
    QString m_devRoot = QStringLiteral("/dev");
    DeviceFile* m_file = nullptr;
    HidPosReports m_reports;
};

} // namespace caisse
