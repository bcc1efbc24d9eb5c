#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace caisse {

/** Where the register reads the time, so that tests can set it. */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

/** '2026-11-23T15:27:15.123Z': the one text form of a time in the database. */
QString toStorageTime(const QDateTime& time);
QDateTime fromStorageTime(const QString& text);

} // namespace caisse
