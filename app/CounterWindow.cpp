#include "CounterWindow.h"

#include "CardSwipe.h"
#include "CustomerDialog.h"
#include "DeviceConfiguration.h"
#include "EscPosEncoder.h"
#include "FiscalArchive.h"
#include "HardwareDoctorDialog.h"
#include "JournalVerifier.h"
#include "LoginDialog.h"
#include "Money.h"
#include "OnlineArticleDialog.h"
#include "PickupDialog.h"
#include "ReceiptLayout.h"
#include "ReceiptText.h"
#include "ScannerKeyFilter.h"
#include "SyncLogDialog.h"
#include "TicketModel.h"

#include <QApplication>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcCounter, "caisse.counter")

namespace caisse {

CounterWindow::CounterWindow(Database& database, PaymentTerminal& terminal, QLocale locale, Operator cashier,
                             std::optional<Ed25519Key> journalKey, SaleStore::Mode mode, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_settings(database)
    , m_catalog(database)
    , m_operator(std::move(cashier))
    , m_journalKey(std::move(journalKey))
    , m_store(database, m_clock, m_settings.registerId(), m_journalKey, mode)
    , m_operators(database, m_clock, m_store.technicalEvents())
    , m_printerProfile(
          PrinterProfile::byName(m_settings.value(QStringLiteral("printer_profile"))).value_or(PrinterProfile::epson()))
    , m_printQueue(database, m_clock)
    , m_parser(m_settings.barcodeRules())
    , m_cardFlow(database, m_clock, m_store, terminal)
    , m_locale(std::move(locale))
    , m_ticket(m_settings.currency())
    , m_model(new TicketModel(m_locale, this))
    , m_scanLineEdit(new QLineEdit(this))
    , m_linesTableView(new QTableView(this))
    , m_totalLabel(new QLabel(this))
    , m_dueLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_tenderedLineEdit(new QLineEdit(this))
    , m_payCashPushButton(new QPushButton(tr("Pay &cash"), this))
    , m_payCardPushButton(new QPushButton(tr("Pay by car&d"), this))
    , m_removeLinePushButton(new QPushButton(tr("&Remove line"), this))
    , m_parkPushButton(new QPushButton(this))
    , m_cancelTicketPushButton(new QPushButton(tr("Cancel &ticket"), this))
    , m_printPushButton(new QPushButton(tr("&Print the receipt"), this))
    , m_printerLabel(new QLabel(this))
    , m_closeDayPushButton(new QPushButton(tr("Close the &day (Z)"), this))
    , m_customerPushButton(new QPushButton(tr("C&ustomer…"), this))
    , m_pickupPushButton(new QPushButton(tr("Online order pic&kup…"), this))
    , m_receiptPlainTextEdit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("counterWindow"));
    setWindowTitle(tr("Caisse — %1").arg(m_settings.shop().name));
    m_ticket.setCashRoundingStep(m_settings.cashRoundingStep());

    m_scanLineEdit->setObjectName(QStringLiteral("scanLineEdit"));
    m_scanLineEdit->setPlaceholderText(tr("Scan or type a barcode, then Enter"));
    m_linesTableView->setObjectName(QStringLiteral("linesTableView"));
    m_linesTableView->setModel(m_model);
    m_linesTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesTableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_linesTableView->setFocusPolicy(Qt::NoFocus);
    m_linesTableView->verticalHeader()->hide();
    m_linesTableView->horizontalHeader()->setSectionResizeMode(TicketModel::ArticleColumn, QHeaderView::Stretch);
    m_totalLabel->setObjectName(QStringLiteral("totalLabel"));
    m_totalLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_dueLabel->setObjectName(QStringLiteral("dueLabel"));
    m_dueLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_tenderedLineEdit->setObjectName(QStringLiteral("tenderedLineEdit"));
    m_tenderedLineEdit->setPlaceholderText(tr("Cash handed over (empty: exact amount)"));
    m_payCashPushButton->setObjectName(QStringLiteral("payCashPushButton"));
    m_payCardPushButton->setObjectName(QStringLiteral("payCardPushButton"));
    m_removeLinePushButton->setObjectName(QStringLiteral("removeLinePushButton"));
    m_parkPushButton->setObjectName(QStringLiteral("parkPushButton"));
    m_cancelTicketPushButton->setObjectName(QStringLiteral("cancelTicketPushButton"));
    m_printPushButton->setObjectName(QStringLiteral("printPushButton"));
    m_printerLabel->setObjectName(QStringLiteral("printerLabel"));
    m_closeDayPushButton->setObjectName(QStringLiteral("closeDayPushButton"));
    m_receiptPlainTextEdit->setObjectName(QStringLiteral("receiptPlainTextEdit"));
    m_receiptPlainTextEdit->setReadOnly(true);
    m_receiptPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_receiptPlainTextEdit->setFocusPolicy(Qt::NoFocus);
    m_receiptPlainTextEdit->setMinimumWidth(m_receiptPlainTextEdit->fontMetrics().horizontalAdvance(QString(46, u'M')));
    for (QPushButton* button :
         {m_payCashPushButton, m_payCardPushButton, m_removeLinePushButton, m_parkPushButton, m_cancelTicketPushButton,
          m_printPushButton, m_closeDayPushButton, m_customerPushButton, m_pickupPushButton}) {
        button->setMinimumHeight(48);
        // Buttons never keep the focus: the next scan must land in the scan field.
        button->setFocusPolicy(Qt::NoFocus);
    }
    QFont big = m_totalLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_totalLabel->setFont(big);

