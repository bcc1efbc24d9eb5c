#pragma once

#include "base/Clock.h"
#include "device/ConnectionHistory.h"
#include "device/UsbDevices.h"
#include "printer/PrintSpooler.h"
#include "printer/PrinterProfile.h"
#include "sale/PrintQueue.h"
#include "storage/Settings.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QTimer>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace caisse {

/**
 * The technician's hardware doctor: the USB devices and serial ports found and what each is, in plain words (a printer
 * this user may not open, a printer in its maker's USB mode or in virtual COM mode, a scanner in keyboard mode), which
 * of them keep disconnecting, the receipt printer's state (in another emulation included) with a test print and a
 * drawer kick, the assignment of a device as the receipt printer or the scanner, and a diagnostic bundle to send to
 * support (devices, settings without secrets, recent errors).
 */
class HardwareDoctorDialog : public QDialog
{
    Q_OBJECT

public:
    /** spooler and queue are the register's own, or null when it has no printer. */
    HardwareDoctorDialog(Settings& settings, const Clock& clock, PrintQueue& queue, PrintSpooler* spooler,
                         PrinterProfile profile, QWidget* parent = nullptr);

    /** Writes the diagnostic bundle (JSON) to path. */
    Result<void> exportBundle(const QString& path);

    using DeviceLister = std::function<Result<QList<UsbDeviceInfo>>()>;
    /** Where the USB devices come from: libusb, unless replaced (tests play a cable that comes and goes). */
    void setDeviceLister(DeviceLister lister, int watchIntervalMs);

protected:
    /** Times the keys typed into the scanner check field. */
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showDevices(const Result<QList<UsbDeviceInfo>>& devices);
    /** Looks at what is connected now and names the devices that keep disconnecting. */
    void watchConnections();
    void assignSelected(bool asPrinter);
    void showPrinterStatus(const PrinterStatus& status);
    void print(const QByteArray& job);
    /** Says what the last burst into the scanner check field was: its length, timing and suffix. */
    void judgeScan(const QString& terminator);

    Settings& m_settings;
    const Clock& m_clock;
    PrintQueue& m_queue;
    PrintSpooler* m_spooler;
    PrinterProfile m_profile;
    QTableWidget* m_devicesTableWidget;
    QLabel* m_printerLabel;
    QPushButton* m_testPrintPushButton;
    QPushButton* m_openDrawerPushButton;
    QPushButton* m_exportPushButton;
    QLineEdit* m_scannerLineEdit;
    QPlainTextEdit* m_scansPlainTextEdit;
    QLabel* m_assignedLabel;
    QLabel* m_unstableLabel;
    QLineEdit* m_serialLineEdit;
    QPushButton* m_usePrinterPushButton;
    QPushButton* m_useScannerPushButton;
    DeviceLister m_lister = &UsbDevices::list;
    QList<UsbDeviceInfo> m_devices;
    QTimer m_watch;
    QElapsedTimer m_watchClock;
    ConnectionHistory m_history;
    QElapsedTimer m_keyClock;
    QList<qint64> m_keyTimes;
    QString m_usbError;
};

} // namespace caisse
