#pragma once

#include "access/OperatorStore.h"
#include "base/Clock.h"
#include "catalog/BarcodeParser.h"
#include "catalog/Catalog.h"
#include "sale/CardPaymentFlow.h"
#include "sale/CashDesk.h"
#include "sale/PrintQueue.h"
#include "sale/SaleStore.h"
#include "sale/SaleWriter.h"
#include "sale/StockDesk.h"
#include "sale/Ticket.h"
#include "storage/DatabaseWriter.h"
#include "storage/Settings.h"

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace caisse {

/**
 * One cashier's work at the counter, without a screen: the ticket being rung up, scanning, payments, the commit,
 * tickets put aside or given up, the reprint policy, the day's closure and the manager's checks. The counter window
 * renders its state and forwards the cashier's input; devices follow its events (drawer, customer display, print).
 *
 * The commit, and the day's closures, run on the database writer's thread: the screen never waits on the disk. A ticket
 * is shown as recorded only once its commit returned; until then it cannot be paid again, and what is scanned meanwhile
 * goes on the next ticket. A commit that fails leaves the ticket paid and on screen, and paying again retries it.
 */
class CounterSession : public QObject
{
    Q_OBJECT

public:
    enum class Severity
    {
        Info,
        Error,
    };
    Q_ENUM(Severity)

    /** What the cashier may do now; the screen enables its buttons from it. */
    struct Actions
    {
        bool pay = false;
        bool removeLine = false;
        bool parkOrResume = false;
        /** The ticket is empty: the park button takes a ticket back instead of putting this one aside. */
        bool resumes = true;
        bool cancel = false;
        /** A card payment is under way: cancelling stops it rather than the ticket. */
        bool cancelStopsCard = false;
        bool printLastReceipt = false;
        bool closeDay = false;
    };

    /** What a cashier may change on a price, with a reason. */
    enum class PriceChange
    {
        /** A percentage ("10 %") or an amount ("1,50") off the selected line. */
        LineDiscount,
        /** A percentage or an amount off the whole ticket. */
        TicketDiscount,
        /** The selected line's unit price (a price override). */
        LinePrice,
    };
    Q_ENUM(PriceChange)

    /** What a check of the fiscal journal found: a line per intact chain, a sentence per fault. */
    struct JournalCheck
    {
        QStringList intact;
        QStringList faults;
    };

    /**
     * database is the screen's connection (reads); writer, on the same database, runs every durable write. profile:
     * the register's settings a sale needs (Settings::profile(), read before, where a failure can stop the start).
     * journalKey signs the fiscal journal's records; without it they are hash-chained only.
     */
    CounterSession(Database& database, DatabaseWriter& writer, const Clock& clock, RegisterProfile profile,
                   PaymentTerminal& terminal, QLocale locale, Operator cashier,
                   std::optional<Ed25519Key> journalKey = std::nullopt, SaleStore::Mode mode = SaleStore::Mode::Live,
                   QObject* parent = nullptr);
    /** Stops a check still reading (it would outlive the database it reads) and waits for it. */
    ~CounterSession() override;

    const Ticket& ticket() const { return m_ticket; }
    const Operator& cashier() const { return m_cashier; }
    SaleStore::Mode mode() const { return m_mode; }
    const QLocale& locale() const { return m_locale; }
    const Clock& clock() const { return m_clock; }
    Actions actions() const;
    /** The last committed ticket, for a reprint; empty before the first. */
    const QString& lastTicketUuid() const { return m_lastTicketUuid; }
    /** Archives are signed with the journal's key: none without it, nor in training. */
    bool canArchive() const { return m_journalKey.has_value() && mode() == SaleStore::Mode::Live; }
    QString formatMoney(qint64 minor) const;
    /** "3 articles, 5,78 €": a ticket in a few words, in the register's language. */
    QString summary(const Ticket& ticket) const;

    Database& database() { return m_database; }
    const RegisterProfile& profile() const { return m_profile; }
    /** Where durable writes go, off the GUI thread: for the dialogs the counter opens. */
    DatabaseWriter& writer() { return m_writer; }
    Settings& settings() { return m_settings; }
    PrintQueue& printQueue() { return m_printQueue; }

    /** Whether receipts and the drawer go through a printer: without one, every receipt shown is a duplicate. */
    void setReceiptPrinterAttached(bool attached) { m_printerAttached = attached; }

    /** A day left open (the register was not closed last night) is closed before anything else happens today. */
    void closeOpenPeriods();
    /**
     * Records approved card payments left unrecorded (on the writer) and asks (chargeUnknown) about unknown ones; false
     * when one is being recorded or when they cannot be read, so that a new card payment waits.
     */
    bool settleCardPayments();

    /**
     * A scanned or typed code: an article, a shop card, or a bank card refused without a trace. "12*code" (or ×, x)
     * sells twelve of the article on one line.
     */
    void scan(const QString& scanned);
    /**
     * The quantity of the next article scanned ("12" then ×): twelve yoghurts are one scan and one line. Whole pieces,
     * 1 to 9,999; an article sold by weight keeps its label's weight. Kept until an article takes it.
     */
    void setNextQuantity(const QString& typed);
    /** The pieces the next article scanned will count; none for one. */
    std::optional<qint64> nextQuantity() const { return m_nextQuantity; }
    /** A line's quantity changed to typed whole pieces (a weighed article keeps its label's weight). */
    void changeQuantity(int row, const QString& typed);
    /** Articles found by name, SKU or barcode as the cashier types (Catalog::search). */
    QList<CatalogItem> search(const QString& text);
    /** An article found by a search goes on the ticket as its scan would (the quantity typed before applies). */
    void addFound(const CatalogItem& item);
    /** The VAT rates the catalog sells at, lowest first: one miscellaneous key each. */
    QList<qint32> vatRates();
    /**
     * A miscellaneous article at this VAT rate, for goods without a barcode (an unlabelled loaf), at the price typed;
     * the quantity typed before applies. No stock moves: it is no article of the catalog.
     */
    void addMiscellaneous(qint32 vatMilliPercent, const QString& typedPrice);
    /** "Miscellaneous 5,5 %": the line's and the key's name. */
    QString miscellaneousLabel(qint32 vatMilliPercent) const;
    /**
     * A discount or a new price typed by the cashier, with its reason; journaled (technical event 1030) with who
     * approved it. A cut of what the line (at the catalog's price) or the ticket is worth above discountLimit() is
     * refused as Forbidden unless by may grant it (Permission::LargeDiscount): the screen then asks a manager's PIN and
     * tries again with the operator approve() returned.
     */
    Result<void> changePrice(PriceChange change, int row, const QString& typed, const QString& reason,
                             const Operator& by);
    /** The largest cut a cashier gives alone, in thousandths of a percent (10 % until a manager sets it). */
    qint32 discountLimit() const;
    /** A manager sets the limit above which a cut needs their approval ("15", "12,5 %"); journaled (270). */
    void setDiscountLimit(const QString& typed, const Operator& by);
    /** The articles on the quick keys, in the manager's order: what each key scans, and its name. */
    QList<std::pair<QString, QString>> quickKeys();
    /**
     * A manager puts these articles (barcodes, separated by spaces or lines) on the quick keys; one not in the catalog
     * is named and nothing changes; quickKeysChanged once saved.
     */
    void setQuickKeys(const QString& typed, const Operator& by);
    /**
     * A gift card at the price typed: a line without VAT (VAT is due when it is spent) whose code is issued when the
     * ticket is recorded and printed on the receipt, valid 12 months unless the shop set voucher_validity_months.
     */
    void sellVoucher(const QString& typedAmount);
    /**
     * A voucher scanned: on a ticket with something due it pays what it holds, up to what is due (the rest another
     * way); with no ticket under way the cashier is told its balance. Expired, unknown or empty: said, nothing taken.
     */
    void payWithVoucher(const QString& code);
    /**
     * A refund given as a new voucher rather than cash or card: the amount typed (empty: all that is left to give
     * back), the rest then in cash or to the card. Its code prints on the refund's receipt.
     */
    void refundToVoucher(const QString& typedAmount);
    /** Cash handed over, as typed (empty: the exact amount due); records the sale once it is paid. True when taken. */
    bool payCash(const QString& tendered);
    void payCard();
    /** The cashier read the terminal's slip for an attempt whose answer was lost. */
    void confirmCharge(const QString& attemptId, bool charged);
    void removeLine(int row);
    /** Puts the ticket aside, or takes back the last one put aside when the ticket is empty. */
    void parkOrResume();
    /**
     * Stops the card payment under way, or gives the ticket up (journaled), cash already taken handed back; a ticket
     * with a card payment approved is finished instead.
     */
    void cancel();
    /** What giving the ticket up means, for the cashier to confirm: its summary and any cash to hand back. */
    QString cancelQuestion() const;
    void attachCustomer(const QString& reference, const QString& firstName, const QString& lastName);
    /** The last ticket's receipt: the original the first time a printer prints it, a journaled duplicate after. */
    void printLastReceipt();
    /**
     * The register's tickets matching what the cashier typed, newest first: a ticket number ("12"), an amount
     * ("5,19"), a day ("02/12/2026", "02/12"), or part of a customer's reference; today's when nothing is typed.
     */
    QList<TicketSummary> history(const QString& typed);
    /**
     * The last ticket's receipt by e-mail rather than on paper (France's AGEC law: paper only on request): queued
     * durably at once, sent by the mail outbox whenever the shop's mail server answers (mailQueued).
     */
    void emailReceipt(const QString& address);
    /** The e-mail of the last ticket's customer, when it has one: the address the cashier is offered. */
    QString lastCustomerEmail() const { return m_lastCustomerEmail; }
    /** Any earlier ticket's receipt again: a journaled duplicate ("DUPLICATA n"). */
    void reprint(const QString& ticketUuid);
    /** A committed ticket as recorded, for a return; the error says why it cannot be read. */
    Result<CommittedTicket> committedTicket(const QString& ticketUuid);
    /** What is left to return of a line of a committed sale, in thousandths. */
    qint64 returnableQuantity(const QString& ticketUuid, int lineNo);
    /**
     * Articles brought back from an earlier ticket: the ticket at the counter becomes their refund (never more than
     * was sold, each line's share of what was paid), given back in cash or credited to the card, and their stock comes
     * back when it is recorded. A refund is a manager's (Permission::Refund): Forbidden unless by may, for the screen
     * to ask a manager's PIN and try again with the approved operator, who then records it.
     */
    Result<void> startRefund(const QString& ticketUuid, const QList<RefundRequest>& requests, const Operator& by);

    /** Everyone who may log in at this register, for the login prompt. */
    QList<Operator> operators();
    /** An operator logs in with their PIN (journaled, 80 or 1020), checked on the writer's thread. */
    QFuture<Result<Operator>> login(const QString& name, const QString& pin);
    /**
     * Another operator takes the counter (a switch, or unlocking it) without a restart; refused while a ticket is under
     * way, which its cashier finishes or puts aside first, unless the same operator comes back.
     */
    Result<void> setCashier(const Operator& cashier);
    /** Seconds without a key, a click or a touch before the counter locks itself; 0: never (5 minutes unless set). */
    int lockAfterSeconds() const;
    /** A manager sets the idle time before the counter locks itself, in minutes (0: never). */
    void setLockAfterMinutes(int minutes, const Operator& by);
    /** Everyone who ever worked here, active or not, for the manager's staff list. */
    QList<OperatorStore::Member> staff();
    /** Adds an operator or changes their role or PIN (empty: kept), on by's authority; checked on the writer. */
    QFuture<Result<void>> saveOperator(const QString& name, Role role, const QString& pin, const Operator& by);
    /** Deactivates or reactivates an operator, on by's authority (OperatorStore::setActive). */
    QFuture<Result<void>> setOperatorActive(const QString& name, bool active, const Operator& by);
    /** Everyone who may grant permission, for the approval prompt. */
    QList<Operator> approversOf(Permission permission);
    /** The operators locked out or waiting after too many wrong PINs. */
    QStringList lockedOutOperators();
    /** Lets name log in again, on by's authority (a manager); says so, or why not. */
    void unlockOperator(const QString& name, const Operator& by);
    /**
     * The cashier with permission granted for one operation by a manager's PIN; journaled. Checked on the writer's
     * thread: a PIN's hash is slow on purpose.
     */
    QFuture<Result<Operator>> approve(Permission permission, const QString& managerName, const QString& managerPin);
    /**
     * An administrator changes the shop's identity as receipts print it (Permission::ChangeSettings: Forbidden
     * otherwise, for the screen to ask for an administrator's PIN); each field changed is journaled (270) with its old
     * and new value. Said once written.
     */
    Result<void> changeShop(const ShopIdentity& shop, const Operator& by);
    /** The drawer and the day's reports: shifts, cash in and out, X and Z. */
    CashDesk& cashDesk() { return m_cashDesk; }
    /** The stock's work: adjustments, deliveries, stocktakes. */
    StockDesk& stockDesk() { return m_stockDesk; }
    /** A sale is being written: nothing can be paid until it is. */
    bool recording() const { return m_recording; }
    /** The month before today's (YYYY-MM), the usual one to archive. */
    QString lastMonth() const;
    /** Writes the fiscal archive of a closed month or year under folder, on the writer's thread; says where, or why
     * not. */
    void archive(const QString& period, const QString& folder, const Operator& by);
    /**
     * Checks every chain of the journal (anchors' signatures) on a thread of its own with a read-only connection (a
     * million records take seconds), then journals the check (280, or 90 on a fault); done gets what it found.
     */
    void verifyJournal(std::function<void(const Result<JournalCheck>&)> done);
    /**
     * The whole check, beside the counter once it is up (the start-up check reads only the ends): SQLite's quick_check
     * of the entire file and every chain against its sales. On a fault the register stops selling, says why and
     * journals the defect (90); nothing is written when all is well.
     */
    void checkIntegrity();
    /**
     * Cash to hand to the customer after the last ticket: its change, or the cash taken for a ticket given up. None
     * once the next ticket has a line: the screen shows it big until then.
     */
    std::optional<qint64> toGiveBack() const { return m_toGiveBack; }
    /** Why the register stopped selling; empty while it sells. */
    QString integrityFault() const { return m_integrityFault; }

signals:
    /** The ticket, its totals or what may be done changed. */
    void ticketChanged();
    void message(caisse::CounterSession::Severity severity, const QString& text);
    /** A line was added at row (a scan): the screen selects it. */
    void lineAdded(int row);
    /** A scan added nothing (unknown, misread, archived…): the message says why; the counter beeps. */
    void scanRefused();
    /** The receipt to show beside the ticket: the last sale's, a duplicate, or a report (X, Z). */
    void receiptTextChanged(const QString& text);
    /** A ticket was committed to the database. */
    void committed(const caisse::CommittedTicket& committed);
    /** Print the ticket's receipt (copy 0: the original, n: DUPLICATA n). */
    void printRequested(const caisse::CommittedTicket& committed, int copy);
    /** A cash sale was recorded, or cash moved in or out: open the drawer. */
    void drawerKickRequested();
    /** A receipt's QR code was scanned with no ticket under way: the cashier is starting a return of that ticket. */
    void receiptScanned(const QString& ticketUuid);
    void quickKeysChanged();
    /** A receipt was queued for e-mail: the outbox can send it now. */
    void mailQueued();
    /** Another operator is at the counter. */
    void cashierChanged();
    /** The idle time before the counter locks itself changed. */
    void lockTimeChanged();
    /** The customer display's two lines. */
    void displayChanged(const QString& top, const QString& bottom);
    /** A card payment's answer is missing: ask the cashier, then confirmCharge(). */
    void chargeUnknown(const QString& attemptId, const QString& reason, const caisse::Money& amount);

private:
    void finishSale();
    /** A line on the ticket, with the quantity typed before it; say: the line is named in the message bar. */
    void addToTicket(TicketLine line, bool say);
    /** Every chain (and with wholeFile SQLite's quick_check) read on a thread of its own; done on this one. */
    void readAndCheck(bool wholeFile, std::function<void(const Result<JournalCheck>&)> done);
    /** Says why and returns true when the register has stopped selling. */
    bool stoppedSelling();
    /**
     * A write that changes what is on the counter (the sale, a ticket put aside, taken back or given up): the ticket
     * cannot be touched until the writer answers, and labels scanned meanwhile go on the ticket that follows.
     */
    template <typename T> void writeTicket(std::function<T(SaleStore&)> job, std::function<void(const T&)> done)
    {
        m_recording = true;
        emit ticketChanged();
        m_saleWriter.run<T>(std::move(job), this, [this, done = std::move(done)](const T& result) {
            m_recording = false;
            done(result);
            emit ticketChanged();
            for (const QString& code : std::exchange(m_pendingScans, {}))
                scan(code);
        });
    }
    void showRecorded(const CommittedTicket& committed);
    /** The receipt of a committed ticket, printed and shown: the original, or a journaled duplicate. */
    void printReceipt(const QString& ticketUuid, bool duplicate);
    /** Who records the ticket at the counter: the cashier, or the manager who approved its refund. */
    const Operator& ticketOperator() const { return m_refundBy ? *m_refundBy : m_cashier; }
    void startNewTicket(std::optional<qint64> toGiveBack = std::nullopt);
    /** The shop's identity for a receipt; when it cannot be read, the cashier is told and nothing is shown. */
    std::optional<ShopIdentity> shopForReceipt();
    /** What an unsettled card attempt asked for; what is due on the ticket when it is not found. */
    Money amountOf(const QString& attemptId);
    void info(const QString& text) { emit message(Severity::Info, text); }
    void error(const QString& text) { emit message(Severity::Error, text); }

    Database& m_database;
    DatabaseWriter& m_writer;
    const Clock& m_clock;
    Settings m_settings;
    RegisterProfile m_profile;
    Catalog m_catalog;
    Operator m_cashier;
    std::optional<Ed25519Key> m_journalKey;
    SaleStore::Mode m_mode;
    SaleStore m_store;
    SaleWriter m_saleWriter;
    OperatorStore m_operators;
    PrintQueue m_printQueue;
    BarcodeParser m_parser;
    CardPaymentFlow m_cardFlow;
    QLocale m_locale;
    Ticket m_ticket;
    QString m_lastTicketUuid;
    /** Whether the last ticket's original was printed: the next print of it is a duplicate. */
    bool m_lastOriginalPrinted = false;
    bool m_printerAttached = false;
    bool m_recording = false;
    QString m_integrityFault;
    /** The checks reading on threads of their own. */
    QList<QPointer<QThread>> m_readers;
    /** Scanned while the last sale was being written: they go on the next ticket. */
    QStringList m_pendingScans;
    std::optional<qint64> m_nextQuantity;
    std::optional<qint64> m_toGiveBack;
    std::optional<Operator> m_refundBy;
    QString m_lastCustomerEmail;
    CashDesk m_cashDesk;
    StockDesk m_stockDesk;
};

} // namespace caisse
