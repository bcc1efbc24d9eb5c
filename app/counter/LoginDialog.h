#pragma once

#include "access/Operators.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace caisse {

/**
 * Asks for an operator's name and PIN: to log in, or for a manager to approve what a cashier may not do alone. The
 * check is the core's (OperatorStore); a wrong PIN keeps the dialog open with the reason.
 */
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    using Check = std::function<Result<Operator>(const QString& name, const QString& pin)>;

    LoginDialog(const QString& title, const QString& prompt, const QList<Operator>& operators, Check check,
                QWidget* parent = nullptr);

    /** The operator once the dialog was accepted. */
    const std::optional<Operator>& result() const { return m_result; }

private:
    void tryAccept();

    Check m_check;
    std::optional<Operator> m_result;
    QComboBox* m_nameComboBox;
    QLineEdit* m_pinLineEdit;
    QLabel* m_messageLabel;
};

} // namespace caisse
