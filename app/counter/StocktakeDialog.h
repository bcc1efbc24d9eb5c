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
 * Counting the shop, or one category. The stocktake in progress, if any, is taken up where it was left (after a
 * restart or a crash too: each scan is written as it is made). Each scan counts one, or the quantity typed before it;
 * the variance report shows, per article counted, the stock when it was counted, the count, the difference and its
 * value at cost; validating posts the differences (after a question that gives their number and value). counted()
 * follows a validation, for the store sync to be woken.
 */
class StocktakeDialog : public QDialog
{
    Q_OBJECT

public:
    StocktakeDialog(CounterSession& session, Operator by, QWidget* parent = nullptr);

signals:
    void counted();

private:
    /** Shows whether a count is in progress, and what can be done next. */
    void showState();
    void start();
    void countScanned();
    /** The variance report of the count so far; returns how many articles differ. */
    qsizetype showVariances();
    void validate();
    void abandon();

    CounterSession& m_session;
    Operator m_by;
    QLabel* m_stateLabel;
    QComboBox* m_categoryComboBox;
    QPushButton* m_startPushButton;
    QLineEdit* m_quantityLineEdit;
    QLineEdit* m_articleLineEdit;
    QLabel* m_messageLabel;
    QTableWidget* m_varianceTableWidget;
    QLabel* m_totalLabel;
    QPushButton* m_validatePushButton;
    QPushButton* m_abandonPushButton;
};

} // namespace caisse
