#include "VirtualPrinter.h"

#include "catalog/BarcodeBars.h"
#include "printer/EscPosEncoder.h"
#include "printer/PrinterProfile.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QPainter>
#include <QStringDecoder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <qrencode.h>

#include <memory>

namespace caisse {

namespace {

constexpr int kWidthDots = 576;
constexpr int kMargin = 8;
/** The blank border a QR code needs around it to be read, in modules (ISO/IEC 18004). */
constexpr int kQrQuietModules = 4;

/** The QR code (error correction M, as the register asks) of data, one bool per module, row by row; empty if none. */
QList<QList<bool>> qrModules(const QByteArray& data)
{
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(static_cast<int>(data.size()), reinterpret_cast<const unsigned char*>(data.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return {};
    QList<QList<bool>> modules;
    for (int y = 0; y < code->width; ++y) {
        QList<bool> row;
        for (int x = 0; x < code->width; ++x)
            row.append((code->data[y * code->width + x] & 1) != 0); // bit 0: a dark module
        modules.append(row);
    }
    return modules;
}

} // namespace

VirtualPrinter::VirtualPrinter(QString outputDir, QObject* parent)
    : QObject(parent)
    , m_outputDir(std::move(outputDir))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                const QByteArray bytes = socket->readAll();
                emit received(bytes.size());
                const QByteArray answer = feed(bytes);
                if (!answer.isEmpty())
                    socket->write(answer);
            });
        }
    });
}

bool VirtualPrinter::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 VirtualPrinter::port() const
{
    return m_server->serverPort();
}

std::optional<VirtualPrinter::Emulation> VirtualPrinter::emulationByName(QStringView name)
{
    if (name == u"escpos")
        return Emulation::EscPos;
    if (name == u"star")
        return Emulation::Star;
    if (name == u"silent")
        return Emulation::Silent;
    return std::nullopt;
}

char VirtualPrinter::status(char query) const
{
    // Every answer has the fixed bits 0xx1xx10 (../shared/reference/hardware/NOTES.md, "Decoding the DLE EOT reply").
    char answer = 0x12;
    if (query == 1 && !canPrint())
        answer |= 0x08;
    if (query == 1 && m_drawerOpen)
        answer |= 0x04;
    if (query == 2) {
        if (m_coverOpen)
            answer |= 0x04;
        if (m_paperOut)
            answer |= 0x20;
    }
    if (query == 4 && m_paperOut)
        answer |= 0x60;
    return answer;
}

