#include "backoffice/DialogParts.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace caisse {

QLabel* refusalLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("messageLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    return label;
}

void tell(QLabel* label, const QString& message, bool done)
{
    label->setStyleSheet(done ? QStringLiteral("color: #1b5e20; font-weight: bold;")
                              : QStringLiteral("color: #b00020; font-weight: bold;"));
    label->setText(message);
}

void scannerSafe(QDialogButtonBox* buttons)
{
    for (QAbstractButton* button : buttons->buttons()) {
        button->setMinimumHeight(kTouchHeight);
        if (auto* push = qobject_cast<QPushButton*>(button))
            push->setAutoDefault(false);
    }
}

QDialogButtonBox* touchOkCancel(QDialog* dialog, const std::function<void()>& tryAccept)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    for (QAbstractButton* button : buttons->buttons())
        button->setMinimumHeight(kTouchHeight);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, tryAccept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace caisse
