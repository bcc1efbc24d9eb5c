#pragma once

#include "base/Result.h"

#include <QTest>

// QVERIFY2 evaluates its message even on success, and a Result's error may be read only when there is one; the
// expression is evaluated once, since it may be a commit.
#define QVERIFY_RESULT(expression)                                                                                     \
    do {                                                                                                               \
        const auto& checkedResult = (expression);                                                                      \
        QVERIFY2(checkedResult.has_value(),                                                                            \
                 checkedResult.has_value() ? "" : qPrintable(checkedResult.error().message));                          \
    } while (false)