QByteArray VirtualPrinter::feed(const QByteArray& bytes)
{
    using namespace escpos;
    m_pending += bytes;
    QByteArray answer;
    qsizetype at = 0;
    const auto need = [&](qsizetype count) {
        return at + count <= m_pending.size();
    };
    const auto byteAt = [&](qsizetype index) {
        return static_cast<quint8>(m_pending.at(index));
    };
    while (at < m_pending.size()) {
        const char c = m_pending.at(at);
        qsizetype used = 1;
        if (c == kDle) {
            if (!need(3))
                break;
            if (m_pending.at(at + 1) == kEot && m_emulation == Emulation::EscPos)
                answer += status(m_pending.at(at + 2));
            else if (m_pending.at(at + 1) == kEot && m_emulation == Emulation::Star)
                answer += '\x23';
            used = 3;
        } else if (!canPrint()) {
            // A printer that cannot print drops what it is sent; real-time queries above still get answers.
        } else if (c == kEsc) {
            if (!need(2))
                break;
            const char command = m_pending.at(at + 1);
            const qsizetype arguments = command == 'p' ? 3 : command == '@' ? 0 : 1;
            if (!need(2 + arguments))
                break;
            used = 2 + arguments;
            if (command == '@' && m_rollEnding) {
                // The roll ends in the next receipt: it starts, then everything after is lost.
                m_rollEnding = false;
                m_paperOut = true;
                m_text.clear();
                m_lines.clear();
                m_raw.clear();
            }
            if (command == '@') {
                m_style = {};
                m_encoding = "windows-1252";
            } else if (command == 't') {
                for (const PrinterProfile& profile : {PrinterProfile::epson(), PrinterProfile::cp858()})
                    if (profile.codePageNumber == byteAt(at + 2))
                        m_encoding = profile.encoding;
            } else if (command == 'E') {
                m_style.bold = byteAt(at + 2) != 0;
            } else if (command == 'a') {
                m_style.align = byteAt(at + 2);
            } else if (command == 'd') {
                for (int i = 0; i < byteAt(at + 2); ++i)
                    newLine();
            } else if (command == 'p') {
                ++m_drawerKicks;
                m_drawerOpen = true;
                if (m_drawerShutAfterMs > 0)
                    QTimer::singleShot(m_drawerShutAfterMs, this, &VirtualPrinter::closeDrawer);
            }
        } else if (c == kGs) {
            if (!need(2))
                break;
            const char command = m_pending.at(at + 1);
            if (command == '!') {
                if (!need(3))
                    break;
                m_style.doubleSize = byteAt(at + 2) != 0;
                used = 3;
            } else if (command == '(') {
                if (!need(5))
                    break;
                const qsizetype length = byteAt(at + 3) | (byteAt(at + 4) << 8);
                if (!need(5 + length))
                    break;
                const QByteArray body = m_pending.mid(at + 5, length);
                if (body.size() >= 3 && body.at(1) == 'P')
                    m_qrData = body.mid(3);
                else if (body.size() >= 3 && body.at(1) == 'C')
                    m_qrModuleSize = std::clamp(static_cast<int>(static_cast<quint8>(body.at(2))), 1, 16);
                else if (body.size() >= 2 && body.at(1) == 'Q') {
                    newLine();
                    Line qr = m_style;
                    qr.qrCode = m_qrData;
                    qr.qrModuleSize = m_qrModuleSize;
                    m_lines.append(qr);
                }
                used = 5 + length;
            } else if (command == 'h' || command == 'w' || command == 'H') {
                if (!need(3))
                    break;
                (command == 'h'       ? m_barcodeHeight
                     : command == 'w' ? m_barcodeModule
                                      : m_barcodeDigits)
                    = byteAt(at + 2);
                used = 3;
            } else if (command == 'k') {
                // Function A ends its data with NUL; function B (m from 65) gives its length first.
                if (!need(4))
                    break;
                const bool lengthFirst = byteAt(at + 2) >= 65;
                const qsizetype end = lengthFirst ? at + 4 + byteAt(at + 3) : m_pending.indexOf('\0', at + 3);
                if (end < 0 || !need(end - at + (lengthFirst ? 0 : 1)))
                    break;
                const QByteArray data = m_pending.mid(at + (lengthFirst ? 4 : 3), end - at - (lengthFirst ? 4 : 3));
                used = end - at + (lengthFirst ? 0 : 1);
                if (!m_text.isEmpty())
                    newLine();
                Line bars = m_style;
                bars.barcode = data;
                bars.barcodeHeight = m_barcodeHeight;
                bars.barcodeModule = std::clamp(m_barcodeModule, 1, 6);
                m_lines.append(bars);
                if (m_barcodeDigits == 2 || m_barcodeDigits == 3) {
                    Line digits = m_style;
                    digits.text = QString::fromLatin1(data);
                    m_lines.append(digits);
                }
            } else if (command == 'V') {
                if (!need(3))
                    break;
                used = m_pending.at(at + 2) == 'B' || m_pending.at(at + 2) == 'A' ? 4 : 3;
                if (!need(used))
                    break;
                m_raw += m_pending.mid(at, used);
                at += used;
                finishReceipt();
                continue;
            } else {
                used = 2;
            }
        } else if (c == '\n') {
            newLine();
        } else {
            m_text += c;
        }
        if (canPrint() || c == kDle)
            m_raw += m_pending.mid(at, used);
        at += used;
    }
    m_pending.remove(0, at);
    return answer;
}

void VirtualPrinter::newLine()
{
    Line line = m_style;
    QStringDecoder decoder(m_encoding.constData());
    line.text = decoder(m_text);
    m_text.clear();
    m_lines.append(line);
}

