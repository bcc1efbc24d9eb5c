#pragma once

#include "base/Clock.h"

#include <QDateTime>

namespace caisse {

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace caisse
