#include "base/Csv.h"

namespace caisse::Csv {

QString field(const QString& text, QChar separator)
{
    if (!text.contains(separator) && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    return u'"' + quoted.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QString decimal(qint64 value, qint64 unit, int digits, QChar point)
{
    const qint64 magnitude = value < 0 ? -value : value;
    QString out = (value < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / unit);
    if (digits > 0)
        out += point + QStringLiteral("%1").arg(magnitude % unit, digits, 10, QLatin1Char('0'));
    return out;
}

Reader::Reader(QStringView text)
    : m_text(text)
{ }

bool Reader::next(QStringList& fields, int& line)
{
    fields.clear();
    if (m_position >= m_text.size())
        return false;
    line = m_line;
    QString current;
    bool quoted = false;
    while (m_position < m_text.size()) {
        const QChar c = m_text[m_position++];
        if (quoted) {
            if (c == u'"') {
                if (m_position < m_text.size() && m_text[m_position] == u'"') {
                    current += u'"';
                    ++m_position;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++m_line;
                current += c;
            }
            continue;
        }
        if (c == u'"' && current.isEmpty()) {
            quoted = true;
        } else if (c != u',' && c != u'\r' && c != u'\n') {
            // The rest of an unquoted field in one piece: most fields of a catalog are.
            qsizetype end = m_position;
            while (end < m_text.size() && m_text[end] != u',' && m_text[end] != u'\r' && m_text[end] != u'\n')
                ++end;
            current += m_text.sliced(m_position - 1, end - m_position + 1);
            m_position = end;
        } else if (c == u',') {
            fields << current;
            current.clear();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && m_position < m_text.size() && m_text[m_position] == u'\n')
                ++m_position;
            ++m_line;
            fields << current;
            return true;
        }
    }
    m_unterminated = quoted;
    fields << current;
    return true;
}

} // namespace caisse::Csv
