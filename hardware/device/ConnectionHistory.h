#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace caisse {

/**
 * Which devices keep going away and coming back: a worn cable, an unpowered hub, USB autosuspend or a printer resetting
 * itself shows as a device that disconnects several times in a few minutes, which users describe as "it connects and
 * disconnects in a loop". Fed with what is present at each look (USB ids, or a named link such as the receipt
 * printer), it counts the disconnections of each device within a sliding window.
 */
class ConnectionHistory
{
public:
    static constexpr qint64 windowMs = 2 * 60 * 1000;
    static constexpr int unstableAfter = 3;

    /** What is connected at nowMs. */
    void observe(const QSet<QString>& present, qint64 nowMs);
    /** The devices that disconnected at least unstableAfter times in the window ending at nowMs, with the count. */
    QList<std::pair<QString, int>> unstable(qint64 nowMs) const;

private:
    QSet<QString> m_present;
    bool m_seen = false;
    QHash<QString, QList<qint64>> m_disconnections;
};

} // namespace caisse
