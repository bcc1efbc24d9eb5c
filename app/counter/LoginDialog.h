#pragma once

#include "access/OperatorStore.h"

#include <QDialog>
#include <QFuture>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace caisse {

/**
 * Asks for an operator's name and PIN: to log in, or for a manager to approve what a cashier may not do alone. The
 * check is the core's (OperatorStore), away from the screen's thread since a PIN's hash is slow on purpose; the dialog
 * takes no other try meanwhile. A wrong PIN keeps the dialog open with the reason.
 */
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    using Check = std::function<QFuture<Result<Operator>>(const QString& name, const QString& pin)>;

    LoginDialog(const QString& title, const QString& prompt, const QList<Operator>& operators, Check check,
                QWidget* parent = nullptr);

    /** The operator once the dialog was accepted. */
    const std::optional<Operator>& result() const { return m_result; }

private:
    void tryAccept();

    Check m_check;
    /** A check is under way: Enter and the OK button both ask for one, and one try is one check. */
    bool m_checking = false;
    std::optional<Operator> m_result;
    QComboBox* m_nameComboBox;
    QLineEdit* m_pinLineEdit;
    QLabel* m_messageLabel;
};

} // namespace caisse
