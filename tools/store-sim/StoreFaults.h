#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>

#include <limits>

namespace caisse {

/**
 * What stands between a request and the store: the rate limit of a 30-second quota window, with its headers and 429
 * (../shared/reference/bigcommerce/NOTES.md, "Rate limits"), and the faults a real connection brings, injected on
 * purpose: 5xx before or after the change was made, dropped connections before or after, slow answers.
 */
class StoreFaults
{
public:
    enum class Fault
    {
        None,
        ServerErrorBefore,
        ServerErrorAfter,
        DropBefore,
        DropAfter,
        Slow,
    };

    StoreFaults();

    void setQuota(int requestsPerWindow, int windowMs);
    /** The quota of the current window is gone (another app on the store used it). */
    void exhaustQuota();
    /** The next requests meet these faults, in order; then none. */
    void queueFaults(const QList<Fault>& faults) { m_faults += faults; }
    /** Each request meets a random fault with this probability (0–1), drawn from seed. */
    void setRandomFaults(double probability, quint32 seed);
    void setSlowAnswerMs(int delay) { m_slowMs = delay; }
    int slowAnswerMs() const { return m_slowMs; }

    /** Counts a request against the window's quota; false when none is left (the answer is a 429). */
    bool admit();
    Fault nextFault();
    /** The X-Rate-Limit headers every answer carries, and X-Retry-After on a 429. */
    QByteArray rateLimitHeaders(int status);

    /** Requests answered 429 because the window's quota was used up. */
    qint64 throttledCount() const { return m_throttled; }
    /** The fewest requests left in a window that an answer announced since setQuota(): what callers left to others. */
    int lowestRequestsLeft() const { return m_lowestLeft; }

private:
    void refreshWindow();

    int m_quota = 150;
    int m_windowMs = 30'000;
    int m_left = 150;
    qint64 m_windowStart = 0;
    qint64 m_throttled = 0;
    int m_lowestLeft = std::numeric_limits<int>::max();
    QList<Fault> m_faults;
    double m_faultProbability = 0;
    QRandomGenerator m_random;
    int m_slowMs = 3'000;
};

} // namespace caisse
