#pragma once

#include "base/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace caisse {

class CounterSession;

/**
 * monthly_report_ms: a month of 1,000,000 ticket lines (generated once in dir, then reused): from opening the reports
 * window on that month to its report by day painted, then to its report by article painted; the median of five runs
 * (monthly_report_max_ms: the slowest).
 */
Result<QJsonObject> measureMonthlyReport(const QString& dir);

/**
 * stocktake_scan_p99_ms: in the stocktake window on session's catalog, from the scanner's Enter to the article's count
 * written and said on screen. The count is abandoned afterwards, so the catalog can be reused.
 */
Result<QJsonObject> measureStocktakeScans(CounterSession& session, const QStringList& scanCodes);

} // namespace caisse
