#pragma once

#include "counter/CashMovementDialog.h"
#include "counter/CustomerFacingWindow.h"
#include "display/CustomerDisplay.h"
#include "printer/EscPosPrinter.h"
#include "printer/PrintSpooler.h"
#include "printer/PrinterProfile.h"
#include "sale/CounterSession.h"
#include "scanner/BarcodeScanner.h"
#include "storesync/SyncWorker.h"

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace caisse {

class TicketModel;

/**
 * The counter screen: a scan field that keyboard-wedge scanners type into, the ticket's lines and total, cash and card
 * payment, and the receipt of the last ticket. It renders a CounterSession's state and forwards the cashier's input to
 * it; it connects the register's devices (printer, drawer, scanner, customer display) to the session's events and asks
 * for a manager's PIN where the operator's role does not allow an action.
 */
class CounterWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit CounterWindow(CounterSession& session, QWidget* parent = nullptr);

    const Ticket& currentTicket() const { return m_session.ticket(); }
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
    /** A receipt was queued for e-mail: the mail outbox can send it now. */
    void mailQueued();

protected:
    /** Any key, click or touch in the application puts off the lock. */
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scan();
    void chooseCustomer();
    void pickUpOrder();
    void payCash();
    void removeSelectedLine();
    /** A job for the receipt printer, when there is one; ticketUuid names the ticket it prints, if any. */
    void print(const QByteArray& job, int copy, const QString& ticketUuid);
    /** Prints what is beside the ticket: the last receipt, or the report shown (X again, or the Z's duplicate). */
    void printShown();
    void closeDay();
    void openShift();
    void closeShift();
    void moveCash(caisse::CashMovementDialog::Kind kind);
    /** The shift in the status bar: whose, since when, its float; or that none is open. */
    void showShift();
    /** A discount or a new price, with a manager's PIN above the cashiers' limit. */
    void changePrice();
    void setDiscountLimit();
    /** The quick keys as the manager arranged them. */
    void buildQuickKeys();
    /** Another operator takes the counter, without a restart (F8). */
    void switchOperator();
    /** Locks the counter until someone logs in with their PIN (F12, or after the manager's idle time). */
    void lockCounter();
    /** The customer's screen on the second monitor (View > Customer screen). */
    void showCustomerScreen(bool shown);
    void applyTheme(bool highContrast);
    void setQuickKeys();
    /** Today's and earlier tickets: a duplicate, or articles taken back. */
    void showHistory();
    /** A return of articles from a committed sale, a manager approving. */
    void takeBack(const QString& ticketUuid);
    void unlockOperator();
    void verifyJournal();
    void archivePeriod();
    /** The current operator, or the one a manager approved for this permission; nothing when refused. */
    std::optional<Operator> authorize(Permission permission);
    void askWhetherCharged(const QString& attemptId, const QString& reason, const Money& amount);
    void showMessage(CounterSession::Severity severity, const QString& text);
    void refresh();
    /** The search, with what was typed; the article picked goes on the ticket. */
    void findArticle(const QString& typed);
    /** The line the cashier selected; -1 when none. */
    int selectedRow() const;

    CounterSession& m_session;
    Settings& m_settings;
    /** The receipt printer, scanner and display the register's settings name (DeviceConfiguration), when it has them.
     */
    PrinterProfile m_printerProfile;
    std::unique_ptr<EscPosPrinter> m_printer;
    std::unique_ptr<BarcodeScanner> m_scanner;
    std::unique_ptr<CustomerDisplay> m_display;
    std::unique_ptr<PrintSpooler> m_spooler;
    /**
     * After a drawer kick the printer is asked for its status until the drawer is seen open and then shut (or, for a
     * drawer without a sensor, for a few seconds): its status otherwise comes only with receipts, and the counter
     * would say "open" long after it was pushed shut.
     */
    QTimer m_drawerWatch;
    QTimer m_idleTimer;
    bool m_locked = false;
    int m_drawerWatchTicks = 0;
    bool m_drawerSeenOpen = false;

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
    QPushButton* m_quantityPushButton;
    QPushButton* m_searchPushButton;
    QPushButton* m_priceChangePushButton;
    QPushButton* m_historyPushButton;
    QPushButton* m_refundVoucherPushButton;
    QPushButton* m_emailPushButton;
    QPushButton* m_parkPushButton;
    QPushButton* m_cancelTicketPushButton;
    QPushButton* m_printPushButton;
    QLabel* m_printerLabel;
    QLabel* m_shiftLabel;
    /** The report beside the ticket, when one is shown rather than a receipt. */
    std::optional<ReceiptText::ClosurePaper> m_reportShown;
    QLabel* m_syncLabel = nullptr;
    SyncStatus m_syncStatus;
    std::optional<StoreConnection> m_storeConnection;
    QPushButton* m_closeDayPushButton;
    QPushButton* m_customerPushButton;
    QPushButton* m_pickupPushButton;
    QPlainTextEdit* m_receiptPlainTextEdit;
    QTabWidget* m_sideTabWidget;
    QWidget* m_quickKeysWidget;
    std::unique_ptr<CustomerFacingWindow> m_customerScreen;
};

} // namespace caisse
