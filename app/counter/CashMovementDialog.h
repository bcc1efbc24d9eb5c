#pragma once

#include "base/Result.h"
#include "cash/CashDrawer.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace caisse {

/**
 * Cash put in or taken out of the drawer, or the drawer opened without a sale, with its reason (the usual ones a
 * keystroke away). The movement is tried when the operator confirms; a refusal is said in the dialog, which stays open.
 */
class CashMovementDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        CashIn,
        CashOut,
        NoSale,
    };
    Q_ENUM(Kind)

    using Apply = std::function<Result<void>(Kind kind, const QString& typedAmount, const QString& reason)>;

    CashMovementDialog(Kind kind, Apply apply, QWidget* parent = nullptr);

private:
    void showReasonsOf(Kind kind);
    void tryMove();

    Apply m_apply;
    QComboBox* m_kindComboBox;
    QLineEdit* m_amountLineEdit;
    QComboBox* m_reasonComboBox;
    QLabel* m_messageLabel;
};

} // namespace caisse
