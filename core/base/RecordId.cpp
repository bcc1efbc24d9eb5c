#include "base/RecordId.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <array>
#include <atomic>

namespace caisse {

QString newRecordId()
{
    // Time and counter as one 60-bit number that only grows, even when the clock steps back or within a millisecond.
    static std::atomic<quint64> last {0};
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch()) << 12;
    quint64 previous = last.load();
    quint64 stamp = 0;
    do {
        stamp = std::max(now, previous + 1);
    } while (!last.compare_exchange_weak(previous, stamp));

    const quint64 random = QRandomGenerator::global()->generate64();
    std::array<char, 16> bytes {};
    const quint64 milliseconds = stamp >> 12;
    for (std::size_t i = 0; i < 6; ++i)
        bytes[i] = char(milliseconds >> (40 - 8 * i));
    bytes[6] = char(0x70 | ((stamp >> 8) & 0x0F)); // version 7
    bytes[7] = char(stamp);
    bytes[8] = char(0x80 | ((random >> 56) & 0x3F)); // RFC 9562 variant
    for (std::size_t i = 9; i < 16; ++i)
        bytes[i] = char(random >> (8 * (15 - i)));
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), bytes.size())).toString(QUuid::WithoutBraces);
}

} // namespace caisse
