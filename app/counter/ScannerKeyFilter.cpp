#include "counter/ScannerKeyFilter.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace caisse {

ScannerKeyFilter::ScannerKeyFilter(QWidget* scanField, QObject* parent)
    : QObject(parent)
    , m_scanField(scanField)
{
    m_clock.start();
    m_releaseTimer.setSingleShot(true);
    connect(&m_releaseTimer, &QTimer::timeout, this, &ScannerKeyFilter::release);
}

bool ScannerKeyFilter::eventFilter(QObject* watched, QEvent* event)
{
    // A click ends any burst: what was held is typing (a quick "10" then "Pay") and must land before the click.
    if (event->type() == QEvent::MouseButtonPress && !m_held.isEmpty()) {
        m_releaseTimer.stop();
        release();
    }
    if (event->type() != QEvent::KeyPress || m_replaying || !watched->isWidgetType())
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    QWidget* focus = QApplication::focusWidget();
    if (!focus || focus == m_scanField || watched != focus || !m_scanField->window()->isActiveWindow())
        return false;
    QChar typed;
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        typed = u'\r';
    else if (key->key() == Qt::Key_Tab)
        typed = u'\t';
    else if (key->text().size() == 1 && key->text().at(0).isPrint())
        typed = key->text().at(0);
    else
        return false;
    m_target = focus;
    m_held.append(new QKeyEvent(key->type(), key->key(), key->modifiers(), key->text()));
    const auto scan = m_detector.key(typed, m_clock.elapsed());
    replay(m_detector.takeTyping().size());
    if (scan) {
        qDeleteAll(std::exchange(m_held, {}));
        m_releaseTimer.stop();
        emit scanned(*scan);
    } else if (m_detector.holding()) {
        m_releaseTimer.start(static_cast<int>(m_detector.releaseAtMs() - m_clock.elapsed()) + 1);
    }
    return true;
}

void ScannerKeyFilter::release()
{
    // No scan after all: the held keys go to the field they were typed into.
    m_detector.reset();
    replay(m_held.size());
}

void ScannerKeyFilter::replay(qsizetype count)
{
    m_replaying = true;
    for (qsizetype i = 0; i < count && !m_held.isEmpty(); ++i) {
        QKeyEvent* key = m_held.takeFirst();
        if (m_target)
            QCoreApplication::sendEvent(m_target, key);
        delete key;
    }
    m_replaying = false;
}

} // namespace caisse
