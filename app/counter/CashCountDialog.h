#pragma once

#include "cash/CashDrawer.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace caisse {

/**
 * The drawer counted by denomination, coins on the left and notes on the right, the total as it adds up: a shift's
 * float when it opens, the drawer when it closes. At a close the other payment methods (card, voucher) are counted
 * as totals, and what was expected is shown with the difference, unless the close is blind.
 */
class CashCountDialog : public QDialog
{
    Q_OBJECT

public:
    using Format = std::function<QString(qint64)>;
    using Parse = std::function<Result<qint64>(const QString&)>;

    /** A shift opening: the float, from the last close's count; whether the shift is the whole team's. */
    static CashCountDialog* opening(const QList<Denomination>& denominations, const CashCount& carried, Format format,
                                    Parse parse, QWidget* parent);
    /** A shift closing: expected, unless blind; methods other than cash counted as totals. */
    static CashCountDialog* closing(const QList<Denomination>& denominations, const ShiftExpectation& expected,
                                    bool blind, Format format, Parse parse, QWidget* parent);

    CashCount count() const;
    /** What was typed for the other methods; a method left empty is not in it (it counts as expected). */
    Result<QMap<QString, qint64>> otherCounted() const;
    bool forTheTeam() const;

private:
    CashCountDialog(const QList<Denomination>& denominations, const CashCount& initial, Format format, Parse parse,
                    QWidget* parent);
    void updateTotal();
    void checkAndAccept();

    QList<Denomination> m_denominations;
    Format m_format;
    Parse m_parse;
    QList<QSpinBox*> m_pieces;
    /** For a currency whose coins the register does not know: the cash as one total. */
    QLineEdit* m_totalLineEdit = nullptr;
    QLabel* m_totalLabel;
    QLabel* m_messageLabel;
    QCheckBox* m_teamCheckBox = nullptr;
    std::optional<qint64> m_expectedCash;
    QList<std::pair<QString, QLineEdit*>> m_otherMethods;
};

} // namespace caisse
