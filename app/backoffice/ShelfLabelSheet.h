#pragma once

#include "catalog/ShelfLabels.h"

class QPainter;

namespace caisse {

/**
 * Shelf labels on A4 sheets of 3 × 7 labels of 70 × 42.3 mm (the common 21-label sheet), each with its name, price,
 * price per kilogram or litre, and its EAN drawn with bars of a whole number of device dots, so that it scans.
 */
class ShelfLabelSheet
{
public:
    static constexpr int kPerPage = 21;

    /** Paints up to kPerPage labels on painter's device, which is an A4 page (a PDF page or an image of one). */
    static void paintPage(QPainter& painter, const QList<ShelfLabel>& labels, const Currency& currency,
                          const QLocale& locale);
    /** Writes every label to a PDF at path, as many pages as they need; false when it cannot be written. */
    static bool savePdf(const QString& path, const QList<ShelfLabel>& labels, const Currency& currency,
                        const QLocale& locale);
};

} // namespace caisse
