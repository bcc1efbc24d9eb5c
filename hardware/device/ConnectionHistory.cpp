#include "device/ConnectionHistory.h"

#include <algorithm>

namespace caisse {

void ConnectionHistory::observe(const QSet<QString>& present, qint64 nowMs)
{
    if (m_seen) {
        for (const QString& device : m_present) {
            if (!present.contains(device))
                m_disconnections[device].append(nowMs);
        }
    }
    m_present = present;
    m_seen = true;
    for (auto& times : m_disconnections)
        times.removeIf([nowMs](qint64 at) { return at <= nowMs - windowMs; });
}

QList<std::pair<QString, int>> ConnectionHistory::unstable(qint64 nowMs) const
{
    QList<std::pair<QString, int>> found;
    for (auto it = m_disconnections.cbegin(); it != m_disconnections.cend(); ++it) {
        const auto count = std::ranges::count_if(it.value(), [nowMs](qint64 at) { return at > nowMs - windowMs; });
        if (count >= unstableAfter)
            found.append({it.key(), static_cast<int>(count)});
    }
    std::ranges::sort(found);
    return found;
}

} // namespace caisse
