#pragma once

#include "Barcode.h"
#include "BarcodeScanner.h"
#include "CardPaymentFlow.h"
#include "Catalog.h"
#include "CustomerDisplay.h"
#include "EscPosPrinter.h"
#include "PrintQueue.h"
#include "PrintSpooler.h"
#include "PrinterProfile.h"
#include "SaleStore.h"
#include "Settings.h"
#include "SyncWorker.h"
#include "Ticket.h"

#include <QLocale>
#include <QMainWindow>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace caisse {

class TicketModel;

/**
 * The counter screen: a scan field that keyboard-wedge scanners type into, the ticket's lines and total, cash and card
 * payment, and the receipt of the last ticket. A ticket is shown as completed only once it is on disk. A cancelled
 * ticket, a reprint and the day's closure are journaled; what the operator's role does not allow asks for a manager's
 * PIN.
 */
class CounterWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** journalKey signs the fiscal journal's records; without it they are hash-chained only. */
    CounterWindow(Database& database, PaymentTerminal& terminal, QLocale locale, Operator cashier,
                  std::optional<Ed25519Key> journalKey = std::nullopt, SaleStore::Mode mode = SaleStore::Mode::Live,
                  QWidget* parent = nullptr);

    const Ticket& currentTicket() const { return m_ticket; }
    /** The store sync's state in the status bar: changes waiting, last sync, or its problem. */
    void showSyncStatus(const caisse::SyncStatus& status);
    /** The online store the register syncs with (customers, pickups, the manager's comparison); none: not connected. */
    void setStoreConnection(const std::optional<StoreConnection>& connection);

signals:
    /** A ticket was committed to the database. */
    void ticketCommitted(const caisse::CommittedTicket& committed);
    /** The manager asked for refused changes to be sent again: the sync should run now. */
    void syncRequested();
    /** A manager (or someone a manager approved) opens the online store's settings. */
    void storeSettingsRequested();

private:
    void scan();
    void chooseCustomer();
    void pickUpOrder();
    void payCash();
    void payCard();
    void removeSelectedLine();
    void parkOrResume();
    void cancelTicket();
    void printLastReceipt();
    void print(const QByteArray& job, int copy);
    void closeDay();
    void verifyJournal();
    void archivePeriod();
    /** The current operator, or the one a manager approved for this permission; nothing when refused. */
    std::optional<Operator> authorize(Permission permission);
    void finishSale();
    void showRecorded(const caisse::CommittedTicket& committed);
    /** Records approved card payments left unrecorded and asks about unknown ones; false when one was recorded. */
    bool settleCardPayments();
    void askWhetherCharged(const QString& attemptId, const QString& reason);
    void refresh();
    void showError(const QString& message);
    void showInfo(const QString& message);
    QString money(qint64 minor) const;

    SystemClock m_clock;
    Database& m_database;
    Settings m_settings;
    Catalog m_catalog;
    Operator m_operator;
    /** Signs archives as it signs the journal. */
    std::optional<Ed25519Key> m_journalKey;
    SaleStore m_store;
    OperatorStore m_operators;
    /** The last committed ticket, for a reprint. */
    QString m_lastTicketUuid;
    /** Whether its original was printed: the next print of it is a duplicate. */
    bool m_lastOriginalPrinted = false;
    /** The receipt printer and scanner the register's settings name (DeviceConfiguration), when it has them. */
    PrinterProfile m_printerProfile;
    PrintQueue m_printQueue;
    std::unique_ptr<EscPosPrinter> m_printer;
    std::unique_ptr<BarcodeScanner> m_scanner;
    std::unique_ptr<CustomerDisplay> m_display;
    std::unique_ptr<PrintSpooler> m_spooler;
    BarcodeParser m_parser;
    CardPaymentFlow m_cardFlow;
    QLocale m_locale;
    Ticket m_ticket;

    TicketModel* m_model;
    QLineEdit* m_scanLineEdit;
    QTableView* m_linesTableView;
    QLabel* m_totalLabel;
    QLabel* m_dueLabel;
    QLabel* m_messageLabel;
    QLineEdit* m_tenderedLineEdit;
    QPushButton* m_payCashPushButton;
    QPushButton* m_payCardPushButton;
    QPushButton* m_removeLinePushButton;
    QPushButton* m_parkPushButton;
    QPushButton* m_cancelTicketPushButton;
    QPushButton* m_printPushButton;
    QLabel* m_printerLabel;
    QLabel* m_syncLabel = nullptr;
    SyncStatus m_syncStatus;
    std::optional<StoreConnection> m_storeConnection;
    QPushButton* m_closeDayPushButton;
    QPushButton* m_customerPushButton;
    QPushButton* m_pickupPushButton;
    QPlainTextEdit* m_receiptPlainTextEdit;
};

} // namespace caisse
