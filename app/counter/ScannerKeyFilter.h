#pragma once

#include "sale/WedgeScanDetector.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QKeyEvent;
class QWidget;

namespace caisse {

/**
 * Catches keyboard-wedge scans wherever the focus is: installed on the application, it holds back fast bursts of
 * keys typed outside the scan field; a burst ending in the scanner's terminator becomes a scan (scanned()) and never
 * types into the other field; anything else is handed on to the field it was meant for, a few milliseconds late.
 */
class ScannerKeyFilter : public QObject
{
    Q_OBJECT

public:
    ScannerKeyFilter(QWidget* scanField, QObject* parent = nullptr);

signals:
    void scanned(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void release();
    /** Hands the first count held keys to the field they were typed into. */
    void replay(qsizetype count);

    QWidget* m_scanField;
    WedgeScanDetector m_detector;
    QElapsedTimer m_clock;
    QTimer m_releaseTimer;
    QPointer<QWidget> m_target;
    QList<QKeyEvent*> m_held;
    bool m_replaying = false;
};

} // namespace caisse
