#pragma once

#include "sale/CommittedTicket.h"
#include "sale/RefundRequest.h"

#include <QDialog>

class QSpinBox;
class QTableWidget;

namespace caisse {

class CounterSession;

/**
 * The articles of a committed sale a customer brings back: each line with what was sold and what is left to return,
 * and the quantity returned now (pieces, or the whole weighed line). Never more than is left.
 */
class ReturnDialog : public QDialog
{
    Q_OBJECT

public:
    ReturnDialog(CounterSession& session, const CommittedTicket& sold, QWidget* parent = nullptr);

    /** What the cashier chose to take back, once accepted. */
    QList<RefundRequest> requests() const;

private:
    struct Row
    {
        int lineNo = 0;
        bool soldByWeight = false;
        qint64 returnableMilli = 0;
        QSpinBox* quantity = nullptr;
    };
    QList<Row> m_rows;
};

} // namespace caisse
