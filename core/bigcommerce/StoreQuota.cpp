#include "bigcommerce/StoreQuota.h"

#include <QHash>

namespace caisse {

StoreQuota::StoreQuota()
{
    m_clock.start();
}

std::shared_ptr<StoreQuota> StoreQuota::of(const StoreConnection& connection)
{
    static QMutex registryMutex;
    static QHash<QString, std::weak_ptr<StoreQuota>> registry;
    const QString store = connection.baseUrl.toString() + u'|' + connection.storeHash;
    const QMutexLocker lock(&registryMutex);
    std::shared_ptr<StoreQuota> quota = registry.value(store).lock();
    if (!quota) {
        quota = std::make_shared<StoreQuota>();
        registry.insert(store, quota);
    }
    return quota;
}

qint64 StoreQuota::takeOrWaitMs(int reservePercent)
{
    const QMutexLocker lock(&m_mutex);
    // A process that has not heard the store's quota yet may be anywhere in the window: one request goes, and the
    // others wait for its headers.
    if (m_left < 0 && m_inFlight > 0)
        return kFirstAnswerPollMs;
    const int reserve = m_quota > 0 ? std::max(1, m_quota * reservePercent / 100) : 0;
    const qint64 untilReset = m_resetAtMs - m_clock.elapsed();
    if (m_left >= 0 && m_left <= reserve && untilReset > 0)
        return untilReset + kResetMarginMs;
    if (m_left > 0)
        --m_left;
    ++m_inFlight;
    return 0;
}

void StoreQuota::answered(int left, int quota, qint64 resetInMs)
{
    const QMutexLocker lock(&m_mutex);
    m_inFlight = std::max(0, m_inFlight - 1);
    m_left = std::max(0, left - m_inFlight);
    m_quota = quota;
    m_resetAtMs = m_clock.elapsed() + resetInMs;
}

void StoreQuota::unanswered()
{
    const QMutexLocker lock(&m_mutex);
    m_inFlight = std::max(0, m_inFlight - 1);
}

} // namespace caisse
