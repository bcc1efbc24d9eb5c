#include "StoreFaults.h"

#include "StoreState.h"

namespace caisse {

StoreFaults::StoreFaults()
    : m_windowStart(StoreState::now())
{ }

void StoreFaults::setQuota(int requestsPerWindow, int windowMs)
{
    m_quota = requestsPerWindow;
    m_windowMs = windowMs;
    m_left = requestsPerWindow;
    m_windowStart = StoreState::now();
    m_lowestLeft = std::numeric_limits<int>::max();
}

void StoreFaults::setRandomFaults(double probability, quint32 seed)
{
    m_faultProbability = probability;
    m_random.seed(seed);
}

void StoreFaults::exhaustQuota()
{
    refreshWindow();
    m_left = 0;
}

void StoreFaults::refreshWindow()
{
    if (StoreState::now() - m_windowStart >= m_windowMs) {
        m_windowStart = StoreState::now() - (StoreState::now() - m_windowStart) % m_windowMs;
        m_left = m_quota;
    }
}

StoreFaults::Fault StoreFaults::nextFault()
{
    if (!m_faults.isEmpty())
        return m_faults.takeFirst();
    if (m_faultProbability > 0 && m_random.generateDouble() < m_faultProbability)
        return static_cast<Fault>(1 + m_random.bounded(5));
    return Fault::None;
}

bool StoreFaults::admit()
{
    refreshWindow();
    if (m_left <= 0) {
        ++m_throttled;
        return false;
    }
    --m_left;
    return true;
}

QByteArray StoreFaults::rateLimitHeaders(int status)
{
    const qint64 resetMs = std::max<qint64>(0, m_windowMs - (StoreState::now() - m_windowStart));
    QByteArray headers = "X-Rate-Limit-Time-Window-Ms: " + QByteArray::number(m_windowMs) + "\r\n";
    headers += "X-Rate-Limit-Time-Reset-Ms: " + QByteArray::number(resetMs) + "\r\n";
    headers += "X-Rate-Limit-Requests-Quota: " + QByteArray::number(m_quota) + "\r\n";
    headers += "X-Rate-Limit-Requests-Left: " + QByteArray::number(std::max(0, m_left)) + "\r\n";
    m_lowestLeft = std::min(m_lowestLeft, std::max(0, m_left));
    if (status == 429)
        headers += "X-Retry-After: " + QByteArray::number((resetMs + 999) / 1000) + "\r\n";
    return headers;
}

} // namespace caisse
