#include "backoffice/ShelfLabelSheet.h"

#include "catalog/BarcodeBars.h"

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace caisse {

namespace {

constexpr double kPageWidthMm = 210;
constexpr double kLabelWidthMm = 70;
constexpr double kLabelHeightMm = 42.3;
constexpr double kTopMarginMm = (297 - 7 * kLabelHeightMm) / 2;
/** GS1's nominal EAN module is 0.33 mm; the label's is the nearest whole number of dots, never under two. */
constexpr double kModuleMm = 0.33;
/** GS1's quiet zones: 11 modules before an EAN-13, 7 after. */
constexpr int kQuietModules = 11;

} // namespace

void ShelfLabelSheet::paintPage(QPainter& painter, const QList<ShelfLabel>& labels, const Currency& currency,
                                const QLocale& locale)
{
    const double dotsPerMm = painter.device()->width() / kPageWidthMm;
    const auto dots = [dotsPerMm](double mm) {
        return int(std::lround(mm * dotsPerMm));
    };
    const int module = std::max(2, dots(kModuleMm));
    painter.save();
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (qsizetype index = 0; index < std::min<qsizetype>(labels.size(), kPerPage); ++index) {
        const ShelfLabel& label = labels.at(index);
        const QRect cell(dots(int(index % 3) * kLabelWidthMm), dots(kTopMarginMm + int(index / 3) * kLabelHeightMm),
                         dots(kLabelWidthMm), dots(kLabelHeightMm));
        const QRect inner = cell.adjusted(dots(3), dots(2.5), -dots(3), -dots(2));
        painter.setPen(QPen(Qt::lightGray, 1));
        painter.drawRect(cell);
        painter.setPen(Qt::black);

        QFont name = painter.font();
        name.setPixelSize(dots(3.6));
        name.setBold(true);
        painter.setFont(name);
        const QRect nameBox(inner.left(), inner.top(), inner.width(), dots(9));
        painter.drawText(nameBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, label.name);

        QFont price = name;
        price.setPixelSize(dots(8));
        painter.setFont(price);
        const QRect priceBox(inner.left(), nameBox.bottom(), inner.width(), dots(10));
        painter.drawText(priceBox, Qt::AlignRight | Qt::AlignVCenter, ShelfLabels::priceText(label, currency, locale));

        QFont small = name;
        small.setBold(false);
        small.setPixelSize(dots(3));
        painter.setFont(small);
        painter.drawText(QRect(inner.left(), priceBox.bottom(), inner.width(), dots(4.5)),
                         Qt::AlignRight | Qt::AlignVCenter, ShelfLabels::unitPriceText(label, currency, locale));

        const QList<bool> bars = eanModules(label.barcode);
        const int barsTop = priceBox.bottom() + dots(5);
        const int barsHeight = inner.bottom() - barsTop - dots(3.5);
        if (bars.isEmpty()) {
            painter.drawText(QRect(inner.left(), barsTop, inner.width(), barsHeight), Qt::AlignLeft | Qt::AlignBottom,
                             label.sku);
            continue;
        }
        const int left = inner.left() + kQuietModules * module - dots(3);
        for (qsizetype bar = 0; bar < bars.size(); ++bar)
            if (bars.at(bar))
                painter.fillRect(left + int(bar) * module, barsTop, module, barsHeight, Qt::black);
        painter.drawText(QRect(left, barsTop + barsHeight, int(bars.size()) * module, dots(3.5)),
                         Qt::AlignHCenter | Qt::AlignTop, label.barcode);
    }
    painter.restore();
}

bool ShelfLabelSheet::savePdf(const QString& path, const QList<ShelfLabel>& labels, const Currency& currency,
                              const QLocale& locale)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins({});
    pdf.setResolution(600);
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    for (qsizetype first = 0; first < labels.size(); first += kPerPage) {
        if (first > 0)
            pdf.newPage();
        paintPage(painter, labels.mid(first, kPerPage), currency, locale);
    }
    return painter.end();
}

} // namespace caisse
