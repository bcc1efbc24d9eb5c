#include "backoffice/ReportTable.h"

#include "base/Csv.h"
#include "base/MoneyFormat.h"
#include "base/Quantity.h"

#include <QDate>

namespace caisse {

ReportTable::ReportTable(Currency currency, QLocale locale, QObject* parent)
    : QAbstractTableModel(parent)
    , m_currency(std::move(currency))
    , m_locale(std::move(locale))
{ }

void ReportTable::reset(QList<Column> columns, QList<QVariantList> rows)
{
    beginResetModel();
    m_columns = std::move(columns);
    m_rows = std::move(rows);
    endResetModel();
}

int ReportTable::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReportTable::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QString ReportTable::text(int row, int column) const
{
    const QVariant& value = m_rows.at(row).at(column);
    switch (m_columns.at(column).kind) {
    case Kind::Text:
        return value.toString();
    case Kind::Count:
        return m_locale.toString(value.toLongLong());
    case Kind::Quantity:
        return formatQuantity(value.toLongLong(), m_locale);
    case Kind::Money:
        return value.isNull() ? QStringLiteral("—")
                              : MoneyFormat::formatAmount(value.toLongLong(), m_currency, m_locale);
    case Kind::Rate:
        return m_locale.toString(static_cast<double>(value.toLongLong()) / 1000.0, 'g', 6) + QStringLiteral("\u00a0%");
    case Kind::Period: {
        const QString period = value.toString();
        return period.size() == 7
            ? m_locale.toString(QDate::fromString(period, QStringLiteral("yyyy-MM")), QStringLiteral("MMMM yyyy"))
            : m_locale.toString(QDate::fromString(period, Qt::ISODate), QLocale::ShortFormat);
    }
    }
    return {};
}

QVariant ReportTable::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::DisplayRole)
        return text(index.row(), index.column());
    if (role == Qt::TextAlignmentRole && m_columns.at(index.column()).kind != Kind::Text
        && m_columns.at(index.column()).kind != Kind::Period)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ReportTable::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
        return m_columns.at(section).title;
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString ReportTable::csvCell(int row, int column) const
{
    const QVariant& value = m_rows.at(row).at(column);
    const QChar point = m_locale.decimalPoint() == u',' ? u',' : u'.';
    const QChar separator = point == u',' ? u';' : u',';
    switch (m_columns.at(column).kind) {
    case Kind::Period:
        return value.toString();
    case Kind::Text:
        return Csv::field(value.toString(), separator);
    case Kind::Count:
        return QString::number(value.toLongLong());
    case Kind::Quantity:
        return Csv::decimal(value.toLongLong(), 1000, 3, point);
    case Kind::Money:
        return value.isNull()
            ? QString()
            : Csv::decimal(value.toLongLong(), m_currency.minorPerMajor(), m_currency.exponent(), point);
    case Kind::Rate:
        return Csv::decimal(value.toLongLong(), 1000, 3, point);
    }
    return {};
}

QByteArray ReportTable::toCsv() const
{
    const QString separator = m_locale.decimalPoint() == u',' ? QStringLiteral(";") : QStringLiteral(",");
    QStringList lines;
    QStringList header;
    for (const Column& column : m_columns)
        header << column.title;
    lines << header.join(separator);
    for (int row = 0; row < m_rows.size(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_columns.size(); ++column)
            cells << csvCell(row, column);
        lines << cells.join(separator);
    }
    // The byte order mark tells spreadsheets the file is UTF-8, so accents survive.
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QString ReportTable::toHtml(const QString& title) const
{
    QString html
        = QStringLiteral("<h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>")
              .arg(title.toHtmlEscaped());
    for (const Column& column : m_columns)
        html += QStringLiteral("<th>%1</th>").arg(column.title.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int row = 0; row < m_rows.size(); ++row) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < m_columns.size(); ++column)
            html += QStringLiteral("<td align=\"%1\">%2</td>")
                        .arg(m_columns.at(column).kind == Kind::Text || m_columns.at(column).kind == Kind::Period
                                 ? QStringLiteral("left")
                                 : QStringLiteral("right"),
                             text(row, column).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace caisse
