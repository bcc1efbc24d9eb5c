#pragma once

#include "PrintQueue.h"
#include "PrintSpooler.h"
#include "PrinterProfile.h"
#include "Settings.h"

#include <QDialog>
#include <QElapsedTimer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace caisse {

/**
 * The technician's hardware doctor: the USB devices found and what each is, in plain words (a printer this user may
 * not open, a printer in virtual COM mode, a scanner in keyboard mode), the receipt printer's state with a test print
 * and a drawer kick, and a diagnostic bundle to send to support (devices, settings without secrets, recent errors).
 */
class HardwareDoctorDialog : public QDialog
{
    Q_OBJECT

public:
    /** spooler and queue are the register's own, or null when it has no printer. */
    HardwareDoctorDialog(Settings& settings, PrintQueue& queue, PrintSpooler* spooler, PrinterProfile profile,
                         QWidget* parent = nullptr);

    /** Writes the diagnostic bundle (JSON) to path. */
    Result<void> exportBundle(const QString& path);

protected:
    /** Times the keys typed into the scanner check field. */
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refreshDevices();
    void showPrinterStatus(const PrinterStatus& status);
    void print(const QByteArray& job);
    /** Says what the last burst into the scanner check field was: its length, timing and suffix. */
    void judgeScan(const QString& terminator);

    Settings& m_settings;
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
    QElapsedTimer m_keyClock;
    QList<qint64> m_keyTimes;
    QString m_usbError;
};

} // namespace caisse
