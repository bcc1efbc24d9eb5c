#include "scanner/HidPosReports.h"

#include "device/DeviceFile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace caisse {

QList<ScanData> HidPosReports::feed(const QByteArray& bytes)
{
    static constexpr char scannedDataReport = 0x02;
    static constexpr qsizetype dataStart = 5;
    static constexpr qsizetype moreFollows = reportSize - 1;
    QList<ScanData> labels;
    m_pending += bytes;
    while (m_pending.size() >= reportSize) {
        const QByteArray report = m_pending.left(reportSize);
        m_pending.remove(0, reportSize);
        if (report.at(0) != scannedDataReport)
            continue;
        const qsizetype length = std::min<qsizetype>(static_cast<quint8>(report.at(1)), moreFollows - dataStart);
        if (m_label.isEmpty())
            m_symbology = QString::fromLatin1(report.mid(2, 3));
        m_label += report.mid(dataStart, length);
        if (report.at(moreFollows) != 0)
            continue;
        // Some scanners count a terminator in the length; the label never contains one.
        while (!m_label.isEmpty() && (m_label.back() == '\0' || m_label.back() == '\r' || m_label.back() == '\n'))
            m_label.chop(1);
        if (!m_label.isEmpty())
            labels.append({QString::fromLatin1(m_label), m_symbology});
        m_label.clear();
    }
    return labels;
}

} // namespace caisse
