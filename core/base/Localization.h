#pragma once

#include <QLocale>

namespace caisse {

/**
 * Makes locale the default for numbers, dates and money, and installs the French or English translation of Caisse
 * and of Qt's own texts. Call once the application object exists.
 */
void installTranslations(const QLocale& locale);

} // namespace caisse
