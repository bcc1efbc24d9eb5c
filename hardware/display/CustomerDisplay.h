#pragma once

#include "device/PosDevice.h"
#include "device/SerialLine.h"

class QSerialPort;

namespace caisse {

/**
 * The customer-facing pole display after UnifiedPOS's LineDisplay: two lines of twenty characters on a serial port
 * (9600 8N1 on most), driven with the Epson command set most VFD displays accept (ESC @ to reset, FF to clear, US $ x y
 * to place the cursor; ../shared/reference/hardware/NOTES.md). French text goes through code page 858, which has the
 * accented letters and €; letters it lacks (œ) are spelled out. A display that is missing never stops a sale: its
 * output is dropped, and it is opened again at the next message.
 */
class CustomerDisplay final : public PosDevice
{
    Q_OBJECT

public:
    static constexpr int columns = 20;

    CustomerDisplay(QString portName, SerialLine line, QObject* parent = nullptr);

    /** Shows two lines, each cut or padded to the display's width; the second is right-aligned, as amounts are. */
    void show(const QString& top, const QString& bottom);
    /** The bytes that show these two lines. */
    static QByteArray encode(const QString& top, const QString& bottom);

protected:
    Result<void> onEnable() override;
    void onDisable() override;

private:
    bool ensureOpen();

    SerialLine m_line;
    QSerialPort* m_port;
};

} // namespace caisse
