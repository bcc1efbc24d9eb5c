#pragma once

#include <QWidget>

namespace caisse {

/**
 * The counter's numeric keypad for a touch screen: digits, the decimal comma, × (the quantity of the next article),
 * erase, clear and Enter, typed into target as its keys would be (so that the scan field reacts as to the keyboard).
 */
class Keypad : public QWidget
{
    Q_OBJECT

public:
    Keypad(QWidget* target, const QLocale& locale, QWidget* parent = nullptr);
};

} // namespace caisse
