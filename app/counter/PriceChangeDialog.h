#pragma once

#include "base/Result.h"
#include "sale/CounterSession.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace caisse {

/**
 * A discount or a new price at the counter, with its reason: on the selected line or the whole ticket. The change is
 * tried when the cashier confirms; a refusal is said in the dialog, which stays open with what was typed.
 */
class PriceChangeDialog : public QDialog
{
    Q_OBJECT

public:
    using Apply
        = std::function<Result<void>(CounterSession::PriceChange change, const QString& typed, const QString& reason)>;

    /** lineSelected: the line changes are offered (the ticket's discount always is). */
    PriceChangeDialog(bool lineSelected, Apply apply, QWidget* parent = nullptr);

private:
    void tryChange();

    Apply m_apply;
    QComboBox* m_changeComboBox;
    QLineEdit* m_valueLineEdit;
    QComboBox* m_reasonComboBox;
    QLabel* m_messageLabel;
};

} // namespace caisse
