#include "sale/WedgeScanDetector.h"

namespace caisse {

WedgeScanDetector::WedgeScanDetector()
    : WedgeScanDetector(Settings {})
{ }

WedgeScanDetector::WedgeScanDetector(Settings settings)
    : m_settings(std::move(settings))
{ }

std::optional<QString> WedgeScanDetector::key(QChar c, qint64 timeMs)
{
    const bool continues = !m_burst.isEmpty() && timeMs - m_lastMs <= m_settings.maxGapMs;
    if (!m_burst.isEmpty() && !continues)
        m_typing += std::exchange(m_burst, QString());
    m_lastMs = timeMs;
    if (m_settings.terminators.contains(c)) {
        if (m_burst.size() >= m_settings.minLength)
            return std::exchange(m_burst, QString());
        m_typing += std::exchange(m_burst, QString()) + c;
        return std::nullopt;
    }
    m_burst += c;
    return std::nullopt;
}

void WedgeScanDetector::reset()
{
    m_burst.clear();
    m_typing.clear();
}

QString WedgeScanDetector::takeTyping()
{
    return std::exchange(m_typing, QString());
}

std::optional<QString> WedgeScanDetector::digitsFromAzertyRow(const QString& text)
{
    static const QString row = QStringLiteral("&é\"'(-è_çà");
    QString digits;
    for (const QChar c : text) {
        const qsizetype at = row.indexOf(c);
        if (at < 0)
            return std::nullopt;
        digits += QChar(u'0' + static_cast<char16_t>((at + 1) % 10));
    }
    if (digits.isEmpty())
        return std::nullopt;
    return digits;
}

} // namespace caisse
