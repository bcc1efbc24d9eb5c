#include "counter/CounterWindow.h"

#include "backoffice/ProductDialog.h"
#include "backoffice/ReportsDialog.h"
#include "backoffice/ShelfLabelDialog.h"
#include "base/Money.h"
#include "base/MoneyFormat.h"
#include "base/Quantity.h"
#include "counter/ArticleSearchDialog.h"
#include "counter/CashCountDialog.h"
#include "counter/CustomerDialog.h"
#include "counter/CustomerFacingWindow.h"
#include "counter/Keypad.h"
#include "counter/LoginDialog.h"
#include "counter/PickupDialog.h"
#include "counter/PriceChangeDialog.h"
#include "counter/ReceptionDialog.h"
#include "counter/ReturnDialog.h"
#include "counter/ScannerKeyFilter.h"
#include "counter/ShopDetailsDialog.h"
#include "counter/StaffDialog.h"
#include "counter/StockAdjustmentDialog.h"
#include "counter/StocktakeDialog.h"
#include "counter/TicketHistoryDialog.h"
#include "counter/TicketModel.h"
#include "manager/OnlineArticleDialog.h"
#include "manager/SyncLogDialog.h"
#include "printer/EscPosEncoder.h"
#include "printer/ReceiptLayout.h"
#include "printer/ShelfLabelLayout.h"
#include "sale/WedgeScanDetector.h"
#include "setup/DeviceConfiguration.h"
#include "storesync/StoreSettings.h"
#include "technician/HardwareDoctorDialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace caisse {