    auto* central = new QWidget(this);
    auto* grid = new QGridLayout(central);
    auto* ticketColumn = new QVBoxLayout;
    ticketColumn->addWidget(m_scanLineEdit);
    ticketColumn->addWidget(m_linesTableView, 1);
    ticketColumn->addWidget(m_totalLabel);
    ticketColumn->addWidget(m_dueLabel);
    ticketColumn->addWidget(m_messageLabel);
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_tenderedLineEdit, 0, 0, 1, 2);
    buttons->addWidget(m_payCashPushButton, 1, 0);
    buttons->addWidget(m_payCardPushButton, 1, 1);
    buttons->addWidget(m_removeLinePushButton, 2, 0);
    buttons->addWidget(m_parkPushButton, 2, 1);
    buttons->addWidget(m_cancelTicketPushButton, 3, 0);
    buttons->addWidget(m_printPushButton, 3, 1);
    buttons->addWidget(m_customerPushButton, 4, 0);
    buttons->addWidget(m_pickupPushButton, 4, 1);
    buttons->addWidget(m_closeDayPushButton, 5, 0, 1, 2);
    m_customerPushButton->setObjectName(QStringLiteral("customerPushButton"));
    m_pickupPushButton->setObjectName(QStringLiteral("pickupPushButton"));
    setStoreConnection(std::nullopt);
    ticketColumn->addLayout(buttons);
    auto* receiptColumn = new QVBoxLayout;
    receiptColumn->addWidget(new QLabel(tr("Last receipt"), this));
    receiptColumn->addWidget(m_receiptPlainTextEdit, 1);
    auto* operatorLabel = new QLabel(tr("Operator: %1").arg(m_operator.name), this);
    operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    statusBar()->addPermanentWidget(m_printerLabel);
    statusBar()->addPermanentWidget(operatorLabel);
    const DeviceConfiguration devices(m_settings);
    m_printer = devices.receiptPrinter();
    if (m_printer) {
        m_spooler = std::make_unique<PrintSpooler>(m_printQueue, *m_printer);
        if (auto started = m_printer->start(); !started)
            m_printerLabel->setText(started.error().message);
        // Most drawers read high when open; the setting turns it round for the others.
        const bool openWhenHigh
            = m_settings.value(QStringLiteral("drawer_open_level"), QStringLiteral("high")) != QStringLiteral("low");
        connect(m_spooler.get(), &PrintSpooler::statusChanged, this, [this, openWhenHigh](const PrinterStatus& status) {
            const bool drawerOpen
                = status.reachable && !status.foreignEmulation && status.drawerPinHigh == openWhenHigh;
            m_printerLabel->setText(drawerOpen ? tr("%1 The cash drawer is open.").arg(status.describe())
                                               : status.describe());
            m_printerLabel->setStyleSheet(status.canPrint() && !status.paperNearEnd
                                              ? QString()
                                              : QStringLiteral("color: #b00020; font-weight: bold;"));
        });
        // Receipts left in the queue by an earlier run print first.
        QTimer::singleShot(0, m_spooler.get(), &PrintSpooler::kick);
    } else {
        m_printerLabel->setText(tr("No receipt printer: receipts on screen only."));
    }
    if (mode == SaleStore::Mode::Training) {
        auto* banner = new QLabel(tr("TRAINING MODE: tickets rung up here are not sales"), this);
        banner->setObjectName(QStringLiteral("trainingLabel"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setStyleSheet(QStringLiteral("background: #b00020; color: white; font-weight: bold; padding: 6px;"));
        ticketColumn->insertWidget(0, banner);
    }
    QMenu* managerMenu = menuBar()->addMenu(tr("&Manager"));
    QAction* verifyAction = managerMenu->addAction(tr("&Verify the fiscal journal"));
    verifyAction->setObjectName(QStringLiteral("verifyJournalAction"));
    connect(verifyAction, &QAction::triggered, this, &CounterWindow::verifyJournal);
    QAction* archiveAction = managerMenu->addAction(tr("&Archive a closed month or year…"));
    archiveAction->setObjectName(QStringLiteral("archiveAction"));
    archiveAction->setEnabled(m_journalKey.has_value() && mode == SaleStore::Mode::Live);
    connect(archiveAction, &QAction::triggered, this, &CounterWindow::archivePeriod);
    QAction* syncLogAction = managerMenu->addAction(tr("Online &store sync log…"));
    syncLogAction->setObjectName(QStringLiteral("syncLogAction"));
    connect(syncLogAction, &QAction::triggered, this, [this] {
        SyncLogDialog log(m_database, m_syncStatus, m_storeConnection, this);
        connect(&log, &SyncLogDialog::syncRequested, this, &CounterWindow::syncRequested);
        log.exec();
    });
    QAction* onlineArticleAction = managerMenu->addAction(tr("&Online article (selection, split stock)…"));
    onlineArticleAction->setObjectName(QStringLiteral("onlineArticleAction"));
    connect(onlineArticleAction, &QAction::triggered, this, [this] {
        if (!authorize(Permission::ChangeSettings))
            return;
        OnlineArticleDialog dialog(m_database, this);
        connect(&dialog, &OnlineArticleDialog::changed, this, &CounterWindow::syncRequested);
        dialog.exec();
    });
    QAction* storeSettingsAction = managerMenu->addAction(tr("Online store se&ttings…"));
    storeSettingsAction->setObjectName(QStringLiteral("storeSettingsAction"));
    connect(storeSettingsAction, &QAction::triggered, this, [this] {
        // The settings hold the API token: the same permission as the register's other settings.
        if (authorize(Permission::ChangeSettings))
            emit storeSettingsRequested();
    });
    QAction* doctorAction = managerMenu->addAction(tr("&Hardware doctor…"));
    doctorAction->setObjectName(QStringLiteral("hardwareDoctorAction"));
    connect(doctorAction, &QAction::triggered, this, [this] {
        HardwareDoctorDialog doctor(m_settings, m_printQueue, m_spooler.get(), m_printerProfile, this);
        doctor.exec();
    });
    grid->addLayout(ticketColumn, 0, 0);
    grid->addLayout(receiptColumn, 0, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    setCentralWidget(central);
    resize(1100, 700);

    connect(m_scanLineEdit, &QLineEdit::returnPressed, this, &CounterWindow::scan);
    // A scan made while another field has the focus still reaches the sale, and types nothing into that field.
    auto* scannerFilter = new ScannerKeyFilter(m_scanLineEdit, this);
    QApplication::instance()->installEventFilter(scannerFilter);
    const auto scanned = [this](const QString& text) {
        m_scanLineEdit->setText(text);
        scan();
    };
    connect(scannerFilter, &ScannerKeyFilter::scanned, this, scanned);
    // A serial or HID POS scanner types nowhere: its labels come here, as the wedge's do.
    m_display = devices.customerDisplay();
    if (m_display)
        m_display->start();
    m_scanner = devices.scanner();
    if (m_scanner) {
        auto* scannerLabel = new QLabel(this);
        scannerLabel->setObjectName(QStringLiteral("scannerLabel"));
        statusBar()->addPermanentWidget(scannerLabel);
        connect(m_scanner.get(), &BarcodeScanner::dataReceived, this,
                [scanned](const ScanData& label) { scanned(label.label); });
        connect(m_scanner.get(), &BarcodeScanner::statusChanged, scannerLabel,
                [scannerLabel](bool connected, const QString& description) {
                    scannerLabel->setText(description);
                    scannerLabel->setStyleSheet(connected ? QString()
                                                          : QStringLiteral("color: #b00020; font-weight: bold;"));
                });
        if (auto started = m_scanner->start(); !started)
            scannerLabel->setText(started.error().message);
    }
    connect(m_tenderedLineEdit, &QLineEdit::returnPressed, this, &CounterWindow::payCash);
    connect(m_payCashPushButton, &QPushButton::clicked, this, &CounterWindow::payCash);
    connect(m_payCardPushButton, &QPushButton::clicked, this, &CounterWindow::payCard);
    connect(m_removeLinePushButton, &QPushButton::clicked, this, &CounterWindow::removeSelectedLine);
    connect(m_parkPushButton, &QPushButton::clicked, this, &CounterWindow::parkOrResume);
    connect(m_customerPushButton, &QPushButton::clicked, this, &CounterWindow::chooseCustomer);
    connect(m_pickupPushButton, &QPushButton::clicked, this, &CounterWindow::pickUpOrder);
    connect(m_cancelTicketPushButton, &QPushButton::clicked, this, &CounterWindow::cancelTicket);
    connect(m_printPushButton, &QPushButton::clicked, this, &CounterWindow::printLastReceipt);
    connect(m_closeDayPushButton, &QPushButton::clicked, this, &CounterWindow::closeDay);
    connect(&m_cardFlow, &CardPaymentFlow::stepChanged, this, [this](PaymentTerminal::Step step) {
        if (step == PaymentTerminal::Step::Connecting)
            showInfo(tr("Connecting to the card terminal…"));
        else if (step == PaymentTerminal::Step::WaitingForCustomer)
            showInfo(tr("Insert or tap the card on the terminal, then wait for the bank's answer."));
        refresh();
    });
    connect(&m_cardFlow, &CardPaymentFlow::approved, this,
            [this] { showInfo(tr("Card approved. Recording the sale…")); });
    connect(&m_cardFlow, &CardPaymentFlow::recorded, this, &CounterWindow::showRecorded);
    connect(&m_cardFlow, &CardPaymentFlow::notCharged, this, [this](const PaymentOutcome& outcome) {
        showError(tr("Card not charged: %1. Take the payment again or another way.").arg(outcome.message));
        refresh();
    });
    connect(&m_cardFlow, &CardPaymentFlow::notRecorded, this, [this](const QString& message) {
        showError(tr("The card payment is approved but the sale is NOT recorded: %1. Press \"Pay by card\" again "
                     "once the problem is solved: the card will not be charged again.")
                      .arg(message));
        refresh();
    });
    connect(&m_cardFlow, &CardPaymentFlow::outcomeUnknown, this,
            [this](const QString& attemptId, const QString& message) { askWhetherCharged(attemptId, message); });
    // A card payment the register stopped in the middle of is settled before anything else.
    QTimer::singleShot(0, this, [this] { settleCardPayments(); });
    refresh();
    if (mode == SaleStore::Mode::Live) {
        // A day left open (the register was not closed last night) is closed before anything else happens today.
        const auto closed = m_store.closing().closeOpenPeriodsNow();
        if (!closed)
            showError(closed.error().message);
        else if (!closed->isEmpty())
            showInfo(tr("The day of %1 was left open; it was closed now.")
                         .arg(closed->first().value(QStringLiteral("period")).toString()));
    }
    m_scanLineEdit->setFocus();
}

QString CounterWindow::money(qint64 minor) const
{
    return MoneyFormat::format({minor, m_ticket.currency()}, m_locale);
}

void CounterWindow::scan()
{
    QString code = m_scanLineEdit->text();
    m_scanLineEdit->clear();
    if (code.trimmed().isEmpty())
        return;
    const CardSwipe swipe = CardSwipe::classify(code, m_settings.value(QStringLiteral("shop_card_prefix")));
    if (swipe.kind == CardSwipe::Kind::BankCard) {
        // PCI DSS: card data is neither kept, nor logged, nor shown.
        code.fill(u'0');
        showError(tr("This is a bank card: it goes in the payment terminal. Nothing of it was kept."));
        return;
    }
    if (swipe.kind == CardSwipe::Kind::ShopCard) {
        m_ticket.setCustomerRef(swipe.shopCardNumber);
        showInfo(tr("Shop card %1 on this ticket.").arg(swipe.shopCardNumber));
        return;
    }
    if (m_cardFlow.busy()) {
        showError(tr("Wait for the card payment to finish before changing the ticket."));
        return;
    }
    const auto digits = WedgeScanDetector::digitsFromAzertyRow(code);
    if (digits) {
        // A scanner set for a QWERTY keyboard types the digit row of a French one: read it, and say how to fix it.
        code = *digits;
        showError(tr("The scanner is set for a QWERTY keyboard: scan the \"French keyboard (AZERTY)\" or \"USB HID\" "
                     "setup code of its manual. This scan was read as %1.")
                      .arg(code));
    }
    const auto line = m_catalog.lineForScan(code, m_parser, m_ticket.currency());
    if (!line) {
        showError(line.error().message);
        QApplication::beep();
        return;
    }
    const auto added = m_ticket.addLine(*line);
    if (!added) {
        showError(added.error().message);
        return;
    }
    refresh();
    m_linesTableView->selectRow(static_cast<int>(*added));
    if (!digits)
        showInfo(tr("%1 — %2").arg(line->label, money(line->unitPriceMinor)));
    if (m_display)
        m_display->show(line->label, money(line->unitPriceMinor));
}

void CounterWindow::payCash()
{
    if (m_ticket.isSettled()) {
        finishSale();
        return;
    }
    const QString text = m_tenderedLineEdit->text();
    qint64 tendered = m_ticket.amountDueMinor();
    if (!text.trimmed().isEmpty()) {
        const auto parsed = MoneyFormat::parse(text, m_ticket.currency(), m_locale);
        if (!parsed) {
            showError(parsed.error().message);
            return;
        }
        tendered = *parsed;
    }
    const auto paid = m_ticket.payCash(tendered);
    if (!paid) {
        showError(paid.error().message);
        return;
    }
    m_tenderedLineEdit->clear();
    if (m_ticket.isSettled())
        finishSale();
    else
        refresh();
    m_scanLineEdit->setFocus();
}

void CounterWindow::payCard()
{
    if (m_ticket.isSettled()) {
        finishSale();
        return;
    }
    // Card payments of an earlier ticket come first: an approved one not yet recorded, an unknown one to check.
    if (!settleCardPayments())
        return;
    const auto started = m_cardFlow.pay(m_ticket, m_operator);
    if (!started)
        showError(started.error().message);
    refresh();
}

bool CounterWindow::settleCardPayments()
{
    const auto recorded = m_cardFlow.recordApproved(m_operator);
    if (!recorded) {
        showError(recorded.error().message);
        return false;
    }
    for (const CommittedTicket& committed : *recorded)
        showRecorded(committed);
    const auto unsettled = m_cardFlow.unsettled();
    if (!unsettled) {
        showError(unsettled.error().message);
        return false;
    }
    for (const CardAttempt& attempt : *unsettled)
        askWhetherCharged(attempt.id, tr("the register stopped during this card payment"));
    return recorded->isEmpty();
}

void CounterWindow::askWhetherCharged(const QString& attemptId, const QString& reason)
{
    const auto unsettled = m_cardFlow.unsettled();
    Money amount {m_ticket.amountDueMinor(), m_ticket.currency()};
    for (const CardAttempt& attempt : unsettled.value_or(QList<CardAttempt>()))
        if (attempt.id == attemptId)
            amount = attempt.amount;
    QMessageBox question(QMessageBox::Warning, tr("Card payment"),
                         tr("The terminal's answer is missing (%1). Look at the last slip the terminal printed or "
                            "its last transaction: was the customer charged %2?")
                             .arg(reason, MoneyFormat::format(amount, m_locale)),
                         QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("cardOutcomeMessageBox"));
    QPushButton* charged = question.addButton(tr("Yes, charged"), QMessageBox::YesRole);
    question.addButton(tr("No, not charged"), QMessageBox::NoRole);
    question.exec();
    const bool wasCharged = question.clickedButton() == charged;
    const auto confirmed = m_cardFlow.confirm(attemptId, wasCharged, {}, m_operator);
    if (!confirmed) {
        showError(confirmed.error().message);
        return;
    }
    if (*confirmed)
        showRecorded(**confirmed);
    else
        showInfo(tr("Not charged: take the payment again."));
    refresh();
}

void CounterWindow::removeSelectedLine()
{
    const QModelIndexList selected = m_linesTableView->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        showError(tr("Select the line to remove first."));
        return;
    }
    if (auto removed = m_ticket.removeLine(selected.first().row()); !removed)
        showError(removed.error().message);
    refresh();
}

void CounterWindow::parkOrResume()
{
    if (!m_ticket.isEmpty()) {
        const QString label = tr("%n article(s), %1", nullptr, static_cast<int>(m_ticket.lines().size()))
                                  .arg(money(m_ticket.totals().totalMinor));
        if (auto parked = m_store.park(m_ticket, label); !parked) {
            showError(parked.error().message);
            return;
        }
        m_ticket = Ticket(m_settings.currency());
        m_ticket.setCashRoundingStep(m_settings.cashRoundingStep());
        showInfo(tr("Ticket put aside: %1.").arg(label));
    } else {
        const auto parked = m_store.parkedTickets();
        if (!parked || parked->isEmpty()) {
            showError(parked ? tr("No ticket is put aside.") : parked.error().message);
            return;
        }
        auto resumed = m_store.resume(parked->last().id);
        if (!resumed) {
            showError(resumed.error().message);
            return;
        }
        m_ticket = *resumed;
        showInfo(tr("Ticket taken back: %1.").arg(parked->last().label));
    }
    refresh();
}

void CounterWindow::finishSale()
{
    const auto committed = m_store.commit(m_ticket, m_operator);
    if (!committed) {
        // The ticket stays on screen, paid and not recorded: pressing a payment button again retries the recording.
        qCWarning(lcCounter) << "commit failed:" << committed.error().message;
        showError(tr("The sale is NOT recorded. %1").arg(committed.error().message));
        refresh();
        return;
    }
    showRecorded(*committed);
}

void CounterWindow::showRecorded(const CommittedTicket& committed)
{
    qint64 change = 0;
    for (const Payment& payment : committed.ticket.payments())
        change += payment.changeMinor;
    m_receiptPlainTextEdit->setPlainText(ReceiptText::render(committed, m_settings.shop(), m_locale));
    m_lastTicketUuid = committed.uuid;
    m_lastOriginalPrinted = false;
    const QList<Payment>& payments = committed.ticket.payments();
    if (m_printer && std::any_of(payments.begin(), payments.end(), [](const Payment& payment) {
            return payment.method == PaymentMethod::Cash;
        }))
        print(EscPosEncoder(m_printerProfile).initialise().openDrawer().bytes(), 0);
    m_ticket = Ticket(m_settings.currency());
    m_ticket.setCashRoundingStep(m_settings.cashRoundingStep());
    refresh();
    showInfo(change > 0 ? tr("Ticket %1 recorded. Change to give: %2").arg(committed.number).arg(money(change))
                        : tr("Ticket %1 recorded.").arg(committed.number));
    if (m_display)
        m_display->show(change > 0 ? tr("Change") : tr("Thank you!"),
                        change > 0 ? money(change) : money(committed.ticket.totals().totalMinor));
    emit ticketCommitted(committed);
    m_scanLineEdit->setFocus();
}

void CounterWindow::setStoreConnection(const std::optional<StoreConnection>& connection)
{
    m_storeConnection = connection;
    for (QPushButton* button : {m_customerPushButton, m_pickupPushButton}) {
        button->setEnabled(connection.has_value());
        button->setToolTip(connection ? QString() : tr("Needs the connection to the online store."));
    }
    if (!connection && m_syncLabel)
        m_syncLabel->setText(tr("Not connected to the online store"));
}

void CounterWindow::pickUpOrder()
{
    PickupDialog dialog(m_database, m_operator.name, m_locale, this);
    connect(&dialog, &PickupDialog::handedOver, this, &CounterWindow::syncRequested);
    dialog.exec();
    m_scanLineEdit->setFocus();
}

void CounterWindow::chooseCustomer()
{
    if (!m_storeConnection)
        return;
    CustomerDialog dialog(m_database, *m_storeConnection, m_locale, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_ticket.setCustomerRef(dialog.customer().email);
    showInfo(tr("Customer %1 %2 on this ticket.").arg(dialog.customer().firstName, dialog.customer().lastName));
    m_scanLineEdit->setFocus();
}

void CounterWindow::showSyncStatus(const SyncStatus& status)
{
    m_syncStatus = status;
    if (!m_syncLabel) {
        m_syncLabel = new QLabel(this);
        m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
        statusBar()->addPermanentWidget(m_syncLabel);
    }
    // Selling never waits on the store: this only says how far behind it is, and why.
    QString text = status.waiting == 0 ? tr("Online store up to date")
                                       : tr("Online store: %n change(s) waiting", nullptr, int(status.waiting));
    if (status.lastSuccess.isValid())
        text += tr(" (last sync %1)")
                    .arg(m_locale.toString(status.lastSuccess.toLocalTime().time(), QLocale::ShortFormat));
    if (!status.problem.isEmpty())
        text += QStringLiteral(" — ") + status.problem;
    m_syncLabel->setText(text);
    m_syncLabel->setToolTip(status.problem);
    m_syncLabel->setStyleSheet(status.problem.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
}

void CounterWindow::refresh()
{
    m_model->setTicket(m_ticket);
    const qint64 total = m_ticket.totals().totalMinor;
    m_totalLabel->setText(tr("Total %1").arg(money(total)));
    const bool paying = !m_ticket.payments().isEmpty();
    m_dueLabel->setText(paying ? tr("Still due %1").arg(money(m_ticket.amountDueMinor())) : QString());
    m_payCashPushButton->setEnabled(!m_ticket.isEmpty() && !m_cardFlow.busy());
    m_payCardPushButton->setEnabled(!m_ticket.isEmpty() && !m_cardFlow.busy());
    m_removeLinePushButton->setEnabled(!m_ticket.isEmpty() && !paying && !m_cardFlow.busy());
    m_parkPushButton->setText(m_ticket.isEmpty() ? tr("Take back a ticket") : tr("Put ticket aside"));
    m_parkPushButton->setEnabled(!paying && !m_cardFlow.busy());
    m_cancelTicketPushButton->setEnabled((!m_ticket.isEmpty() && !paying) || m_cardFlow.busy());
    m_cancelTicketPushButton->setText(m_cardFlow.busy() ? tr("Stop the card payment") : tr("Cancel &ticket"));
    m_printPushButton->setEnabled(!m_lastTicketUuid.isEmpty());
    m_closeDayPushButton->setEnabled(m_ticket.isEmpty() && !m_cardFlow.busy());
}

void CounterWindow::cancelTicket()
{
    if (m_cardFlow.busy()) {
        m_cardFlow.cancel();
        if (m_cardFlow.busy())
            showInfo(tr("The terminal has the payment: press its red key to stop it."));
        return;
    }
    // Given up before payment: NF525 wants what was rung up journaled all the same.
    if (auto abandoned = m_store.abandon(m_ticket, m_operator); !abandoned) {
        showError(abandoned.error().message);
        return;
    }
    m_ticket = Ticket(m_settings.currency());
    m_ticket.setCashRoundingStep(m_settings.cashRoundingStep());
    refresh();
    showInfo(tr("Ticket cancelled; it is kept in the fiscal journal."));
}

void CounterWindow::printLastReceipt()
{
    // Receipts print on the customer's request (French AGEC law): the first print is the original, later ones are
    // duplicates, each journaled and marked "DUPLICATA n".
    int copy = 0;
    if (m_lastOriginalPrinted || !m_printer) {
        const auto duplicate = m_store.recordDuplicate(m_lastTicketUuid, m_operator);
        if (!duplicate) {
            showError(duplicate.error().message);
            return;
        }
        copy = *duplicate;
    }
    const auto committed = m_store.load(m_lastTicketUuid);
    if (!committed) {
        showError(committed.error().message);
        return;
    }
    m_receiptPlainTextEdit->setPlainText(ReceiptText::render(*committed, m_settings.shop(), m_locale, copy));
    if (m_printer)
        print(ReceiptLayout::encode(*committed, m_settings.shop(), m_locale, m_printerProfile, copy), copy);
    m_lastOriginalPrinted = true;
    showInfo(copy > 0 ? tr("Duplicate %1 of ticket %2.").arg(copy).arg(committed->number)
                      : tr("Receipt of ticket %1 sent to the printer.").arg(committed->number));
}

void CounterWindow::print(const QByteArray& job, int copy)
{
    if (auto queued = m_printQueue.enqueue(job, m_lastTicketUuid, copy); !queued) {
        showError(queued.error().message);
        return;
    }
    m_spooler->kick();
}

std::optional<Operator> CounterWindow::authorize(Permission permission)
{
    if (m_operator.may(permission))
        return m_operator;
    const auto everyone = m_operators.list();
    QList<Operator> approvers;
    for (const Operator& person : everyone.value_or(QList<Operator>()))
        if (person.may(permission))
            approvers.append(person);
    LoginDialog dialog(
        tr("Manager approval"), tr("%1 may not do this alone. A manager approves with their PIN.").arg(m_operator.name),
        approvers,
        [&](const QString& name, const QString& pin) { return m_operators.approve(m_operator, permission, name, pin); },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.result();
}

void CounterWindow::closeDay()
{
    const auto by = authorize(Permission::CloseDay);
    if (!by)
        return;
    const auto closure = m_store.closing().closeToday(*by);
    if (!closure) {
        showError(closure.error().message);
        return;
    }
    m_receiptPlainTextEdit->setPlainText(
        ReceiptText::renderClosure(*closure, m_store.chain(), m_settings.currency(), m_settings.shop(), m_locale));
    showInfo(tr("The day is closed: %n ticket(s).", nullptr,
                static_cast<int>(closure->value(QStringLiteral("tickets")).toInteger())));
}

void CounterWindow::archivePeriod()
{
    const auto by = authorize(Permission::Archive);
    if (!by)
        return;
    const QString lastMonth = QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    bool chosen = false;
    const QString period
        = QInputDialog::getText(this, tr("Fiscal archive"), tr("Month (YYYY-MM) or year (YYYY) to archive:"),
                                QLineEdit::Normal, lastMonth, &chosen)
              .trimmed();
    if (!chosen || period.isEmpty())
        return;
    const QString folder = QFileDialog::getExistingDirectory(this,
                                                             tr("Where to write the archive (a USB key, a "
                                                                "backup disk)"));
    if (folder.isEmpty())
        return;
    FiscalArchive archives(m_database, m_clock, m_store.chain(), m_store.technicalEvents(), *m_journalKey);
    const auto written = archives.create(period, folder, *by);
    if (!written) {
        showError(written.error().message);
        return;
    }
    showInfo(tr("Archive of %1 written to %2. Keep it six years, on two different media.").arg(period, *written));
}

void CounterWindow::verifyJournal()
{
    const auto reports = JournalVerifier::verifyDatabase(m_database, JournalVerifier::Signatures::Anchors);
    if (!reports) {
        showError(reports.error().message);
        return;
    }
    QStringList lines;
    QStringList faults;
    for (const ChainReport& report : *reports) {
        if (report.fault.isEmpty())
            lines << tr("%1: %n record(s), intact.", nullptr, static_cast<int>(report.records)).arg(report.chain);
        else
            faults << report.fault;
    }
    // A check is itself an audit operation (280); what it finds wrong is an integrity defect (90).
    const auto recorded = m_store.technicalEvents().recordNow(
        faults.isEmpty() ? TechnicalEvents::Code::TaxAudit : TechnicalEvents::Code::IntegrityDefect, m_operator.name,
        {{QStringLiteral("faults"), QJsonArray::fromStringList(faults)}});
    if (!recorded)
        faults << recorded.error().message;
    if (faults.isEmpty())
        QMessageBox::information(this, tr("Fiscal journal"), lines.join(u'\n'));
    else
        QMessageBox::critical(this, tr("Fiscal journal"),
                              tr("The fiscal journal is damaged. Do not sell on this register; call support.\n\n%1")
                                  .arg(faults.join(u'\n')));
}

void CounterWindow::showError(const QString& message)
{
    m_messageLabel->setProperty("severity", QStringLiteral("error"));
    m_messageLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_messageLabel->setText(message);
}

void CounterWindow::showInfo(const QString& message)
{
    m_messageLabel->setProperty("severity", QStringLiteral("info"));
    m_messageLabel->setStyleSheet(QString());
    m_messageLabel->setText(message);
}

} // namespace caisse
