#pragma once

#include "bigcommerce/StoreClient.h"

#include <QElapsedTimer>
#include <QMutex>

#include <memory>

namespace caisse {

/**
 * The online store's request quota: one per store (API address and store hash) in the whole process. The store counts
 * every request made with the register's token against one window (../shared/reference/bigcommerce/NOTES.md), so the
 * sync worker's client and each dialog's draw on the same budget and, between them, leave the reserve to the store's
 * other apps. Used from the sync's thread and the screen's: every call takes a lock.
 */
class StoreQuota
{
public:
    /** The quota of connection's store, shared by everyone in this process who calls that store. */
    static std::shared_ptr<StoreQuota> of(const StoreConnection& connection);

    /**
     * How long to wait before the next request so that reservePercent of the window is left to others; 0 means go
     * now, and the request is counted as spent at once (and in flight), so that a client on another thread sees it.
     */
    qint64 takeOrWaitMs(int reservePercent);
    /**
     * A request's answer came with the X-Rate-Limit headers: requests left, the window's quota, and when it refreshes.
     * The requests still in flight are not in that count yet: they stay spent.
     */
    void answered(int left, int quota, qint64 resetInMs);
    /** A request ended without those headers (no answer, or none from the store). */
    void unanswered();

    StoreQuota();

    /** Added to every wait for the window's reset: the store's clock and ours are not the same. */
    static constexpr qint64 kResetMarginMs = 100;
    /** Before the store has told the quota, one request at a time, this long apart at most while one is out. */
    static constexpr qint64 kFirstAnswerPollMs = 50;

private:
    QMutex m_mutex;
    QElapsedTimer m_clock;
    /** From the last answer's headers, less what was sent since: -1 until one came. */
    int m_left = -1;
    int m_quota = -1;
    qint64 m_resetAtMs = 0;
    int m_inFlight = 0;
};

} // namespace caisse
