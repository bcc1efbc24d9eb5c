#pragma once

#include "base/Currency.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace caisse {

/**
 * A report as a table: typed cells, shown in the register's language and currency, exported as CSV and printed as a
 * PDF from the same values. Money stays in minor units until it is written out.
 */
class ReportTable : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Text,
        Count,
        /** Thousandths of a piece or a kilogram. */
        Quantity,
        /** Minor units of the register's currency; a null cell is a figure not known. */
        Money,
        /** Thousandths of a percent. */
        Rate,
        /** A day ("2026-10-05") or a month ("2026-10"): shown in the register's language, exported as written. */
        Period,
    };
    struct Column
    {
        QString title;
        Kind kind = Kind::Text;
    };

    ReportTable(Currency currency, QLocale locale, QObject* parent = nullptr);

    void reset(QList<Column> columns, QList<QVariantList> rows);
    const QList<QVariantList>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /** A cell as the screen shows it. */
    QString text(int row, int column) const;
    /**
     * The table as a spreadsheet opens it in the register's language: ';' between cells and the locale's decimal
     * separator when it is a comma (French spreadsheets), ',' otherwise; amounts without symbol nor grouping.
     */
    QByteArray toCsv() const;
    /** The table as HTML, under a title, for the PDF. */
    QString toHtml(const QString& title) const;

private:
    QString csvCell(int row, int column) const;

    Currency m_currency;
    QLocale m_locale;
    QList<Column> m_columns;
    QList<QVariantList> m_rows;
};

} // namespace caisse
