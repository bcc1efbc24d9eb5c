#pragma once

#include <QString>
#include <QStringList>

namespace caisse::Csv {

/** A field as RFC 4180 writes it: in double quotes, its quotes doubled, when it holds the separator, a quote or a line
 * break. */
QString field(const QString& text, QChar separator);

/** A fixed-point number written with its decimals: decimal(-1250, 100, 2, '.') is "-12.50". */
QString decimal(qint64 value, qint64 unit, int digits, QChar point);

/**
 * Records of an RFC 4180 file, one at a time, each with the line it starts on (a quoted field may hold line breaks).
 * Written by hand: Qt has no CSV reader, and the files are read by the hundred thousand lines, where a generic parser
 * library would add a dependency for twenty lines of code.
 */
class Reader
{
public:
    /** text without its byte order mark. */
    explicit Reader(QStringView text);

    /** The next record into fields, and the line it starts on; false at the end of the text. */
    bool next(QStringList& fields, int& line);
    /** Set when a quoted field was left open at the end of the text. */
    bool unterminated() const { return m_unterminated; }

private:
    QStringView m_text;
    qsizetype m_position = 0;
    int m_line = 1;
    bool m_unterminated = false;
};

} // namespace caisse::Csv
