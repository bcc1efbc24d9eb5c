#pragma once

#include "sale/SaleStore.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace caisse {

class CounterSession;

/**
 * The register's tickets, today's first, found by number, amount, day or customer as the cashier types; the one
 * selected is reprinted (a duplicate) or its articles taken back.
 */
class TicketHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action
    {
        None,
        Reprint,
        TakeBack,
    };

    explicit TicketHistoryDialog(CounterSession& session, QWidget* parent = nullptr);

    Action action() const { return m_action; }
    /** The ticket selected when the dialog closed on an action. */
    QString chosenUuid() const;

private:
    void search(const QString& text);
    void finish(Action action);
    void updateButtons();

    CounterSession& m_session;
    QLineEdit* m_searchLineEdit;
    QTableWidget* m_ticketsTableWidget;
    QPushButton* m_reprintPushButton;
    QPushButton* m_takeBackPushButton;
    QList<TicketSummary> m_found;
    Action m_action = Action::None;
};

} // namespace caisse
