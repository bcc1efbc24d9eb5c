#pragma once

#include "base/Clock.h"
#include "storage/DatabaseWriter.h"
#include "storesync/StorePickup.h"

#include <QDialog>
#include <QLocale>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace caisse {

class Database;

/**
 * Pickup in store at the counter: the online orders waiting for their customer, found by order number, name or
 * e-mail, with what to hand over; "Hand over" records it at once (the online store shows the order completed after
 * the next sync).
 */
class PickupDialog : public QDialog
{
    Q_OBJECT

public:
    PickupDialog(Database& database, DatabaseWriter& writer, const Clock& clock, QString operatorName, QLocale locale,
                 QWidget* parent = nullptr);

signals:
    /** An order was handed over: the sync should run to mark it completed online. */
    void handedOver(qint64 orderId);

private:
    void search();
    void showSelected();
    void handOver();

    Database& m_database;
    DatabaseWriter& m_writer;
    const Clock& m_clock;
    QString m_operatorName;
    QLocale m_locale;
    StorePickup m_pickup;
    QList<PickupOrder> m_orders;
    QLineEdit* m_searchLineEdit;
    QPushButton* m_searchPushButton;
    QListWidget* m_ordersListWidget;
    QPlainTextEdit* m_contentPlainTextEdit;
    QPushButton* m_handOverPushButton;
    QLabel* m_resultLabel;
};

} // namespace caisse
