#pragma once

#include <QImage>
#include <QObject>
#include <QStringList>

#include <optional>

class QTcpServer;
class QTcpSocket;

namespace caisse {

/**
 * An ESC/POS receipt printer on 127.0.0.1 (as on port 9100) for the demo store, tests and technicians: it interprets
 * the commands the register sends (text in the selected code page, bold, double size, alignment, feeds, QR codes,
 * cuts, drawer kicks, real-time status queries) and renders each receipt, at its cut, to a PNG of an 80 mm roll
 * (576 dots wide) beside its raw bytes. It can run out of paper, open its cover or go offline: it then answers status
 * queries as a real printer does and prints nothing of what it is sent.
 */
class VirtualPrinter : public QObject
{
    Q_OBJECT

public:
    struct Receipt
    {
        QByteArray raw;
        QStringList lines;
        QList<QByteArray> qrCodes;
        /** The data of each barcode printed (GS k), as sent. */
        QList<QByteArray> barcodes;
        QImage image;
    };

    explicit VirtualPrinter(QString outputDir = {}, QObject* parent = nullptr);

    bool listen(quint16 port = 0);
    quint16 port() const;

    /** Out of paper, or a new roll put in. */
    void setPaperOut(bool out)
    {
        m_paperOut = out;
        m_rollEnding = false;
    }
    void setCoverOpen(bool open) { m_coverOpen = open; }
    void setOffline(bool offline) { m_offline = offline; }
    /** The command set the printer is switched to; only EscPos prints, the others show how wrong modes look. */
    enum class Emulation
    {
        EscPos,
        /** Answers status questions with a Star automatic-status byte (0x23), not an ESC/POS status. */
        Star,
        /** Ignores status questions, as label-printer languages (ZPL, EPL) do. */
        Silent,
    };
    static std::optional<Emulation> emulationByName(QStringView name);
    void setEmulation(Emulation emulation) { m_emulation = emulation; }
    /** Runs out of paper in the receipt after this many more (-1: never). */
    void setPaperLeftForReceipts(int receipts) { m_paperLeft = receipts; }

    const QList<Receipt>& receipts() const { return m_receipts; }
    int drawerKicks() const { return m_drawerKicks; }
    /** A kicked drawer stays open, its sensor reading high, until the cashier pushes it shut. */
    void closeDrawer() { m_drawerOpen = false; }
    /** The cashier pushes the drawer shut this long after each kick; 0 (the default): only closeDrawer() does. */
    void setDrawerShutAfterMs(int milliseconds) { m_drawerShutAfterMs = milliseconds; }

    /** Interprets bytes as received on one connection; returns the bytes the printer answers. */
    QByteArray feed(const QByteArray& bytes);

signals:
    void receiptPrinted(int index);
    /** Bytes arrived from the register (before they are interpreted). */
    void received(qint64 bytes);

private:
    struct Line
    {
        QString text;
        bool bold = false;
        bool doubleSize = false;
        int align = 0;
        QByteArray qrCode;
        /** The printer's dots per QR module (GS ( k, function 167). */
        int qrModuleSize = 3;
        /** An EAN printed with GS k, drawn with the height (GS h) and module width (GS w) set before it. */
        QByteArray barcode;
        int barcodeHeight = 162;
        int barcodeModule = 3;
    };
    bool canPrint() const { return !m_paperOut && !m_coverOpen && !m_offline && m_emulation == Emulation::EscPos; }
    char status(char query) const;
    void newLine();
    void finishReceipt();
    QImage render(const QList<Line>& lines) const;

    QString m_outputDir;
    QTcpServer* m_server;
    QByteArray m_pending;
    QByteArray m_raw;
    QByteArray m_text;
    QByteArray m_encoding = "windows-1252";
    QByteArray m_qrData;
    int m_qrModuleSize = 3;
    /** GS h, GS w and GS H: what the next barcode looks like; the defaults are Epson's. */
    int m_barcodeHeight = 162;
    int m_barcodeModule = 3;
    int m_barcodeDigits = 0;
    Line m_style;
    QList<Line> m_lines;
    QList<Receipt> m_receipts;
    bool m_paperOut = false;
    bool m_coverOpen = false;
    bool m_offline = false;
    Emulation m_emulation = Emulation::EscPos;
    int m_paperLeft = -1;
    bool m_rollEnding = false;
    int m_drawerKicks = 0;
    bool m_drawerOpen = false;
    int m_drawerShutAfterMs = 0;
};

} // namespace caisse
