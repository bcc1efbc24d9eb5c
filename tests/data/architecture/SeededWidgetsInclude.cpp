// Compiled only by the test no_widgets_in_core, with core's flags: it must fail on the Widgets include.
#include "base/Money.h"

#include <QtWidgets/QMessageBox>

int seededWidgetsUse()
{
    return QMessageBox::Ok;
}
