#pragma once

#include "Result.h"

#include <QTest>

// QVERIFY2 evaluates its message even on success; a Result's error may be read only when there is one.
#define QVERIFY_RESULT(result)                                                                                         \
    QVERIFY2((result).has_value(), (result).has_value() ? "" : qPrintable((result).error().message))
