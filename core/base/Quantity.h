#pragma once

#include <QLocale>

#include <optional>

namespace caisse {

/** A quantity in thousandths as the locale writes it: "2" for two pieces, "0,347" for 347 g in French. */
QString formatQuantity(qint64 quantityMilli, const QLocale& locale);

/** A rate in thousandths of a percent as the locale writes it, without trailing zeros: "5,5 %", "20 %". */
QString formatRate(qint32 milliPercent, const QLocale& locale);

/** A percentage as a cashier types it ("12,5", "12.5 %"), in thousandths of a percent; none beyond 0 to 100. */
std::optional<qint32> parseRate(const QString& typed, const QLocale& locale);

} // namespace caisse
