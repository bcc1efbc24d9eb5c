#pragma once

#include "base/Currency.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QLocale>

namespace caisse {

/** An amount in integer minor units (cents) of a currency. Never a floating point number. */
struct Money
{
    qint64 minor = 0;
    Currency currency = Currency::fromCode(QStringLiteral("EUR"));

    friend bool operator==(const Money&, const Money&) = default;
};

} // namespace caisse
