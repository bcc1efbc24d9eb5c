#pragma once

#include "base/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace caisse {

/**
 * The counter window's figures on the catalog at path, offscreen (caisse-bench --gui):
 * - scan_to_paint_p99_ms: from the scanner's Enter in the scan field to the ticket's new line painted;
 * - stocktake_scan_p99_ms: each of scanCodes counted in the stocktake window (measureStocktakeScans);
 * - search_p99_ms: from each keystroke of the queries typed in the article search to its results painted;
 * - gui_stall_max_ms: the longest time the GUI thread processes no event while 200 sales of three scans and a cash
 *   payment are rung up, each step posted as a cashier's input, and the store sync runs beside them against the store
 *   emulator (on its own thread, as a real store is another machine).
 * scanCodes are the barcodes scanned, in turn; the first syncedArticles of them are also sold online.
 */
Result<QJsonObject> measureCounter(const QString& path, const QStringList& scanCodes, const QStringList& queries,
                                   int samples);

} // namespace caisse