void VirtualPrinter::finishReceipt()
{
    if (!m_text.isEmpty())
        newLine();
    Receipt receipt;
    receipt.raw = std::exchange(m_raw, QByteArray());
    for (const Line& line : m_lines) {
        if (!line.qrCode.isEmpty())
            receipt.qrCodes.append(line.qrCode);
        else if (!line.barcode.isEmpty())
            receipt.barcodes.append(line.barcode);
        else
            receipt.lines.append(line.text);
    }
    receipt.image = render(m_lines);
    m_lines.clear();
    m_receipts.append(receipt);
    const int index = static_cast<int>(m_receipts.size());
    if (!m_outputDir.isEmpty()) {
        QDir().mkpath(m_outputDir);
        const QString base
            = QDir(m_outputDir).filePath(QStringLiteral("receipt-%1").arg(index, 4, 10, QLatin1Char('0')));
        receipt.image.save(base + QStringLiteral(".png"));
        QFile raw(base + QStringLiteral(".bin"));
        if (raw.open(QIODevice::WriteOnly))
            raw.write(receipt.raw);
    }
    if (m_paperLeft > 0 && --m_paperLeft == 0)
        m_rollEnding = true;
    emit receiptPrinted(index);
}

QImage VirtualPrinter::render(const QList<Line>& lines) const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setFamily(QStringLiteral("DejaVu Sans Mono"));
    font.setPixelSize(22);
    const int lineHeight = QFontMetrics(font).height();
    QList<QList<QList<bool>>> qrCodes;
    int height = 2 * kMargin;
    for (const Line& line : lines) {
        qrCodes.append(line.qrCode.isEmpty() ? QList<QList<bool>>() : qrModules(line.qrCode));
        const auto modules = static_cast<int>(qrCodes.last().size());
        height += !line.qrCode.isEmpty() ? (modules + 2 * kQrQuietModules) * line.qrModuleSize
            : !line.barcode.isEmpty()    ? line.barcodeHeight
            : line.doubleSize            ? 2 * lineHeight
                                         : lineHeight;
    }
    QImage image(kWidthDots, height, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::black);
    int y = kMargin;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const Line& line = lines.at(index);
        if (!line.qrCode.isEmpty()) {
            const QList<QList<bool>>& modules = qrCodes.at(index);
            const int dot = line.qrModuleSize;
            const auto side = static_cast<int>(modules.size()) * dot;
            const int left = (kWidthDots - side) / 2;
            const int top = y + kQrQuietModules * dot;
            for (qsizetype row = 0; row < modules.size(); ++row)
                for (qsizetype column = 0; column < modules.size(); ++column)
                    if (modules.at(row).at(column))
                        painter.fillRect(left + static_cast<int>(column) * dot, top + static_cast<int>(row) * dot, dot,
                                         dot, Qt::black);
            y += side + 2 * kQrQuietModules * dot;
            continue;
        }
        if (!line.barcode.isEmpty()) {
            const QList<bool> modules = eanModules(QString::fromLatin1(line.barcode));
            const auto width = static_cast<int>(modules.size()) * line.barcodeModule;
            const int left = (kWidthDots - width) / 2;
            for (qsizetype module = 0; module < modules.size(); ++module)
                if (modules.at(module))
                    painter.fillRect(left + static_cast<int>(module) * line.barcodeModule, y, line.barcodeModule,
                                     line.barcodeHeight, Qt::black);
            y += line.barcodeHeight;
            continue;
        }
        QFont lineFont = font;
        lineFont.setBold(line.bold);
        painter.setFont(lineFont);
        const int scale = line.doubleSize ? 2 : 1;
        painter.save();
        painter.translate(kMargin, y);
        painter.scale(scale, scale);
        const int width = (kWidthDots - 2 * kMargin) / scale;
        const Qt::Alignment alignment = line.align == 1 ? Qt::AlignHCenter
            : line.align == 2                           ? Qt::AlignRight
                                                        : Qt::AlignLeft;
        painter.drawText(QRect(0, 0, width, lineHeight), static_cast<int>((alignment | Qt::AlignVCenter).toInt()),
                         line.text);
        painter.restore();
        y += scale * lineHeight;
    }
    return image;
}

} // namespace caisse
