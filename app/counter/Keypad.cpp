#include "counter/Keypad.h"

#include <QApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>

namespace caisse {

Keypad::Keypad(QWidget* target, const QLocale& locale, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("keypad"));
    struct Key
    {
        QString label;
        Qt::Key key;
        QString text;
    };
    const QString comma = locale.decimalPoint();
    // A telephone's order is not a till's: 7 8 9 on top, as on a calculator and a payment terminal.
    const QList<QList<Key>> rows {
        {{QStringLiteral("7"), Qt::Key_7, QStringLiteral("7")},
         {QStringLiteral("8"), Qt::Key_8, QStringLiteral("8")},
         {QStringLiteral("9"), Qt::Key_9, QStringLiteral("9")},
         {QStringLiteral("⌫"), Qt::Key_Backspace, {}}},
        {{QStringLiteral("4"), Qt::Key_4, QStringLiteral("4")},
         {QStringLiteral("5"), Qt::Key_5, QStringLiteral("5")},
         {QStringLiteral("6"), Qt::Key_6, QStringLiteral("6")},
         {QStringLiteral("×"), Qt::Key_multiply, QStringLiteral("×")}},
        {{QStringLiteral("1"), Qt::Key_1, QStringLiteral("1")},
         {QStringLiteral("2"), Qt::Key_2, QStringLiteral("2")},
         {QStringLiteral("3"), Qt::Key_3, QStringLiteral("3")},
         {QStringLiteral("C"), Qt::Key_Escape, {}}},
        {{QStringLiteral("0"), Qt::Key_0, QStringLiteral("0")},
         {QStringLiteral("00"), Qt::Key_0, QStringLiteral("00")},
         {comma, Qt::Key_Comma, comma},
         {QStringLiteral("↵"), Qt::Key_Return, {}}},
    };
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.5);
    large.setBold(true);
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows[row].size(); ++column) {
            const Key key = rows[row][column];
            auto* button = new QPushButton(key.label, this);
            button->setObjectName(QStringLiteral("keypad_%1").arg(key.label));
            button->setFont(large);
            button->setMinimumSize(56, 52);
            button->setFocusPolicy(Qt::NoFocus);
            connect(button, &QPushButton::clicked, target, [target, key] {
                if (key.key == Qt::Key_Escape) {
                    if (auto* field = qobject_cast<QLineEdit*>(target))
                        field->clear();
                    return;
                }
                QKeyEvent press(QEvent::KeyPress, key.key, Qt::NoModifier, key.text);
                QKeyEvent release(QEvent::KeyRelease, key.key, Qt::NoModifier, key.text);
                QApplication::sendEvent(target, &press);
                QApplication::sendEvent(target, &release);
            });
            grid->addWidget(button, row, column);
        }
    }
}

} // namespace caisse
