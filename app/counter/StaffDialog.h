#pragma once

#include "sale/CounterSession.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace caisse {

/**
 * The register's staff for a manager who may manage operators: who works here and in which role, added or changed
 * (role, PIN), deactivated rather than deleted (their tickets keep their name), and who may do what, role by role.
 * Each change is written and journaled on the writer; the list shows it once written.
 */
class StaffDialog : public QDialog
{
    Q_OBJECT

public:
    StaffDialog(CounterSession& session, Operator by, QWidget* parent = nullptr);

    /** What a permission lets someone do, in the manager's words. */
    static QString describe(Permission permission);

private:
    void showStaff();
    void showRights();
    void pick();
    void save();
    void toggleActive();
    void answer(QFuture<Result<void>> done, const QString& success);

    CounterSession& m_session;
    Operator m_by;
    QTableWidget* m_staffTableWidget;
    QTableWidget* m_rightsTableWidget;
    QLineEdit* m_nameLineEdit;
    QComboBox* m_roleComboBox;
    QLineEdit* m_pinLineEdit;
    QPushButton* m_savePushButton;
    QPushButton* m_activePushButton;
    QLabel* m_messageLabel;
};

} // namespace caisse
