#pragma once

#include "sale/CounterSession.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace caisse {

/**
 * A delivery received: the supplier, then the articles scanned (each scan one more, or a quantity typed in the table)
 * with what one cost. Confirmed once: the stock goes up and the cost prices change in one write; the confirmation
 * cannot be sent twice (StockDesk::receive refuses a reception already received). received() follows, for the store
 * sync to be woken.
 */
class ReceptionDialog : public QDialog
{
    Q_OBJECT

public:
    ReceptionDialog(CounterSession& session, Operator by, QWidget* parent = nullptr);

signals:
    void received();

private:
    enum Column
    {
        Sku,
        Name,
        Quantity,
        Cost,
    };
    void addScanned();
    void confirm();
    /** The reception as the table holds it; a sentence naming the first line that cannot be read otherwise. */
    Result<Reception> reception() const;

    CounterSession& m_session;
    Operator m_by;
    QString m_uuid;
    QLineEdit* m_supplierLineEdit;
    QLineEdit* m_articleLineEdit;
    QTableWidget* m_linesTableWidget;
    QLabel* m_messageLabel;
    QPushButton* m_confirmPushButton;
};

} // namespace caisse
