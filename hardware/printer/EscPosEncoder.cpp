#include "printer/EscPosEncoder.h"

#include <QStringEncoder>

namespace caisse {

using namespace escpos;

namespace {

QByteArray bytesOf(std::initializer_list<int> values)
{
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(values.size()));
    for (int value : values)
        bytes += static_cast<char>(value);
    return bytes;
}

} // namespace

EscPosEncoder::EscPosEncoder(PrinterProfile profile)
    : m_profile(std::move(profile))
{ }

EscPosEncoder& EscPosEncoder::initialise()
{
    m_bytes += bytesOf({kEsc, '@', kEsc, 't', static_cast<int>(m_profile.codePageNumber)});
    return *this;
}

EscPosEncoder& EscPosEncoder::text(const QString& text)
{
    QStringEncoder encoder(m_profile.encoding.constData());
    QString printable = text;
    // Letters some code pages lack, written the way French does without them.
    if (m_profile.encoding != "windows-1252")
        printable.replace(u'œ', QStringLiteral("oe")).replace(u'Œ', QStringLiteral("OE"));
    m_bytes += QByteArray(encoder(printable));
    return *this;
}

EscPosEncoder& EscPosEncoder::line(const QString& text)
{
    this->text(text);
    m_bytes += '\n';
    return *this;
}

EscPosEncoder& EscPosEncoder::bold(bool on)
{
    m_bytes += bytesOf({kEsc, 'E', static_cast<int>(on ? 1 : 0)});
    return *this;
}

EscPosEncoder& EscPosEncoder::align(Align align)
{
    m_bytes += bytesOf({kEsc, 'a', static_cast<int>(align)});
    return *this;
}

EscPosEncoder& EscPosEncoder::feed(quint8 lines)
{
    m_bytes += bytesOf({kEsc, 'd', static_cast<int>(lines)});
    return *this;
}

EscPosEncoder& EscPosEncoder::doubleSize(bool on)
{
    m_bytes += bytesOf({kGs, '!', on ? 0x11 : 0x00});
    return *this;
}

EscPosEncoder& EscPosEncoder::ean(const QString& digits)
{
    const QByteArray data = (digits.size() == 12 ? u'0' + digits : digits).toLatin1();
    // 120 dots high (15 mm), modules of 3 dots (0.375 mm, near GS1's nominal 0.33), digits below; function B: m = 67
    // EAN-13, 68 EAN-8.
    m_bytes += bytesOf({kGs, 'h', 120, kGs, 'w', 3, kGs, 'H', 2, kGs, 'k', data.size() == 8 ? 68 : 67,
                        static_cast<int>(data.size())})
        + data;
    return *this;
}

EscPosEncoder& EscPosEncoder::qrCode(const QByteArray& data, quint8 moduleSize)
{
    const auto function = [&](const QByteArray& body) {
        const qsizetype length = body.size();
        m_bytes += bytesOf({kGs, '(', 'k', static_cast<int>(length & 0xFF), static_cast<int>(length >> 8)}) + body;
    };
    function(bytesOf({'1', 'A', '2', '\0'}));
    function(bytesOf({'1', 'C', static_cast<int>(moduleSize)}));
    function(bytesOf({'1', 'E', '1'}));
    function(bytesOf({'1', 'P', '0'}) + data);
    function(bytesOf({'1', 'Q', '0'}));
    return *this;
}

EscPosEncoder& EscPosEncoder::cut()
{
    m_bytes += bytesOf({kGs, 'V', 'B', 3});
    return *this;
}

EscPosEncoder& EscPosEncoder::openDrawer()
{
    m_bytes += bytesOf({kEsc, 'p', static_cast<int>(m_profile.drawerPin), static_cast<int>(m_profile.drawerOnTime),
                        static_cast<int>(m_profile.drawerOffTime)});
    return *this;
}

} // namespace caisse
