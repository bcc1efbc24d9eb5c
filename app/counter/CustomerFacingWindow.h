#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace caisse {

class CounterSession;

/**
 * The customer's screen, for a second monitor turned towards them: what is rung up (the last lines, each with its
 * amount), the total in large figures, and the change once paid, as the pole display shows in two lines.
 */
class CustomerFacingWindow : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerFacingWindow(CounterSession& session, QWidget* parent = nullptr);

private:
    void refresh();

    CounterSession& m_session;
    QLabel* m_shopLabel;
    QTableWidget* m_linesTableWidget;
    QLabel* m_totalLabel;
    QLabel* m_changeLabel;
};

} // namespace caisse