CounterWindow::CounterWindow(CounterSession& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(session.settings())
    , m_printerProfile(
          PrinterProfile::byName(m_settings.value(QStringLiteral("printer_profile"))).value_or(PrinterProfile::epson()))
    , m_model(new TicketModel(session.locale(), this))
    , m_scanLineEdit(new QLineEdit(this))
    , m_linesTableView(new QTableView(this))
    , m_totalLabel(new QLabel(this))
    , m_dueLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_tenderedLineEdit(new QLineEdit(this))
    , m_payCashPushButton(new QPushButton(tr("Pay &cash"), this))
    , m_payCardPushButton(new QPushButton(tr("Pay by car&d"), this))
    , m_removeLinePushButton(new QPushButton(tr("&Remove line"), this))
    , m_quantityPushButton(new QPushButton(tr("&Quantity of the line"), this))
    , m_searchPushButton(new QPushButton(tr("&Find an article… (F3)"), this))
    , m_priceChangePushButton(new QPushButton(tr("Discount or price… (F6)"), this))
    , m_historyPushButton(new QPushButton(tr("Tickets, returns… (F4)"), this))
    , m_refundVoucherPushButton(new QPushButton(tr("Refund as a vouc&her"), this))
    , m_emailPushButton(new QPushButton(tr("&E-mail the receipt…"), this))
    , m_parkPushButton(new QPushButton(this))
    , m_cancelTicketPushButton(new QPushButton(tr("Cancel &ticket"), this))
    , m_printPushButton(new QPushButton(tr("&Print the receipt"), this))
    , m_printerLabel(new QLabel(this))
    , m_shiftLabel(new QLabel(this))
    , m_closeDayPushButton(new QPushButton(tr("Close the day (&Z)"), this))
    , m_customerPushButton(new QPushButton(tr("C&ustomer…"), this))
    , m_pickupPushButton(new QPushButton(tr("Online order pic&kup…"), this))
    , m_receiptPlainTextEdit(new QPlainTextEdit(this))
    , m_sideTabWidget(new QTabWidget(this))
    , m_quickKeysWidget(new QWidget(this))
{
    setObjectName(QStringLiteral("counterWindow"));
    // The title is the one place the shop's name may be missing: the receipts refuse instead (CounterSession).
    const auto shopForTitle = m_settings.shop();
    setWindowTitle(shopForTitle ? tr("Caisse — %1").arg(shopForTitle->name) : tr("Caisse"));

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
    m_quantityPushButton->setObjectName(QStringLiteral("quantityPushButton"));
    m_searchPushButton->setObjectName(QStringLiteral("searchPushButton"));
    m_searchPushButton->setShortcut(QKeySequence(Qt::Key_F3));
    m_priceChangePushButton->setObjectName(QStringLiteral("priceChangePushButton"));
    m_priceChangePushButton->setShortcut(QKeySequence(Qt::Key_F6));
    m_historyPushButton->setObjectName(QStringLiteral("historyPushButton"));
    m_historyPushButton->setShortcut(QKeySequence(Qt::Key_F4));
    m_refundVoucherPushButton->setObjectName(QStringLiteral("refundVoucherPushButton"));
    m_emailPushButton->setObjectName(QStringLiteral("emailPushButton"));
    m_quantityPushButton->setToolTip(tr("Type the number of pieces in the scan field, then press this button. Before a "
                                        "scan, type the number then * (or ×)."));
    m_parkPushButton->setObjectName(QStringLiteral("parkPushButton"));
    m_cancelTicketPushButton->setObjectName(QStringLiteral("cancelTicketPushButton"));
    m_printPushButton->setObjectName(QStringLiteral("printPushButton"));
    m_printerLabel->setObjectName(QStringLiteral("printerLabel"));
    m_shiftLabel->setObjectName(QStringLiteral("shiftLabel"));
    m_closeDayPushButton->setObjectName(QStringLiteral("closeDayPushButton"));
    m_receiptPlainTextEdit->setObjectName(QStringLiteral("receiptPlainTextEdit"));
    m_receiptPlainTextEdit->setReadOnly(true);
    m_receiptPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_receiptPlainTextEdit->setFocusPolicy(Qt::NoFocus);
    m_receiptPlainTextEdit->setMinimumWidth(m_receiptPlainTextEdit->fontMetrics().horizontalAdvance(QString(46, u'M')));
    for (QPushButton* button :
         {m_payCashPushButton, m_payCardPushButton, m_removeLinePushButton, m_quantityPushButton, m_searchPushButton,
          m_priceChangePushButton, m_historyPushButton, m_refundVoucherPushButton, m_emailPushButton, m_parkPushButton,
          m_cancelTicketPushButton, m_printPushButton, m_closeDayPushButton, m_customerPushButton,
          m_pickupPushButton}) {
        button->setMinimumHeight(48);
        // Buttons never keep the focus: the next scan must land in the scan field.
        button->setFocusPolicy(Qt::NoFocus);
    }
    QFont big = m_totalLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_totalLabel->setFont(big);
    // The lines are read from a step away too.
    QFont linesFont = m_linesTableView->font();
    linesFont.setPointSizeF(linesFont.pointSizeF() * 1.3);
    m_linesTableView->setFont(linesFont);
    m_linesTableView->verticalHeader()->setDefaultSectionSize(QFontMetrics(linesFont).height() + 14);

    auto* central = new QWidget(this);
    auto* grid = new QGridLayout(central);
    auto* ticketColumn = new QVBoxLayout;
    ticketColumn->addWidget(m_scanLineEdit);
    // Goods without a barcode: the price typed in the scan field, then the key of their VAT rate.
    auto* miscellaneous = new QHBoxLayout;
    for (const qint32 rate : m_session.vatRates()) {
        auto* key = new QPushButton(m_session.miscellaneousLabel(rate), this);
        key->setObjectName(QStringLiteral("miscellaneousPushButton%1").arg(rate));
        key->setMinimumHeight(48);
        key->setFocusPolicy(Qt::NoFocus);
        key->setToolTip(tr("Type the price in the scan field, then press this key."));
        connect(key, &QPushButton::clicked, this, [this, rate] {
            m_session.addMiscellaneous(rate, m_scanLineEdit->text());
            m_scanLineEdit->clear();
            m_scanLineEdit->setFocus();
        });
        miscellaneous->addWidget(key);
    }
    auto* giftCard = new QPushButton(tr("&Gift card"), this);
    giftCard->setObjectName(QStringLiteral("sellVoucherPushButton"));
    giftCard->setMinimumHeight(48);
    giftCard->setFocusPolicy(Qt::NoFocus);
    giftCard->setToolTip(tr("Type the gift card's amount in the scan field, then press this key."));
    connect(giftCard, &QPushButton::clicked, this, [this] {
        m_session.sellVoucher(m_scanLineEdit->text());
        m_scanLineEdit->clear();
        m_scanLineEdit->setFocus();
    });
    miscellaneous->addWidget(giftCard);
    ticketColumn->addLayout(miscellaneous);
    ticketColumn->addWidget(m_linesTableView, 1);
    ticketColumn->addWidget(m_totalLabel);
    ticketColumn->addWidget(m_dueLabel);
    ticketColumn->addWidget(m_messageLabel);
    // Paying is the next action once the articles are in: under the total, in the cashier's eye line. The other
    // actions stand beside the ticket, so that the lines keep the height of the screen.
    auto* payment = new QGridLayout;
    payment->addWidget(m_tenderedLineEdit, 0, 0, 1, 2);
    payment->addWidget(m_payCashPushButton, 1, 0);
    payment->addWidget(m_payCardPushButton, 1, 1);
    for (QPushButton* pay : {m_payCashPushButton, m_payCardPushButton}) {
        QFont large = pay->font();
        large.setPointSizeF(large.pointSizeF() * 1.4);
        large.setBold(true);
        pay->setFont(large);
        pay->setMinimumHeight(64);
    }
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_quantityPushButton, 0, 0);
    buttons->addWidget(m_searchPushButton, 0, 1);
    buttons->addWidget(m_removeLinePushButton, 1, 0);
    buttons->addWidget(m_priceChangePushButton, 1, 1);
    buttons->addWidget(m_parkPushButton, 2, 0);
    buttons->addWidget(m_cancelTicketPushButton, 2, 1);
    buttons->addWidget(m_customerPushButton, 3, 0);
    buttons->addWidget(m_pickupPushButton, 3, 1);
    buttons->addWidget(m_historyPushButton, 4, 0);
    buttons->addWidget(m_printPushButton, 4, 1);
    buttons->addWidget(m_emailPushButton, 5, 0);
    buttons->addWidget(m_refundVoucherPushButton, 5, 1);
    buttons->addWidget(m_closeDayPushButton, 6, 0, 1, 2);
    m_customerPushButton->setObjectName(QStringLiteral("customerPushButton"));
    m_pickupPushButton->setObjectName(QStringLiteral("pickupPushButton"));
    setStoreConnection(std::nullopt);
    ticketColumn->addLayout(payment);
    auto* receiptColumn = new QVBoxLayout;
    receiptColumn->addLayout(buttons);
    // The keypad and the quick keys for a touch screen; the last receipt in the quick keys' place once a sale is
    // recorded, until the next article.
    auto* touch = new QHBoxLayout;
    touch->addWidget(new Keypad(m_scanLineEdit, m_session.locale(), this), 0, Qt::AlignTop);
    m_sideTabWidget->setObjectName(QStringLiteral("sideTabWidget"));
    m_sideTabWidget->setFocusPolicy(Qt::NoFocus);
    m_sideTabWidget->addTab(m_quickKeysWidget, tr("Quick keys"));
    m_sideTabWidget->addTab(m_receiptPlainTextEdit, tr("Last receipt"));
    touch->addWidget(m_sideTabWidget, 1);
    receiptColumn->addLayout(touch, 1);
    buildQuickKeys();
    applyTheme(m_settings.value(QStringLiteral("counter_theme")) == u"high_contrast");
    connect(&m_session, &CounterSession::quickKeysChanged, this, &CounterWindow::buildQuickKeys);
    connect(&m_session, &CounterSession::receiptTextChanged, this,
            [this] { m_sideTabWidget->setCurrentWidget(m_receiptPlainTextEdit); });
    connect(&m_session, &CounterSession::lineAdded, this,
            [this] { m_sideTabWidget->setCurrentWidget(m_quickKeysWidget); });
    auto* operatorLabel = new QLabel(tr("Operator: %1").arg(m_session.cashier().name), this);
    operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    connect(&m_session, &CounterSession::cashierChanged, operatorLabel,
            [this, operatorLabel] { operatorLabel->setText(tr("Operator: %1").arg(m_session.cashier().name)); });
    // Locked after the manager's idle time: any key, click or touch anywhere starts the count again.
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &CounterWindow::lockCounter);
    const auto armLock = [this] {
        if (const int seconds = m_session.lockAfterSeconds(); seconds > 0)
            m_idleTimer.start(seconds * 1000);
        else
            m_idleTimer.stop();
    };
    armLock();
    connect(&m_session, &CounterSession::lockTimeChanged, this, armLock);
    QApplication::instance()->installEventFilter(this);
    statusBar()->addPermanentWidget(m_shiftLabel);
    statusBar()->addPermanentWidget(m_printerLabel);
    statusBar()->addPermanentWidget(operatorLabel);
    const DeviceConfiguration devices(m_settings);
    m_printer = devices.receiptPrinter();
    if (m_printer) {
        m_spooler = std::make_unique<PrintSpooler>(m_session.printQueue(), *m_printer);
        if (auto started = m_printer->start(); !started)
            m_printerLabel->setText(started.error().message);
        // Most drawers read high when open; the setting turns it round for the others.
        const bool openWhenHigh
            = m_settings.value(QStringLiteral("drawer_open_level"), QStringLiteral("high")) != QStringLiteral("low");
        m_drawerWatch.setInterval(500);
        connect(&m_drawerWatch, &QTimer::timeout, this, [this] {
            constexpr int kTicksWithoutSensor = 10;
            if (!m_drawerSeenOpen && ++m_drawerWatchTicks > kTicksWithoutSensor)
                m_drawerWatch.stop();
            else
                m_printer->queryStatus();
        });
        connect(m_spooler.get(), &PrintSpooler::statusChanged, this, [this, openWhenHigh](const PrinterStatus& status) {
            const bool drawerOpen
                = status.reachable && !status.foreignEmulation && status.drawerPinHigh == openWhenHigh;
            if (drawerOpen)
                m_drawerSeenOpen = true;
            else if (m_drawerSeenOpen)
                m_drawerWatch.stop();
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
    m_session.setReceiptPrinterAttached(m_printer != nullptr);
    if (m_session.mode() == SaleStore::Mode::Training) {
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
    archiveAction->setEnabled(m_session.canArchive());
    connect(archiveAction, &QAction::triggered, this, &CounterWindow::archivePeriod);
    QAction* unlockAction = managerMenu->addAction(tr("&Unlock an operator…"));
    unlockAction->setObjectName(QStringLiteral("unlockOperatorAction"));
    connect(unlockAction, &QAction::triggered, this, &CounterWindow::unlockOperator);
    QAction* discountLimitAction = managerMenu->addAction(tr("&Discount limit for cashiers…"));
    discountLimitAction->setObjectName(QStringLiteral("discountLimitAction"));
    connect(discountLimitAction, &QAction::triggered, this, &CounterWindow::setDiscountLimit);
    QMenu* operatorMenu = menuBar()->addMenu(tr("&Operator"));
    QAction* switchAction = operatorMenu->addAction(tr("&Switch operator…"));
    switchAction->setObjectName(QStringLiteral("switchOperatorAction"));
    switchAction->setShortcut(QKeySequence(Qt::Key_F8));
    connect(switchAction, &QAction::triggered, this, &CounterWindow::switchOperator);
    QAction* lockAction = operatorMenu->addAction(tr("&Log out (lock the counter)"));
    lockAction->setObjectName(QStringLiteral("lockAction"));
    lockAction->setShortcut(QKeySequence(Qt::Key_F12));
    connect(lockAction, &QAction::triggered, this, &CounterWindow::lockCounter);
    QMenu* drawerMenu = menuBar()->addMenu(tr("Dra&wer"));
    const auto drawerAction = [&](const QString& text, const char* name, auto slot) {
        QAction* action = drawerMenu->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    drawerAction(tr("&Open a shift (count the float)…"), "openShiftAction", &CounterWindow::openShift);
    drawerAction(tr("Cash &in…"), "cashInAction", [this] { moveCash(CashMovementDialog::Kind::CashIn); });
    drawerAction(tr("Cash &out…"), "cashOutAction", [this] { moveCash(CashMovementDialog::Kind::CashOut); });
    drawerAction(tr("Open the &drawer without a sale…"), "noSaleAction",
                 [this] { moveCash(CashMovementDialog::Kind::NoSale); });
    drawerAction(tr("&Close the shift (count the drawer)…"), "closeShiftAction", &CounterWindow::closeShift);
    drawerMenu->addSeparator();
    drawerAction(tr("&X report (closes nothing)"), "xReportAction", [this] { m_session.cashDesk().xReport(); });
    drawerAction(tr("&Reprint the last Z"), "reprintZAction", [this] { m_session.cashDesk().reprintLastZ(); });
    // The stock's windows are a manager's; each wakes the store sync when it changed the stock.
    const auto stockWindow = [this, managerMenu]<typename Dialog>(const QString& text, const char* action,
                                                                  const char* dialogName, auto changed) {
        QAction* stockAction = managerMenu->addAction(text);
        stockAction->setObjectName(QString::fromLatin1(action));
        connect(stockAction, &QAction::triggered, this, [this, dialogName, changed] {
            const auto by = authorize(Permission::ManageStock);
            if (!by)
                return;
            Dialog dialog(m_session, *by, this);
            dialog.setObjectName(QString::fromLatin1(dialogName));
            connect(&dialog, changed, this, &CounterWindow::syncRequested);
            dialog.exec();
        });
    };
    stockWindow.operator()<StockAdjustmentDialog>(tr("Adjust the stoc&k…"), "stockAdjustmentAction",
                                                  "stockAdjustmentDialog", &StockAdjustmentDialog::adjusted);
    stockWindow.operator()<ReceptionDialog>(tr("R&eceive a delivery…"), "receptionAction", "receptionDialog",
                                            &ReceptionDialog::received);
    stockWindow.operator()<StocktakeDialog>(tr("Stocktake (&count the shop)…"), "stocktakeAction", "stocktakeDialog",
                                            &StocktakeDialog::counted);
    QAction* productsAction = managerMenu->addAction(tr("&Products and prices…"));
    productsAction->setObjectName(QStringLiteral("productsAction"));
    connect(productsAction, &QAction::triggered, this, [this] {
        if (!authorize(Permission::ManageProducts))
            return;
        const StoreSettings::Values store = StoreSettings::saved(m_session.database());
        // When the online store holds the catalog, what is changed here would be overwritten by its next sync.
        const bool storeDecides
            = store.productRecord == StoreSettings::ProductRecord::OnlineStore && !store.storeHash.isEmpty();
        ProductDialog dialog(m_session.database(), m_session.writer(), m_session.clock(),
                             {m_session.profile().registerId, m_session.profile().currency, m_session.locale(),
                              m_settings.countryVatRates(), BarcodeParser::rulesOf(m_settings),
                              storeDecides ? tr("The online store holds the catalog: change products in its control "
                                                "panel (Products); the register takes the changes at its next sync.")
                                           : QString()},
                             this);
        dialog.setObjectName(QStringLiteral("productDialog"));
        connect(&dialog, &ProductDialog::saved, this, &CounterWindow::syncRequested);
        dialog.exec();
    });
    // Labels change nothing: anyone at the register may print them.
    QAction* labelsAction = managerMenu->addAction(tr("Shelf &labels…"));
    labelsAction->setObjectName(QStringLiteral("shelfLabelsAction"));
    connect(labelsAction, &QAction::triggered, this, [this] {
        ShelfLabelContext context {m_session.profile().currency, m_session.locale(), {}};
        if (m_spooler)
            context.print = [this](const QList<ShelfLabel>& labels) {
                print(ShelfLabelLayout::encode(labels, m_session.profile().currency, m_session.locale(),
                                               m_printerProfile),
                      0, {});
            };
        ShelfLabelDialog dialog(m_session.database(), std::move(context), this);
        dialog.setObjectName(QStringLiteral("shelfLabelDialog"));
        dialog.exec();
    });
    QAction* reportsAction = managerMenu->addAction(tr("&Reports (sales, VAT, stock value)…"));
    reportsAction->setObjectName(QStringLiteral("reportsAction"));
    connect(reportsAction, &QAction::triggered, this, [this] {
        if (!authorize(Permission::ViewReports))
            return;
        ReportsDialog dialog(m_session.database(), m_session.profile().registerId, m_session.profile().currency,
                             m_session.locale(), this);
        dialog.setObjectName(QStringLiteral("reportsDialog"));
        dialog.exec();
    });
    QAction* staffAction = managerMenu->addAction(tr("S&taff and rights…"));
    staffAction->setObjectName(QStringLiteral("staffAction"));
    connect(staffAction, &QAction::triggered, this, [this] {
        const auto by = authorize(Permission::ManageOperators);
        if (!by)
            return;
        StaffDialog dialog(m_session, *by, this);
        dialog.setObjectName(QStringLiteral("staffDialog"));
        dialog.exec();
    });
    QAction* shopAction = managerMenu->addAction(tr("The &shop's details…"));
    shopAction->setObjectName(QStringLiteral("shopDetailsAction"));
    connect(shopAction, &QAction::triggered, this, [this] {
        const auto shop = m_settings.shop();
        if (!shop) {
            showMessage(CounterSession::Severity::Error, shop.error().message);
            return;
        }
        ShopDetailsDialog dialog(
            *shop,
            [this](const ShopIdentity& changed) {
                auto applied = m_session.changeShop(changed, m_session.cashier());
                if (applied || applied.error().code != Error::Code::Forbidden)
                    return applied;
                const auto by = authorize(Permission::ChangeSettings);
                return by ? m_session.changeShop(changed, *by) : applied;
            },
            this);
        dialog.setObjectName(QStringLiteral("shopDetailsDialog"));
        dialog.exec();
    });
    QAction* blindAction = managerMenu->addAction(tr("&Blind close for cashiers"));
    blindAction->setObjectName(QStringLiteral("blindCloseAction"));
    blindAction->setCheckable(true);
    blindAction->setChecked(m_settings.value(QStringLiteral("blind_close")) == u"1");
    connect(blindAction, &QAction::triggered, this, [this, blindAction](bool blind) {
        const auto by = authorize(Permission::SetUpCounter);
        if (by)
            m_session.cashDesk().setBlindClose(blind, *by);
        else
            blindAction->setChecked(!blind);
    });
    showShift();
    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* customerScreenAction = viewMenu->addAction(tr("&Customer screen"));
    customerScreenAction->setObjectName(QStringLiteral("customerScreenAction"));
    customerScreenAction->setCheckable(true);
    connect(customerScreenAction, &QAction::toggled, this, &CounterWindow::showCustomerScreen);
    QAction* contrastAction = viewMenu->addAction(tr("&High contrast"));
    contrastAction->setObjectName(QStringLiteral("highContrastAction"));
    contrastAction->setCheckable(true);
    contrastAction->setChecked(m_settings.value(QStringLiteral("counter_theme")) == u"high_contrast");
    connect(contrastAction, &QAction::toggled, this, [this](bool on) {
        applyTheme(on);
        // A preference of this register's screen, kept for the next start.
        DatabaseWriter::whenDone<Result<void>>(m_session.writer().run<Result<void>>([on](Database& database) {
            return Settings(database).setValue(QStringLiteral("counter_theme"),
                                               on ? QStringLiteral("high_contrast") : QString());
        }),
                                               this, [this](const Result<void>& saved) {
                                                   if (!saved)
                                                       showMessage(CounterSession::Severity::Error,
                                                                   saved.error().message);
                                               });
    });
    QAction* lockTimeAction = managerMenu->addAction(tr("Loc&k the counter after…"));
    lockTimeAction->setObjectName(QStringLiteral("lockTimeAction"));
    connect(lockTimeAction, &QAction::triggered, this, [this] {
        const auto by = authorize(Permission::SetUpCounter);
        if (!by)
            return;
        bool given = false;
        const int minutes = QInputDialog::getInt(this, tr("Lock the counter"),
                                                 tr("Minutes without use before the counter locks itself (0: never):"),
                                                 m_session.lockAfterSeconds() / 60, 0, 240, 1, &given);
        if (given)
            m_session.setLockAfterMinutes(minutes, *by);
        m_scanLineEdit->setFocus();
    });
    QAction* quickKeysAction = managerMenu->addAction(tr("&Quick keys…"));
    quickKeysAction->setObjectName(QStringLiteral("quickKeysAction"));
    connect(quickKeysAction, &QAction::triggered, this, &CounterWindow::setQuickKeys);
    QAction* syncLogAction = managerMenu->addAction(tr("Online &store sync log…"));
    syncLogAction->setObjectName(QStringLiteral("syncLogAction"));
    connect(syncLogAction, &QAction::triggered, this, [this] {
        SyncLogDialog log(m_session.database(), m_session.writer(), m_session.clock(), m_syncStatus, m_storeConnection,
                          this);
        connect(&log, &SyncLogDialog::syncRequested, this, &CounterWindow::syncRequested);
        log.exec();
    });
    QAction* onlineArticleAction = managerMenu->addAction(tr("&Online article (selection, split stock)…"));
    onlineArticleAction->setObjectName(QStringLiteral("onlineArticleAction"));
    connect(onlineArticleAction, &QAction::triggered, this, [this] {
        if (!authorize(Permission::ChangeSettings))
            return;
        OnlineArticleDialog dialog(m_session.database(), m_session.writer(), m_session.clock(), this);
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
        HardwareDoctorDialog doctor(m_settings, m_session.clock(), m_session.printQueue(), m_spooler.get(),
                                    m_printerProfile, this);
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
    connect(m_payCardPushButton, &QPushButton::clicked, &m_session, &CounterSession::payCard);
    connect(m_removeLinePushButton, &QPushButton::clicked, this, &CounterWindow::removeSelectedLine);
    connect(m_searchPushButton, &QPushButton::clicked, this, [this] { findArticle(m_scanLineEdit->text()); });
    connect(m_quantityPushButton, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        m_session.changeQuantity(row, m_scanLineEdit->text());
        m_linesTableView->selectRow(row); // the ticket was shown again: the line stays the one being changed
        m_scanLineEdit->clear();
        m_scanLineEdit->setFocus();
    });
    // "12*" (or ×, x) typed before a scan: the next article counts twelve. Taken at once, so that a scanner typing its
    // label over the field cannot lose it.
    connect(m_scanLineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        static const QRegularExpression quantity(QStringLiteral("^\\s*(\\d{1,4})\\s*[*×xX]$"));
        if (const auto match = quantity.match(text); match.hasMatch()) {
            m_scanLineEdit->clear();
            m_session.setNextQuantity(match.captured(1));
        }
    });
    connect(m_priceChangePushButton, &QPushButton::clicked, this, &CounterWindow::changePrice);
    connect(m_historyPushButton, &QPushButton::clicked, this, &CounterWindow::showHistory);
    connect(m_refundVoucherPushButton, &QPushButton::clicked, this, [this] {
        m_session.refundToVoucher(m_tenderedLineEdit->text());
        m_tenderedLineEdit->clear();
        m_scanLineEdit->setFocus();
    });
    // Queued: the return's dialogs open once the scan that read the receipt is over.
    connect(&m_session, &CounterSession::receiptScanned, this, &CounterWindow::takeBack, Qt::QueuedConnection);
    connect(m_parkPushButton, &QPushButton::clicked, &m_session, &CounterSession::parkOrResume);
    connect(m_customerPushButton, &QPushButton::clicked, this, &CounterWindow::chooseCustomer);
    connect(m_pickupPushButton, &QPushButton::clicked, this, &CounterWindow::pickUpOrder);
    connect(m_cancelTicketPushButton, &QPushButton::clicked, this, [this] {
        // Stopping a card payment is never a question; giving a ticket up is.
        if (!m_session.actions().cancelStopsCard
            && QMessageBox::question(this, tr("Cancel the ticket"), m_session.cancelQuestion(),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                != QMessageBox::Yes) {
            m_scanLineEdit->setFocus();
            return;
        }
        m_session.cancel();
        m_scanLineEdit->setFocus(); // the next customer's scan lands in the sale
    });
    connect(m_printPushButton, &QPushButton::clicked, this, &CounterWindow::printShown);
    connect(m_emailPushButton, &QPushButton::clicked, this, [this] {
        bool given = false;
        const QString address
            = QInputDialog::getText(this, tr("E-mail the receipt"), tr("The customer's e-mail address:"),
                                    QLineEdit::Normal, m_session.lastCustomerEmail(), &given);
        if (given)
            m_session.emailReceipt(address);
        m_scanLineEdit->setFocus();
    });
    connect(&m_session, &CounterSession::mailQueued, this, &CounterWindow::mailQueued);
    connect(m_closeDayPushButton, &QPushButton::clicked, this, &CounterWindow::closeDay);

    connect(&m_session, &CounterSession::ticketChanged, this, &CounterWindow::refresh);
    connect(&m_session, &CounterSession::message, this, &CounterWindow::showMessage);
    connect(&m_session, &CounterSession::lineAdded, m_linesTableView, &QTableView::selectRow);
    connect(&m_session, &CounterSession::scanRefused, this, [] { QApplication::beep(); });
    connect(&m_session, &CounterSession::receiptTextChanged, this, [this](const QString& text) {
        m_receiptPlainTextEdit->setPlainText(text);
        m_reportShown.reset();
    });
    // Connected after the session's own forwarding of the report to the receipt panel: the report is what is shown.
    CashDesk& desk = m_session.cashDesk();
    connect(&desk, &CashDesk::shown, this, [this](const QString&, ReceiptText::ClosurePaper paper) {
        m_reportShown = paper;
        refresh();
    });
    connect(&desk, &CashDesk::printRequested, this,
            [this](const QString& text) { print(ReceiptLayout::encodeReport(text, m_printerProfile), 0, {}); });
    connect(&desk, &CashDesk::shiftChanged, this, &CounterWindow::showShift);
    connect(&m_session, &CounterSession::committed, this, [this](const CommittedTicket& committed) {
        m_scanLineEdit->setFocus();
        emit ticketCommitted(committed);
    });
    connect(&m_session, &CounterSession::printRequested, this, [this](const CommittedTicket& committed, int copy) {
        const auto shop = m_settings.shop();
        if (!shop) {
            showMessage(
                CounterSession::Severity::Error,
                tr("The receipt cannot be printed: the shop's details cannot be read (%1).").arg(shop.error().message));
            return;
        }
        print(ReceiptLayout::encode(committed, *shop, m_session.locale(), m_printerProfile, copy), copy,
              m_session.lastTicketUuid());
    });
    connect(&m_session, &CounterSession::drawerKickRequested, this, [this] {
        print(EscPosEncoder(m_printerProfile).initialise().openDrawer().bytes(), 0, {});
        m_drawerWatchTicks = 0;
        m_drawerSeenOpen = false;
        m_drawerWatch.start();
    });
    connect(&m_session, &CounterSession::displayChanged, this, [this](const QString& top, const QString& bottom) {
        if (m_display)
            m_display->show(top, bottom);
    });
    connect(&m_session, &CounterSession::chargeUnknown, this, &CounterWindow::askWhetherCharged);
    // A card payment the register stopped in the middle of is settled before anything else, once the window shows.
    QTimer::singleShot(0, &m_session, [this] { m_session.settleCardPayments(); });
    // The start-up check read the ends of the file and the journal; the whole of both is read beside the counter,
    // once the cashier is at work rather than while the register comes up (its first seconds go to the window).
    constexpr int kWholeCheckAfterMs = 3'000;
    QTimer::singleShot(kWholeCheckAfterMs, &m_session, [this] { m_session.checkIntegrity(); });
    refresh();
    m_session.closeOpenPeriods();
    m_scanLineEdit->setFocus();
}

void CounterWindow::scan()
{
    const QString code = m_scanLineEdit->text();
    m_scanLineEdit->clear();
    // Words typed rather than a code scanned ("creme"): the search opens with them. A QWERTY scanner's digits typed on
    // an AZERTY keyboard hold accented letters too, and stay a scan.
    const bool words = std::ranges::any_of(code, [](QChar c) { return c.isLetter(); })
        && !WedgeScanDetector::digitsFromAzertyRow(code) && !m_session.search(code).isEmpty();
    if (words)
        findArticle(code);
    else
        m_session.scan(code);
}

void CounterWindow::findArticle(const QString& typed)
{
    ArticleSearchDialog dialog(m_session, typed, this);
    const bool picked = dialog.exec() == QDialog::Accepted && dialog.chosen();
    m_scanLineEdit->clear();
    m_scanLineEdit->setFocus();
    if (picked)
        m_session.addFound(*dialog.chosen());
}

void CounterWindow::payCash()
{
    if (m_session.payCash(m_tenderedLineEdit->text()))
        m_tenderedLineEdit->clear();
    m_scanLineEdit->setFocus();
}

void CounterWindow::askWhetherCharged(const QString& attemptId, const QString& reason, const Money& amount)
{
    QMessageBox question(QMessageBox::Warning, tr("Card payment"),
                         tr("The terminal's answer is missing (%1). Look at the last slip the terminal printed or "
                            "its last transaction: was the customer charged %2?")
                             .arg(reason, MoneyFormat::format(amount, m_session.locale())),
                         QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("cardOutcomeMessageBox"));
    QPushButton* charged = question.addButton(tr("Yes, charged"), QMessageBox::YesRole);
    question.addButton(tr("No, not charged"), QMessageBox::NoRole);
    question.exec();
    m_session.confirmCharge(attemptId, question.clickedButton() == charged);
}

void CounterWindow::removeSelectedLine()
{
    m_session.removeLine(selectedRow());
}

void CounterWindow::setStoreConnection(const std::optional<StoreConnection>& connection)
{
    m_storeConnection = connection;
    // The customer directory is the register's own, offline too; picking up an online order needs the store.
    m_pickupPushButton->setEnabled(connection.has_value());
    m_pickupPushButton->setToolTip(connection ? QString() : tr("Needs the connection to the online store."));
    if (!connection && m_syncLabel)
        m_syncLabel->setText(tr("Not connected to the online store"));
}

void CounterWindow::pickUpOrder()
{
    PickupDialog dialog(m_session.database(), m_session.writer(), m_session.clock(), m_session.cashier().name,
                        m_session.locale(), this);
    connect(&dialog, &PickupDialog::handedOver, this, &CounterWindow::syncRequested);
    dialog.exec();
    m_scanLineEdit->setFocus();
}

void CounterWindow::chooseCustomer()
{
    CustomerDialog dialog(m_session.database(), m_session.writer(), m_session.clock(), m_storeConnection,
                          m_session.locale(), this);
    if (dialog.exec() != QDialog::Accepted) {
        m_scanLineEdit->setFocus();
        return;
    }
    m_session.attachCustomer(dialog.customer().reference(), dialog.customer().firstName, dialog.customer().lastName);
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
    // "Up to date" only when it is: a run that failed with nothing counted waiting still failed.
    QString text = status.waiting > 0 ? tr("Online store: %n change(s) waiting", nullptr, int(status.waiting))
        : status.problem.isEmpty()    ? tr("Online store up to date")
                                      : tr("Online store NOT synced");
    if (status.lastSuccess.isValid())
        text += tr(" (last sync %1)")
                    .arg(m_session.locale().toString(status.lastSuccess.toLocalTime().time(), QLocale::ShortFormat));
    if (!status.problem.isEmpty())
        text += QStringLiteral(" — ") + status.problem;
    m_syncLabel->setText(text);
    m_syncLabel->setToolTip(status.problem);
    m_syncLabel->setStyleSheet(status.problem.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
}

int CounterWindow::selectedRow() const
{
    const QModelIndexList selected = m_linesTableView->selectionModel()->selectedRows();
    return selected.isEmpty() ? -1 : selected.first().row();
}

void CounterWindow::refresh()
{
    const Ticket& ticket = m_session.ticket();
    const auto pieces = m_session.nextQuantity();
    m_scanLineEdit->setPlaceholderText(pieces ? tr("× %1: scan the article").arg(m_session.locale().toString(*pieces))
                                              : tr("Scan or type a barcode, then Enter"));
    m_model->setTicket(ticket);
    // Between two customers, the money to hand back is the figure the cashier needs, read from a step away.
    const auto toGiveBack = m_session.toGiveBack();
    if (ticket.isEmpty() && toGiveBack)
        m_totalLabel->setText(tr("To give back %1").arg(m_session.formatMoney(*toGiveBack)));
    else if (ticket.kind() == Ticket::Kind::Refund)
        m_totalLabel->setText(tr("To refund %1").arg(m_session.formatMoney(-ticket.totals().totalMinor)));
    else
        m_totalLabel->setText(tr("Total %1").arg(m_session.formatMoney(ticket.totals().totalMinor)));
    QStringList below;
    if (const qint64 ticketDiscount = ticket.totals().ticketDiscountMinor; ticketDiscount != 0)
        below << tr("Ticket discount %1").arg(m_session.formatMoney(-ticketDiscount));
    if (!ticket.payments().isEmpty())
        below << tr("Still due %1").arg(m_session.formatMoney(ticket.amountDueMinor()));
    m_dueLabel->setText(below.join(QStringLiteral(" · ")));
    const CounterSession::Actions can = m_session.actions();
    m_payCashPushButton->setEnabled(can.pay);
    m_payCardPushButton->setEnabled(can.pay);
    m_removeLinePushButton->setEnabled(can.removeLine);
    m_quantityPushButton->setEnabled(can.removeLine);
    m_priceChangePushButton->setEnabled(can.removeLine && ticket.kind() == Ticket::Kind::Sale);
    m_historyPushButton->setEnabled(ticket.isEmpty() && !m_session.recording());
    m_refundVoucherPushButton->setEnabled(can.pay && ticket.kind() == Ticket::Kind::Refund);
    m_parkPushButton->setText(can.resumes ? tr("Take &back a ticket") : tr("Put ticket &aside"));
    m_parkPushButton->setEnabled(can.parkOrResume);
    m_cancelTicketPushButton->setEnabled(can.cancel);
    m_cancelTicketPushButton->setText(can.cancelStopsCard ? tr("Stop the card payment") : tr("Cancel &ticket"));
    m_printPushButton->setEnabled(can.printLastReceipt || m_reportShown.has_value());
    m_emailPushButton->setEnabled(can.printLastReceipt);
    m_closeDayPushButton->setEnabled(can.closeDay);
}

void CounterWindow::print(const QByteArray& job, int copy, const QString& ticketUuid)
{
    if (!m_spooler)
        return;
    m_spooler->submit(job, ticketUuid, copy,
                      [this](const QString& reason) { showMessage(CounterSession::Severity::Error, reason); });
}

void CounterWindow::printShown()
{
    if (!m_reportShown)
        m_session.printLastReceipt();
    else if (*m_reportShown == ReceiptText::ClosurePaper::Report)
        m_session.cashDesk().xReport();
    else
        m_session.cashDesk().reprintLastZ();
}

std::optional<Operator> CounterWindow::authorize(Permission permission)
{
    const Operator& cashier = m_session.cashier();
    if (cashier.may(permission))
        return cashier;
    LoginDialog dialog(
        tr("Manager approval"), tr("%1 may not do this alone. A manager approves with their PIN.").arg(cashier.name),
        m_session.approversOf(permission),
        [&](const QString& name, const QString& pin) { return m_session.approve(permission, name, pin); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.result();
}

void CounterWindow::changePrice()
{
    const int row = selectedRow();
    PriceChangeDialog dialog(
        row >= 0,
        [this, row](CounterSession::PriceChange change, const QString& typed, const QString& reason) {
            auto changed = m_session.changePrice(change, row, typed, reason, m_session.cashier());
            if (changed || changed.error().code != Error::Code::Forbidden)
                return changed;
            // Above what a cashier gives alone: a manager approves on the spot.
            const auto by = authorize(Permission::LargeDiscount);
            return by ? m_session.changePrice(change, row, typed, reason, *by) : changed;
        },
        this);
    dialog.exec();
    if (row >= 0 && row < m_session.ticket().lines().size())
        m_linesTableView->selectRow(row);
    m_scanLineEdit->setFocus();
}

void CounterWindow::showHistory()
{
    TicketHistoryDialog dialog(m_session, this);
    dialog.exec();
    m_scanLineEdit->setFocus();
    if (dialog.action() == TicketHistoryDialog::Action::Reprint)
        m_session.reprint(dialog.chosenUuid());
    else if (dialog.action() == TicketHistoryDialog::Action::TakeBack)
        takeBack(dialog.chosenUuid());
}

void CounterWindow::takeBack(const QString& ticketUuid)
{
    const auto sold = m_session.committedTicket(ticketUuid);
    if (!sold) {
        showMessage(CounterSession::Severity::Error, sold.error().message);
        return;
    }
    ReturnDialog dialog(m_session, *sold, this);
    const bool chosen = dialog.exec() == QDialog::Accepted;
    m_scanLineEdit->setFocus();
    if (!chosen)
        return;
    const QList<RefundRequest> requests = dialog.requests();
    auto started = m_session.startRefund(ticketUuid, requests, m_session.cashier());
    if (!started && started.error().code == Error::Code::Forbidden) {
        const auto by = authorize(Permission::Refund);
        if (!by)
            return;
        started = m_session.startRefund(ticketUuid, requests, *by);
    }
    if (!started)
        showMessage(CounterSession::Severity::Error, started.error().message);
    m_scanLineEdit->setFocus();
}

bool CounterWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
        if (m_idleTimer.isActive())
            m_idleTimer.start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void CounterWindow::switchOperator()
{
    LoginDialog login(
        tr("Switch operator"), tr("Who takes the counter?"), m_session.operators(),
        [this](const QString& name, const QString& pin) { return m_session.login(name, pin); }, this);
    if (login.exec() == QDialog::Accepted && login.result())
        if (auto switched = m_session.setCashier(*login.result()); !switched)
            showMessage(CounterSession::Severity::Error, switched.error().message);
    m_scanLineEdit->setFocus();
}

void CounterWindow::lockCounter()
{
    if (m_locked)
        return;
    m_locked = true;
    m_idleTimer.stop();
    // Nothing of the counter can be used until someone logs in: the lock cannot be closed otherwise.
    QString prompt = tr("The counter is locked. Who is at the register?");
    while (true) {
        LoginDialog login(
            tr("Locked"), prompt, m_session.operators(),
            [this](const QString& name, const QString& pin) { return m_session.login(name, pin); }, this);
        login.setObjectName(QStringLiteral("lockDialog"));
        if (login.exec() != QDialog::Accepted || !login.result()) {
            if (!isVisible())
                break; // the register is being closed
            continue;
        }
        if (auto taken = m_session.setCashier(*login.result()); !taken) {
            prompt = taken.error().message;
            continue;
        }
        break;
    }
    m_locked = false;
    if (const int seconds = m_session.lockAfterSeconds(); seconds > 0)
        m_idleTimer.start(seconds * 1000);
    m_scanLineEdit->setFocus();
}

void CounterWindow::showCustomerScreen(bool shown)
{
    if (!shown) {
        m_customerScreen.reset();
        return;
    }
    m_customerScreen = std::make_unique<CustomerFacingWindow>(m_session);
    // On the second monitor when there is one, full screen, turned towards the customer.
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        m_customerScreen->setScreen(screens.at(1));
        m_customerScreen->setGeometry(screens.at(1)->geometry());
        m_customerScreen->showFullScreen();
    } else {
        m_customerScreen->show();
    }
}

void CounterWindow::applyTheme(bool highContrast)
{
    // White and yellow on black, thick outlines: read by a cashier with low vision or in a sunlit shop window.
    setStyleSheet(highContrast ? QStringLiteral(
                      "QWidget { background: black; color: white; }"
                      "QPushButton { background: #202020; color: white; border: 2px solid #ffd400; font-weight: bold; }"
                      "QPushButton:disabled { color: #8a8a8a; border-color: #5a5a5a; }"
                      "QLineEdit, QPlainTextEdit, QTableView, QListWidget { background: black; color: white; "
                      "border: 2px solid white; selection-background-color: #ffd400; selection-color: black; }"
                      "QHeaderView::section { background: black; color: #ffd400; border: 1px solid white; }"
                      "QLabel#totalLabel, QLabel#dueLabel { color: #ffd400; }")
                               : QString());
}

void CounterWindow::buildQuickKeys()
{
    delete m_quickKeysWidget->layout();
    qDeleteAll(m_quickKeysWidget->findChildren<QPushButton*>(Qt::FindDirectChildrenOnly));
    auto* grid = new QGridLayout(m_quickKeysWidget);
    grid->setSpacing(4);
    const auto keys = m_session.quickKeys();
    if (keys.isEmpty()) {
        auto* none = new QPushButton(tr("No quick keys yet: Manager > Quick keys."), m_quickKeysWidget);
        none->setEnabled(false);
        grid->addWidget(none, 0, 0);
    }
    constexpr int kColumns = 2;
    for (int index = 0; index < keys.size(); ++index) {
        const auto& [code, name] = keys.at(index);
        auto* key = new QPushButton(name, m_quickKeysWidget);
        key->setObjectName(QStringLiteral("quickKey_%1").arg(code));
        key->setMinimumHeight(52);
        key->setFocusPolicy(Qt::NoFocus);
        key->setToolTip(name);
        key->setStyleSheet(QStringLiteral("text-align: left; padding: 4px;"));
        connect(key, &QPushButton::clicked, this, [this, code = code] {
            m_session.scan(code);
            m_scanLineEdit->setFocus();
        });
        grid->addWidget(key, index / kColumns, index % kColumns);
    }
    grid->setRowStretch(static_cast<int>((keys.size() + kColumns - 1) / kColumns), 1);
}

void CounterWindow::setQuickKeys()
{
    const auto by = authorize(Permission::SetUpCounter);
    if (!by)
        return;
    QStringList codes;
    for (const auto& key : m_session.quickKeys())
        codes << key.first;
    bool given = false;
    const QString typed = QInputDialog::getMultiLineText(
        this, tr("Quick keys"), tr("The barcodes of the articles on the quick keys, one per line, in their order:"),
        codes.join(u'\n'), &given);
    if (given)
        m_session.setQuickKeys(typed, *by);
    m_scanLineEdit->setFocus();
}

void CounterWindow::setDiscountLimit()
{
    const auto by = authorize(Permission::SetUpCounter);
    if (!by)
        return;
    bool typed = false;
    const QString limit = QInputDialog::getText(
        this, tr("Discount limit for cashiers"),
        tr("Cashiers give discounts and price cuts up to this percentage alone; above it, a manager approves with "
           "their PIN:"),
        QLineEdit::Normal, formatRate(m_session.discountLimit(), m_session.locale()), &typed);
    if (typed)
        m_session.setDiscountLimit(limit, *by);
    m_scanLineEdit->setFocus();
}

void CounterWindow::unlockOperator()
{
    const QStringList locked = m_session.lockedOutOperators();
    if (locked.isEmpty()) {
        showMessage(CounterSession::Severity::Info, tr("No operator is locked out."));
        return;
    }
    bool chosen = false;
    const QString name = QInputDialog::getItem(this, tr("Unlock an operator"),
                                               tr("Locked out after too many wrong PINs:"), locked, 0, false, &chosen);
    if (!chosen)
        return;
    if (const auto by = authorize(Permission::UnlockOperator))
        m_session.unlockOperator(name, *by);
}

void CounterWindow::closeDay()
{
    const auto by = authorize(Permission::CloseDay);
    if (!by)
        return;
    m_session.cashDesk().closeDay(*by);
}

void CounterWindow::openShift()
{
    CashDesk& desk = m_session.cashDesk();
    const auto format = [&desk](qint64 minor) {
        return desk.formatMoney(minor);
    };
    const auto parse = [&desk](const QString& typed) {
        return desk.parseMoney(typed);
    };
    std::unique_ptr<CashCountDialog> dialog(
        CashCountDialog::opening(desk.denominations(), desk.carriedFloat(), format, parse, this));
    dialog->setObjectName(QStringLiteral("openShiftDialog"));
    if (dialog->exec() == QDialog::Accepted)
        desk.openShift(dialog->count(), dialog->forTheTeam(), m_session.cashier());
    m_scanLineEdit->setFocus();
}

void CounterWindow::closeShift()
{
    CashDesk& desk = m_session.cashDesk();
    const auto expected = desk.expectation();
    if (!expected) {
        showMessage(CounterSession::Severity::Error, expected.error().message);
        return;
    }
    const auto format = [&desk](qint64 minor) {
        return desk.formatMoney(minor);
    };
    const auto parse = [&desk](const QString& typed) {
        return desk.parseMoney(typed);
    };
    std::unique_ptr<CashCountDialog> dialog(CashCountDialog::closing(
        desk.denominations(), *expected, desk.closesBlind(m_session.cashier()), format, parse, this));
    dialog->setObjectName(QStringLiteral("closeShiftDialog"));
    if (dialog->exec() == QDialog::Accepted)
        desk.closeShift(dialog->count(), dialog->otherCounted().value_or(QMap<QString, qint64>()), m_session.cashier());
    m_scanLineEdit->setFocus();
}

void CounterWindow::moveCash(CashMovementDialog::Kind kind)
{
    using Kind = CashMovementDialog::Kind;
    CashDesk& desk = m_session.cashDesk();
    const auto apply = [&desk](Kind chosen, const QString& amount, const QString& reason, const Operator& by) {
        if (chosen == Kind::NoSale)
            return desk.openDrawer(reason, by);
        return desk.moveCash(chosen == Kind::CashIn ? CashMovementKind::In : CashMovementKind::Out, amount, reason, by);
    };
    CashMovementDialog dialog(
        kind,
        [&](Kind chosen, const QString& amount, const QString& reason) {
            auto moved = apply(chosen, amount, reason, m_session.cashier());
            if (moved || moved.error().code != Error::Code::Forbidden)
                return moved;
            // The drawer is a manager's: one approves on the spot.
            const auto by = authorize(Permission::ManageCash);
            return by ? apply(chosen, amount, reason, *by) : moved;
        },
        this);
    dialog.setObjectName(QStringLiteral("cashMovementDialog"));
    dialog.exec();
    m_scanLineEdit->setFocus();
}

void CounterWindow::showShift()
{
    const auto shift = m_session.cashDesk().currentShift();
    if (!shift) {
        m_shiftLabel->setText(tr("No shift open"));
        return;
    }
    const QString since = m_session.locale().toString(shift->openedAt.toLocalTime().time(), QLocale::ShortFormat);
    m_shiftLabel->setText(
        shift->owner.isEmpty()
            ? tr("Team shift since %1, float %2")
                  .arg(since, m_session.cashDesk().formatMoney(shift->floatCount.total()))
            : tr("%1's shift since %2, float %3")
                  .arg(shift->owner, since, m_session.cashDesk().formatMoney(shift->floatCount.total())));
}

void CounterWindow::archivePeriod()
{
    const auto by = authorize(Permission::Archive);
    if (!by)
        return;
    bool chosen = false;
    const QString period
        = QInputDialog::getText(this, tr("Fiscal archive"), tr("Month (YYYY-MM) or year (YYYY) to archive:"),
                                QLineEdit::Normal, m_session.lastMonth(), &chosen)
              .trimmed();
    if (!chosen || period.isEmpty())
        return;
    const QString folder = QFileDialog::getExistingDirectory(this,
                                                             tr("Where to write the archive (a USB key, a "
                                                                "backup disk)"));
    if (folder.isEmpty())
        return;
    m_session.archive(period, folder, *by);
}

void CounterWindow::verifyJournal()
{
    m_session.verifyJournal([this](const Result<CounterSession::JournalCheck>& check) {
        if (!check)
            showMessage(CounterSession::Severity::Error, check.error().message);
        else if (check->faults.isEmpty())
            QMessageBox::information(this, tr("Fiscal journal"), check->intact.join(u'\n'));
        else
            QMessageBox::critical(this, tr("Fiscal journal"),
                                  tr("The fiscal journal is damaged. Do not sell on this register; call support.\n\n%1")
                                      .arg(check->faults.join(u'\n')));
    });
}

void CounterWindow::showMessage(CounterSession::Severity severity, const QString& text)
{
    const bool isError = severity == CounterSession::Severity::Error;
    m_messageLabel->setProperty("severity", isError ? QStringLiteral("error") : QStringLiteral("info"));
    m_messageLabel->setStyleSheet(isError ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_messageLabel->setText(text);
}

} // namespace caisse
