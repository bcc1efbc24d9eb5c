#include "SmtpSink.h"
#include "StoreEmulator.h"
#include "TerminalEmulator.h"
#include "VirtualPrinter.h"
#include "backoffice/CatalogImportDialog.h"
#include "backoffice/ProductDialog.h"
#include "backoffice/ReportsDialog.h"
#include "backoffice/ShelfLabelDialog.h"
#include "backoffice/ShelfLabelSheet.h"
#include "base/SystemClock.h"
#include "catalog/BarcodeParser.h"
#include "catalog/Catalog.h"
#include "counter/ArticleSearchDialog.h"
#include "counter/CashCountDialog.h"
#include "counter/CashMovementDialog.h"
#include "counter/CounterWindow.h"
#include "counter/CustomerDialog.h"
#include "counter/LoginDialog.h"
#include "counter/PriceChangeDialog.h"
#include "counter/ReceptionDialog.h"
#include "counter/ReturnDialog.h"
#include "counter/ShopDetailsDialog.h"
#include "counter/StaffDialog.h"
#include "counter/StockAdjustmentDialog.h"
#include "counter/StocktakeDialog.h"
#include "counter/TicketHistoryDialog.h"
#include "counter/TicketModel.h"
#include "demo/DemoStore.h"
#include "fiscal/ClosureRecord.h"
#include "mail/MailOutbox.h"
#include "manager/OnlineArticleDialog.h"
#include "manager/ProductSelectionDialog.h"
#include "manager/StoreSettingsDialog.h"
#include "manager/SyncLogDialog.h"
#include "sale/SaleStore.h"
#include "sale/Vouchers.h"
#include "setup/DeviceConfiguration.h"
#include "storage/Database.h"
#include "storage/SecretStore.h"
#include "storage/Settings.h"
#include "storesync/CustomerLink.h"
#include "storesync/Customers.h"
#include "storesync/OrderSync.h"
#include "storesync/ProductImport.h"
#include "storesync/SyncOutbox.h"
#include "storesync/SyncWorker.h"
#include "support/QrReader.h"
#include "support/ResultCheck.h"
#include "support/TestSupport.h"
#include "terminal/CaisseApTerminal.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

using namespace caisse;

class TestCounterWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void scanTwoArticlesPayCashAndFindTheTicket();
    void quantityTypedBeforeTheScanAndChangedOnTheLine();
    void miscellaneousArticleAtItsVatRate();
    void keypadAndQuickKeysSellWithoutAKeyboard();
    void customerScreenAndHighContrast();
    void everyActionHasItsOwnShortcutInBothLanguages();
    void shiftCountedShortThenXAndTwoZsPrinted();
    void shopDetailsChangedByAnAdministratorAndJournaled();
    void blindCloseHidesWhatTheDrawerShouldHold();
    void deactivatedCashierCannotLogInAndKeepsHerTickets();
    void stockAdjustedWithItsReasonOnAManagersAuthority();
    void operatorSwitchedAndCounterLockedWhenIdle();
    void discountAboveTheLimitRefusedThenApproved();
    void returnStartedFromTheReceiptsQrCode();
    void ticketsFoundAndReprintedAfterARestart();
    void giftCardSoldThenSpentInTwoPayments();
    void articleFoundByNameWithoutAccents();
    void unknownBarcodeAddsNothingAndSaysSo();
    void cardPaymentThroughTheTerminal();
    void saleThatCannotBeWrittenIsNotShownAsDone();
    void cancelledTicketIsJournaled();
    void partlyPaidTicketIsGivenUp();
    void reprintIsADuplicate();
    void closingTheDayTakesAManagersPin();
    void unknownCardOutcomeIsAskedNotRepeated();
    void bankCardDataIsNeverKept();
    void receiptPrintsOnRequestOriginalThenDuplicate();
    void scanReachesTheSaleWhereverTheFocusIs();
    void qwertyScannerOnAzertyIsReadAndExplained();
    void serialScannerAddsToTheSale();
    void customerDisplayShowsEachLineAndTheChange();
    void saleReachesTheOnlineStoreInTheBackground();
    void syncLogShowsARefusalAndSendsItAgain();
    void dayEndComparisonWithTheOnlineStore();
    void customerCreatedAtTheCounterAndAttached();
    void customerSearchStartsAfreshAndShowsGuestOrders();
    void customerCreatedOfflineLinkedAfterReconnecting();
    void receiptEmailedOfflineDeliveredAfterReconnecting();
    void onlineOrderPickedUpAtTheCounter();
    void storeSettingsTestConnectAndSystemOfRecord();
    void managerSplitsAnArticlesStock();
    void managerPicksTheProductsThatSync();
    void deliveryReceivedOnceWithItsCostPrice();
    void stocktakeResumedAfterAKillWithASaleDuringTheCount();
    void vatReportOfAMonthEqualsItsMonthlyClosure();
    void productWithTwoVariantsAndGeneratedBarcodesSoldByScanning();
    void csvWithThreeFaultyLinesShowsThreeAndWritesNothing();
    void catalogExportedThenImportedRoundTrips();
    void shelfLabelsWithTheirPricePerKgOnTheReceiptPrinterAndAnA4Sheet();

private:
    /** A cashier's session and its window on the test's database, as main() builds them. */
    void openCounter();
    void scan(const QString& barcode);
    /** Presses "Pay cash" and waits for the sale's recording (on the writer's thread) to end, well or not. */
    void payCash();
    QString cancelAnswering(QMessageBox::StandardButton answer);
    /** Every write refused, on the screen's and the writer's connections, as by a disk remounted read-only. */
    void refuseWrites(bool refused);
    /** The demo's operators, Dominique the manager among them (PIN 2222). */
    void seedOperators();
    /** The counter prints on a virtual printer (started by the caller), as a shop with a receipt printer does. */
    void printOn(const VirtualPrinter& printer);
    template <typename T> T* widget(const char* name) const
    {
        return m_window->findChild<T*>(QString::fromLatin1(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TerminalEmulator> m_emulator;
    std::unique_ptr<CaisseApTerminal> m_terminal;
    SystemClock m_clock;
    std::unique_ptr<DatabaseWriter> m_writer;
    /** The writer the counter and its dialogs write through, opened on first use. */
    DatabaseWriter& writer();
    std::unique_ptr<CounterSession> m_session;
    std::unique_ptr<CounterWindow> m_window;
};

void TestCounterWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("caisse.db"))).value();
    QVERIFY(DemoStore::seed(*m_db, m_clock));
    m_emulator = std::make_unique<TerminalEmulator>();
    QVERIFY(m_emulator->listen());
    CaisseApSettings terminal;
    terminal.port = m_emulator->port();
    m_terminal = std::make_unique<CaisseApTerminal>(terminal);
    openCounter();
}

DatabaseWriter& TestCounterWindow::writer()
{
    if (!m_writer)
        m_writer = std::move(DatabaseWriter::open(m_db->path()).value());
    return *m_writer;
}

void TestCounterWindow::openCounter()
{
    m_window.reset();
    m_session.reset();
    m_session = std::make_unique<CounterSession>(*m_db, writer(), m_clock, Settings(*m_db).profile().value(),
                                                 *m_terminal, QLocale(QLocale::French, QLocale::France),
                                                 Operator {QStringLiteral("Camille"), Role::Cashier, std::nullopt, {}});
    m_window = std::make_unique<CounterWindow>(*m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCounterWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_writer.reset();
    m_terminal.reset();
    m_emulator.reset();
    m_db.reset();
    m_dir.reset();
}

void TestCounterWindow::scan(const QString& barcode)
{
    // A keyboard-wedge scanner types the digits, then Enter, into whatever has the focus: the scan field.
    QWidget* focused = QApplication::focusWidget();
    QCOMPARE(focused, widget<QLineEdit>("scanLineEdit"));
    QTest::keyClicks(focused, barcode);
    QTest::keyClick(focused, Qt::Key_Return);
}

void TestCounterWindow::payCash()
{
    QTest::mouseClick(widget<QPushButton>("payCashPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->recording(), 5'000);
}

void TestCounterWindow::refuseWrites(bool refused)
{
    const QString pragma
        = refused ? QStringLiteral("PRAGMA query_only = ON") : QStringLiteral("PRAGMA query_only = OFF");
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(pragma));
    QVERIFY(m_writer->run<bool>([pragma](Database& database) { return QSqlQuery(database.connection()).exec(pragma); })
                .result());
}

void TestCounterWindow::seedOperators()
{
    SystemClock clock;
    TechnicalEvents events(*m_db, clock, QStringLiteral("R01"));
    OperatorStore operators(*m_db, clock, events);
    QVERIFY_RESULT(DemoStore::seedOperators(operators));
}

void TestCounterWindow::printOn(const VirtualPrinter& printer)
{
    Settings settings(*m_db);
    QVERIFY_RESULT(settings.setValue(QStringLiteral("printer_host"), QStringLiteral("127.0.0.1")));
    QVERIFY_RESULT(settings.setValue(QStringLiteral("printer_port"), QString::number(printer.port())));
    openCounter();
}

void TestCounterWindow::scanTwoArticlesPayCashAndFindTheTicket()
{
    QSignalSpy committed(m_window.get(), &CounterWindow::ticketCommitted);
    scan(QStringLiteral("3760001000016")); // Pain de campagne, 3.99 at 5.5 %
    scan(QStringLiteral("3010001000029")); // Baguette tradition, 1.20
    QCOMPARE(m_window->currentTicket().lines().size(), 2);
    QVERIFY(widget<QLabel>("totalLabel")->text().contains(QStringLiteral("5,19")));

    QTest::keyClicks(widget<QLineEdit>("tenderedLineEdit"), QStringLiteral("10"));
    payCash();
    QCOMPARE(committed.count(), 1);
    QVERIFY(widget<QLabel>("messageLabel")->text().contains(QStringLiteral("4,81")));
    QVERIFY(m_window->currentTicket().isEmpty());
    // The change is the big figure until the next customer's first article.
    QVERIFY2(widget<QLabel>("totalLabel")->text().contains(QStringLiteral("To give back 4,81")),
             qPrintable(widget<QLabel>("totalLabel")->text()));
    const QString receipt = widget<QPlainTextEdit>("receiptPlainTextEdit")->toPlainText();
    QVERIFY2(receipt.contains(QStringLiteral("Pain de campagne")), qPrintable(receipt));

    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT t.number, t.total_minor, (SELECT COUNT(*) FROM ticket_lines l WHERE "
                                      "l.ticket_id = t.id), p.method, p.tendered_minor, p.change_minor FROM tickets t "
                                      "JOIN payments p ON p.ticket_id = t.id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toInt(), 519);
    QCOMPARE(query.value(2).toInt(), 2);
    QCOMPARE(query.value(3).toString(), QStringLiteral("cash"));
    QCOMPARE(query.value(4).toInt(), 1000);
    QCOMPARE(query.value(5).toInt(), 481);
    QCOMPARE(QApplication::focusWidget(), widget<QLineEdit>("scanLineEdit"));
}

void TestCounterWindow::quantityTypedBeforeTheScanAndChangedOnTheLine()
{
    // Twelve loaves: "12", then *, then one scan; the field says what the next scan counts.
    auto* field = widget<QLineEdit>("scanLineEdit");
    QTest::keyClicks(field, QStringLiteral("12*"));
    QVERIFY(field->text().isEmpty());
    QVERIFY2(field->placeholderText().contains(QStringLiteral("12")), qPrintable(field->placeholderText()));
    scan(QStringLiteral("3760001000016")); // Pain de campagne, 3.99
    QCOMPARE(m_window->currentTicket().lines().size(), 1);
    QCOMPARE(m_window->currentTicket().lines().first().quantityMilli, 12'000);
    QVERIFY(widget<QLabel>("totalLabel")->text().contains(QStringLiteral("47,88")));
    QVERIFY(!field->placeholderText().contains(QStringLiteral("12"))); // used once

    // Typed in one go with the barcode: three baguettes on one line.
    scan(QStringLiteral("3x3010001000029"));
    QCOMPARE(m_window->currentTicket().lines().size(), 2);
    QCOMPARE(m_window->currentTicket().lines().at(1).quantityMilli, 3'000);

    // The customer takes only two: typed, then "Quantity of the line" on the selected (last scanned) line.
    QTest::keyClicks(field, QStringLiteral("2"));
    QTest::mouseClick(widget<QPushButton>("quantityPushButton"), Qt::LeftButton);
    QCOMPARE(m_window->currentTicket().lines().at(1).quantityMilli, 2'000);
    const QString total = QStringLiteral("50,28"); // 12 × 3.99 + 2 × 1.20
    QVERIFY2(widget<QLabel>("totalLabel")->text().contains(total), qPrintable(widget<QLabel>("totalLabel")->text()));
    QCOMPARE(m_window->findChild<QTableView*>(QStringLiteral("linesTableView"))
                 ->model()
                 ->index(1, TicketModel::QuantityColumn)
                 .data()
                 .toString(),
             QStringLiteral("2"));

    // Not a number of pieces: said, nothing changed.
    QTest::keyClicks(field, QStringLiteral("0"));
    QTest::mouseClick(widget<QPushButton>("quantityPushButton"), Qt::LeftButton);
    QCOMPARE(m_window->currentTicket().lines().at(1).quantityMilli, 2'000);
    QVERIFY(widget<QLabel>("messageLabel")->text().contains(QStringLiteral("1 to 9")));

    // Tomatoes weighed at the scale: their label's 0.347 kg stands, and the cashier is told the × was not applied.
    QTest::keyClicks(field, QStringLiteral("3*"));
    scan(QStringLiteral("2100099003475"));
    QCOMPARE(m_window->currentTicket().lines().at(2).quantityMilli, 347);
    QVERIFY(widget<QLabel>("messageLabel")->text().contains(QStringLiteral("weight")));

    // Recorded as rung up.
    payCash();
    QSqlQuery stored(m_db->connection());
    QVERIFY(stored.exec(
        QStringLiteral("SELECT quantity_milli, total_minor FROM ticket_lines ORDER BY ticket_id, line_no")));
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toLongLong(), 12'000);
    QCOMPARE(stored.value(1).toLongLong(), 4788);
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toLongLong(), 2'000);
}

void TestCounterWindow::miscellaneousArticleAtItsVatRate()
{
    // An unlabelled loaf at 2.50 (5.5 %), and two vases at 12.00 (20 %): price typed, then the key of the rate.
    auto* field = widget<QLineEdit>("scanLineEdit");
    auto* reduced = widget<QPushButton>("miscellaneousPushButton5500");
    auto* standard = widget<QPushButton>("miscellaneousPushButton20000");
    QVERIFY(reduced && standard);
    QCOMPARE(standard->text(), QStringLiteral("Miscellaneous 20 %"));
    QTest::keyClicks(field, QStringLiteral("2,50"));
    QTest::mouseClick(reduced, Qt::LeftButton);
    QTest::keyClicks(field, QStringLiteral("2*"));
    QTest::keyClicks(field, QStringLiteral("12"));
    QTest::mouseClick(standard, Qt::LeftButton);
    const auto& lines = m_window->currentTicket().lines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].label, QStringLiteral("Miscellaneous 5,5 %"));
    QCOMPARE(lines[0].unitPriceMinor, 250);
    QCOMPARE(lines[1].quantityMilli, 2'000);
    QCOMPARE(lines[1].vatRateMilliPercent, 20'000);
    QVERIFY(widget<QLabel>("totalLabel")->text().contains(QStringLiteral("26,50")));
    // Without a price, nothing is added and the cashier is told what to do.
    QTest::mouseClick(reduced, Qt::LeftButton);
    QCOMPARE(lines.size(), 2);
    QVERIFY(widget<QLabel>("messageLabel")->text().contains(QStringLiteral("price")));

    payCash();
    QSqlQuery stored(m_db->connection());
    QVERIFY(stored.exec(QStringLiteral("SELECT variant_id IS NULL, vat_rate_milli_percent, total_minor FROM "
                                       "ticket_lines ORDER BY ticket_id, line_no")));
    QVERIFY(stored.next());
    QVERIFY(stored.value(0).toBool()); // no article of the catalog: no stock moves
    QCOMPARE(stored.value(1).toInt(), 5500);
    QCOMPARE(stored.value(2).toLongLong(), 250);
    QVERIFY(stored.next());
    QCOMPARE(stored.value(2).toLongLong(), 2400);
}

namespace {

/** Fills the open discount dialog and confirms it. */
void askPriceChange(const QString& change, const QString& value, const QString& reason)
{
    auto* dialog = qobject_cast<PriceChangeDialog*>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    auto* changeBox = dialog->findChild<QComboBox*>(QStringLiteral("changeComboBox"));
    changeBox->setCurrentIndex(changeBox->findText(change));
    QCOMPARE(changeBox->currentText(), change);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("valueLineEdit")), value);
    QTest::keyClicks(dialog->findChild<QComboBox*>(QStringLiteral("reasonComboBox"))->lineEdit(), reason);
    QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("valueLineEdit")), Qt::Key_Return);
}

/**
 * Runs act on the next modal dialog of type T once it is open (and ready says it is the one awaited): dialogs open from
 * queued calls and nested loops.
 */
template <typename T> void whenOpen(QObject* context, std::function<void(T*)> act, std::function<bool(T*)> ready = {})
{
    auto* poll = new QTimer(context);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, context, [poll, act, ready] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget()); dialog && (!ready || ready(dialog))) {
            poll->stop();
            poll->deleteLater();
            act(dialog);
        }
    });
    poll->start();
}

/** The manager's approval the open PIN dialog asks for: cancelled, or given by Dominique. */
void answerApproval(bool approve)
{
    auto* dialog = qobject_cast<LoginDialog*>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    if (!approve) {
        dialog->reject();
        return;
    }
    dialog->findChild<QComboBox*>(QStringLiteral("nameComboBox"))->setCurrentText(QStringLiteral("Dominique"));
    auto* pin = dialog->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    QTest::keyClicks(pin, QStringLiteral("2222"));
    QTest::keyClick(pin, Qt::Key_Return);
}

/** The stock of the article with this barcode, in pieces, as the database holds it. */
qint64 stockOf(Database& database, const QString& barcode)
{
    return database
               .integer(QStringLiteral("SELECT COALESCE(SUM(m.quantity_milli), 0) FROM stock_movements m JOIN barcodes "
                                       "b ON b.variant_id = m.variant_id WHERE b.lookup_key = ?"),
                        {QStringLiteral("0") + barcode})
               .value()
        / 1000;
}

/**
 * Opens the window of the menu action named action, approved by Dominique's PIN, runs act in it, then closes it and
 * gives the counter back its focus.
 */
template <typename T>
void withManagersWindow(CounterWindow* window, QObject* context, const char* action, std::function<void(T*)> act)
{
    whenOpen<LoginDialog>(context, [](LoginDialog*) { answerApproval(true); });
    whenOpen<T>(context, [act](T* dialog) {
        act(dialog);
        dialog->reject();
    });
    window->findChild<QAction*>(QString::fromLatin1(action))->trigger();
    window->activateWindow();
}

} // namespace

namespace {

/** Counts pieces into an open drawer count: {denomination in cents, pieces}. */
void countPieces(CashCountDialog* dialog, std::initializer_list<std::pair<int, int>> pieces)
{
    for (const auto& [denomination, number] : pieces) {
        auto* box = dialog->findChild<QSpinBox*>(QStringLiteral("pieces%1").arg(denomination));
        QVERIFY2(box, qPrintable(QString::number(denomination)));
        box->setValue(number);
    }
}

void pressOk(QDialog* dialog)
{
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}

/** The printed report that says text, as decoded from the printer's bytes; empty when none does. */
QStringList printedWith(const VirtualPrinter& printer, const QString& text)
{
    for (const auto& receipt : printer.receipts())
        if (receipt.lines.join(u'\n').contains(text))
            return receipt.lines;
    return {};
}

} // namespace

void TestCounterWindow::shiftCountedShortThenXAndTwoZsPrinted()
{
    seedOperators();
    VirtualPrinter printer;
    QVERIFY(printer.listen());
    printer.setDrawerShutAfterMs(300);
    printOn(printer);
    auto* shiftLabel = widget<QLabel>("shiftLabel");
    QCOMPARE(shiftLabel->text(), QStringLiteral("No shift open"));

    // Camille opens the team's shift with a float of 150.00: two 50s, two 20s, five 2-euro coins.
    whenOpen<CashCountDialog>(this, [](CashCountDialog* dialog) {
        countPieces(dialog, {{5000, 2}, {2000, 2}, {200, 5}});
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("totalLabel"))->text().contains(QStringLiteral("150,00")));
        pressOk(dialog);
    });
    m_window->findChild<QAction*>(QStringLiteral("openShiftAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(shiftLabel->text().contains(QStringLiteral("150,00")), 5'000);

    // 20.00 out for a supplier: a cashier may not, Dominique approves with her PIN; the drawer opens.
    bool approvalAsked = false;
    whenOpen<CashMovementDialog>(this, [&](CashMovementDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("amountLineEdit")), QStringLiteral("20"));
        dialog->findChild<QComboBox*>(QStringLiteral("reasonComboBox"))
            ->setCurrentText(QStringLiteral("Supplier paid in cash"));
        whenOpen<LoginDialog>(this, [&](LoginDialog*) {
            approvalAsked = true;
            answerApproval(true);
        });
        pressOk(dialog);
    });
    m_window->findChild<QAction*>(QStringLiteral("cashOutAction"))->trigger();
    QVERIFY(approvalAsked);
    QTRY_COMPARE_WITH_TIMEOUT(printer.drawerKicks(), 1, 5'000);

    // A loaf sold in cash, 3.99: the drawer should hold 133.99. Counted 132.99: 1.00 short.
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::focusWidget(), widget<QLineEdit>("scanLineEdit"));
    scan(QStringLiteral("3760001000016"));
    payCash();
    QString shownWhileCounting;
    whenOpen<CashCountDialog>(this, [&](CashCountDialog* dialog) {
        countPieces(dialog, {{5000, 2}, {2000, 1}, {1000, 1}, {200, 1}, {50, 1}, {20, 2}, {5, 1}, {2, 2}});
        shownWhileCounting = dialog->findChild<QLabel*>(QStringLiteral("totalLabel"))->text();
        pressOk(dialog);
    });
    m_window->findChild<QAction*>(QStringLiteral("closeShiftAction"))->trigger();
    QVERIFY2(shownWhileCounting.contains(QStringLiteral("Expected: 133,99")), qPrintable(shownWhileCounting));
    QVERIFY2(shownWhileCounting.contains(QStringLiteral("Short by 1,00")), qPrintable(shownWhileCounting));
    QTRY_COMPARE_WITH_TIMEOUT(shiftLabel->text(), QStringLiteral("No shift open"), 5'000);
    QCOMPARE(m_db->integer(QStringLiteral("SELECT over_short_minor FROM shifts")).value_or(0), -100);

    // The X prints and closes nothing.
    const qsizetype journalBefore = test::journalRecords(*m_db, QStringLiteral("R01")).size();
    m_window->findChild<QAction*>(QStringLiteral("xReportAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!printedWith(printer, QStringLiteral("X REPORT")).isEmpty(), 5'000);
    const QString x = printedWith(printer, QStringLiteral("X REPORT")).join(u'\n');
    QVERIFY2(x.contains(QStringLiteral("Not a closure")), qPrintable(x));
    QVERIFY2(x.contains(QRegularExpression(QStringLiteral("Cash out +-20,00"))), qPrintable(x));
    QCOMPARE(test::journalRecords(*m_db, QStringLiteral("R01")).size(), journalBefore);

    // The Z (a manager's: Dominique approves) prints with its number, the day's sale and the shortfall.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    whenOpen<LoginDialog>(this, [](LoginDialog*) { answerApproval(true); });
    QTest::mouseClick(widget<QPushButton>("closeDayPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!printedWith(printer, QStringLiteral("Z No. 1 - CLOSURE ") + today).isEmpty(), 5'000);
    const QString z = printedWith(printer, QStringLiteral("Z No. 1")).join(u'\n');
    QVERIFY2(z.contains(QRegularExpression(QStringLiteral("TOTAL +3,99"))), qPrintable(z));
    QVERIFY2(z.contains(QRegularExpression(QStringLiteral("Over \\(\\+\\) or short \\(-\\) +-1,00"))), qPrintable(z));
    QVERIFY2(z.contains(QRegularExpression(QStringLiteral("Floats counted +150,00"))), qPrintable(z));

    // A second Z the same day: number 2, nothing in it; Print while it shows gives its duplicate, not a receipt.
    whenOpen<LoginDialog>(this, [](LoginDialog*) { answerApproval(true); });
    QTest::mouseClick(widget<QPushButton>("closeDayPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!printedWith(printer, QStringLiteral("Z No. 2 - CLOSURE ") + today).isEmpty(), 5'000);
    QVERIFY(widget<QPlainTextEdit>("receiptPlainTextEdit")->toPlainText().contains(QStringLiteral("Z No. 2")));
    const qsizetype printed = printer.receipts().size();
    QTest::mouseClick(widget<QPushButton>("printPushButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(printer.receipts().size(), printed + 1, 5'000);
    const QStringList duplicate = printer.receipts().last().lines;
    QVERIFY2(duplicate.join(u'\n').contains(QStringLiteral("Z No. 2"))
                 && duplicate.join(u'\n').contains(QStringLiteral("DUPLICATA\n")),
             qPrintable(duplicate.join(u'\n')));
    QVERIFY(widget<QPlainTextEdit>("receiptPlainTextEdit")->toPlainText().contains(QStringLiteral("Z No. 2")));
}

void TestCounterWindow::stockAdjustedWithItsReasonOnAManagersAuthority()
{
    // Camille sells a loaf, then finds two broken ones; adjusting the stock is a manager's, Dominique approves.
    seedOperators();
    scan(QStringLiteral("3760001000016"));
    payCash();
    QVERIFY(QSqlQuery(m_db->connection())
                .exec(QStringLiteral("UPDATE products SET low_stock_level = 27 WHERE id = (SELECT product_id FROM "
                                     "variants v JOIN barcodes b ON b.variant_id = v.id WHERE b.lookup_key = "
                                     "'03760001000016')")));
    QStringList said;
    QStringList history;
    int lowBefore = -1;
    QString lowAfter;
    whenOpen<LoginDialog>(this, [](LoginDialog*) { answerApproval(true); });
    whenOpen<StockAdjustmentDialog>(this, [&](StockAdjustmentDialog* dialog) {
        auto* message = dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));
        auto* article = dialog->findChild<QLineEdit*>(QStringLiteral("articleLineEdit"));
        auto* quantity = dialog->findChild<QLineEdit*>(QStringLiteral("quantityLineEdit"));
        auto* apply = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Apply);
        auto* low = dialog->findChild<QTableWidget*>(QStringLiteral("lowStockTableWidget"));
        lowBefore = low->rowCount();
        QTest::keyClicks(article, QStringLiteral("0000000000000"));
        quantity->setText(QStringLiteral("-2"));
        apply->click();
        QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty(), 5'000);
        said << message->text();
        article->setText(QStringLiteral("3760001000016"));
        quantity->setText(QStringLiteral("-2"));
        auto* reason = dialog->findChild<QComboBox*>(QStringLiteral("reasonComboBox"));
        reason->setCurrentIndex(reason->findText(QStringLiteral("Damaged")));
        dialog->findChild<QLineEdit*>(QStringLiteral("noteLineEdit"))->setText(QStringLiteral("Two broken jars"));
        apply->click();
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("in stock now")), 5'000);
        said << message->text();
        // The article's movements, newest first: the adjustment, the sale, the opening stock; it now runs low.
        auto* movements = dialog->findChild<QTableWidget*>(QStringLiteral("historyTableWidget"));
        for (int row = 0; row < movements->rowCount(); ++row)
            history << movements->item(row, 1)->text() + u' ' + movements->item(row, 2)->text();
        if (low->rowCount() == 1)
            lowAfter = low->item(0, 1)->text() + u' ' + low->item(0, 2)->text();
        dialog->reject();
    });
    m_window->findChild<QAction*>(QStringLiteral("stockAdjustmentAction"))->trigger();
    QCOMPARE(said.size(), 2);
    // Goods received, the reason offered first, cannot take stock away: said before anything is looked up.
    QVERIFY2(said.first().contains(QStringLiteral("Goods received add to the stock")), qPrintable(said.first()));
    QVERIFY2(said.last().contains(QStringLiteral("27 in stock now")), qPrintable(said.last()));
    QCOMPARE(history,
             QStringList({QStringLiteral("-2 Adjustment: Damaged"), QStringLiteral("-1 Sale, ticket 1"),
                          QStringLiteral("30 Opening stock")}));
    QCOMPARE(lowBefore, 0);
    QCOMPARE(lowAfter, QStringLiteral("Pain de campagne 27"));
    QSqlQuery stored(m_db->connection());
    QVERIFY(
        stored.exec(QStringLiteral("SELECT detail, note, operator FROM stock_movements WHERE reason = 'adjustment'")));
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toString(), QStringLiteral("damaged"));
    QCOMPARE(stored.value(1).toString(), QStringLiteral("Two broken jars"));
    QCOMPARE(stored.value(2).toString(), QStringLiteral("Camille / Dominique"));
    QVERIFY(!stored.next());
}

void TestCounterWindow::deactivatedCashierCannotLogInAndKeepsHerTickets()
{
    // Camille sells, then leaves the shop: Dominique, the administrator, deactivates her and hires Lou.
    seedOperators();
    scan(QStringLiteral("3760001000016"));
    payCash();
    QVERIFY_RESULT(
        m_session->setCashier(Operator {QStringLiteral("Dominique"), Role::Administrator, std::nullopt, {}}));
    QString rights;
    whenOpen<StaffDialog>(this, [&](StaffDialog* dialog) {
        auto* staff = dialog->findChild<QTableWidget*>(QStringLiteral("staffTableWidget"));
        const auto said = [dialog] {
            return dialog->findChild<QLabel*>(QStringLiteral("messageLabel"))->text();
        };
        const QList<QTableWidgetItem*> camille = staff->findItems(QStringLiteral("Camille"), Qt::MatchExactly);
        QCOMPARE(camille.size(), 1);
        staff->selectRow(camille.first()->row());
        dialog->findChild<QPushButton*>(QStringLiteral("activePushButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(said().contains(QStringLiteral("deactivated")), 5'000);
        QCOMPARE(staff->item(staff->findItems(QStringLiteral("Camille"), Qt::MatchExactly).first()->row(), 2)->text(),
                 QStringLiteral("Deactivated"));
        dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Lou"));
        auto* role = dialog->findChild<QComboBox*>(QStringLiteral("roleComboBox"));
        role->setCurrentIndex(role->findText(QStringLiteral("Cashier")));
        dialog->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"))->setText(QStringLiteral("3333"));
        dialog->findChild<QPushButton*>(QStringLiteral("savePushButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(said().contains(QStringLiteral("Lou is saved")), 5'000);
        // Who may do what: a cashier may not manage the staff, an administrator may.
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("rightsTableWidget"));
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->verticalHeaderItem(row)->text() == StaffDialog::describe(Permission::ManageOperators))
                rights = table->item(row, 0)->text() + u'|' + table->item(row, 2)->text();
        dialog->reject();
    });
    m_window->findChild<QAction*>(QStringLiteral("staffAction"))->trigger();
    QCOMPARE(rights, QStringLiteral("|✓"));

    // Camille cannot log in any more, nor is she offered; Lou can. Her ticket keeps her name.
    const auto refused = m_session->login(QStringLiteral("Camille"), QStringLiteral("1111")).result();
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("no longer works")), qPrintable(refused.error().message));
    QStringList offered;
    for (const Operator& person : m_session->operators())
        offered << person.name;
    QCOMPARE(offered, QStringList({QStringLiteral("Dominique"), QStringLiteral("Lou")}));
    QVERIFY_RESULT(m_session->login(QStringLiteral("Lou"), QStringLiteral("3333")).result());
    QCOMPARE(m_db->text(QStringLiteral("SELECT operator FROM tickets")).value_or(QString()), QStringLiteral("Camille"));
    // Both changes of rights are journaled (130), by Dominique.
    QStringList changes;
    for (const auto& [type, data] : test::journalRecords(*m_db, QStringLiteral("R01-JET"))) {
        const QJsonObject details = data.value(QStringLiteral("details")).toObject();
        if (data.value(QStringLiteral("code")).toInt() == 130
            && data.value(QStringLiteral("operator")).toString() == u"Dominique")
            changes << details.value(QStringLiteral("operator")).toString() + u' '
                    + (details.contains(QStringLiteral("active"))
                           ? QString::number(details.value(QStringLiteral("active")).toBool())
                           : details.value(QStringLiteral("role")).toString());
    }
    QCOMPARE(changes.mid(changes.size() - 2),
             QStringList({QStringLiteral("Camille 0"), QStringLiteral("Lou cashier")}));
}

void TestCounterWindow::blindCloseHidesWhatTheDrawerShouldHold()
{
    // The manager wants cashiers to count blind: Camille's close shows what she counts, never what is expected.
    QVERIFY_RESULT(Settings(*m_db).setValue(QStringLiteral("blind_close"), QStringLiteral("1")));
    CashCount floatCount;
    floatCount.set(1000, 5);
    QSignalSpy shift(&m_session->cashDesk(), &CashDesk::shiftChanged);
    QVERIFY_RESULT(m_session->cashDesk().openShift(floatCount, true, m_session->cashier()));
    QVERIFY(shift.wait(5'000));
    scan(QStringLiteral("3760001000016"));
    payCash();
    QString shown;
    whenOpen<CashCountDialog>(this, [&](CashCountDialog* dialog) {
        countPieces(dialog, {{1000, 5}});
        shown = dialog->findChild<QLabel*>(QStringLiteral("totalLabel"))->text();
        pressOk(dialog);
    });
    QSignalSpy closed(&m_session->cashDesk(), &CashDesk::shiftClosed);
    m_window->findChild<QAction*>(QStringLiteral("closeShiftAction"))->trigger();
    QVERIFY(closed.wait(5'000));
    QVERIFY2(shown.contains(QStringLiteral("50,00")) && !shown.contains(QStringLiteral("Expected")), qPrintable(shown));
    const QString said = widget<QLabel>("messageLabel")->text();
    QVERIFY2(said.contains(QStringLiteral("manager sees the difference")) && !said.contains(QStringLiteral("3,99")),
             qPrintable(said));
    // The difference is kept for the manager's Z all the same: the loaf's 3.99 are missing.
    QCOMPARE(m_db->integer(QStringLiteral("SELECT over_short_minor FROM shifts")).value_or(0), -399);
    QCOMPARE(m_db->integer(QStringLiteral("SELECT blind FROM shifts")).value_or(0), 1);
}

void TestCounterWindow::shopDetailsChangedByAnAdministratorAndJournaled()
{
    // Camille opens the shop's details and renames the shop: an administrator's change, approved on the spot.
    seedOperators();
    bool approvalAsked = false;
    whenOpen<ShopDetailsDialog>(this, [&](ShopDetailsDialog* dialog) {
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("shopNameLineEdit"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Épicerie Martin"));
        whenOpen<LoginDialog>(this, [&](LoginDialog*) {
            approvalAsked = true;
            answerApproval(true);
        });
        pressOk(dialog);
    });
    m_window->findChild<QAction*>(QStringLiteral("shopDetailsAction"))->trigger();
    QVERIFY(approvalAsked);
    QTRY_COMPARE_WITH_TIMEOUT(Settings(*m_db).shop().value().name, QStringLiteral("Épicerie Martin"), 5'000);
    // Journaled as a change of a fiscal setting, with who approved it and both names.
    QJsonObject change;
    for (const auto& [type, data] : test::journalRecords(*m_db, QStringLiteral("R01-JET")))
        if (data.value(QStringLiteral("code")).toInt() == 270)
            change = data;
    QCOMPARE(change.value(QStringLiteral("details")).toObject().value(QStringLiteral("to")).toString(),
             QStringLiteral("Épicerie Martin"));
    QCOMPARE(change.value(QStringLiteral("details")).toObject().value(QStringLiteral("from")).toString(),
             QStringLiteral("Épicerie du Marché (démo)"));
    // The next receipt prints it.
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::focusWidget(), widget<QLineEdit>("scanLineEdit"));
    scan(QStringLiteral("3760001000016"));
    payCash();
    QVERIFY(widget<QPlainTextEdit>("receiptPlainTextEdit")->toPlainText().contains(QStringLiteral("Épicerie Martin")));
}

void TestCounterWindow::discountAboveTheLimitRefusedThenApproved()
{
    seedOperators();
    auto* button = widget<QPushButton>("priceChangePushButton");
    QCOMPARE(button->shortcut(), QKeySequence(Qt::Key_F6));
    scan(QStringLiteral("3760001000016")); // Pain de campagne, 3.99
    scan(QStringLiteral("3010001000029")); // Baguette tradition, 1.20, the selected line

    // Within the cashier's 10 %: the baguette at 1.10, a short date; the loaf 5 % off.
    QTimer::singleShot(0, this, [] {
        askPriceChange(QStringLiteral("New price of the line"), QStringLiteral("1,10"),
                       QStringLiteral("Short best-before date"));
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_window->currentTicket().lines().at(1).unitPriceMinor, 110);
    widget<QTableView>("linesTableView")->selectRow(0);
    QTimer::singleShot(0, this, [] {
        askPriceChange(QStringLiteral("Discount on the line"), QStringLiteral("5 %"), QStringLiteral("Loyal customer"));
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(widget<QLabel>("totalLabel")->text().contains(QStringLiteral("4,89"))); // 3.99 − 0.20 + 1.10
    QCOMPARE(widget<QTableView>("linesTableView")->model()->index(0, TicketModel::DiscountColumn).data().toString(),
             QStringLiteral("-0,20\u00A0€"));

    // 20 % off the ticket is above the limit: the PIN dialog asks for a manager; cancelled, nothing changes and the
    // dialog says why; Dominique's PIN then grants it.
    QString refusal;
    QTimer::singleShot(0, this, [&] {
        QTimer::singleShot(0, this, [] { answerApproval(false); });
        askPriceChange(QStringLiteral("Discount on the whole ticket"), QStringLiteral("20 %"),
                       QStringLiteral("Loyal customer"));
        auto* dialog = qobject_cast<PriceChangeDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        refusal = dialog->findChild<QLabel*>(QStringLiteral("messageLabel"))->text();
        QTimer::singleShot(0, this, [] { answerApproval(true); });
        QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("valueLineEdit")), Qt::Key_Return);
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(refusal.contains(QStringLiteral("10 %")), qPrintable(refusal));
    QCOMPARE(m_window->currentTicket().ticketDiscount(), Discount::percent(20'000));
    QVERIFY2(widget<QLabel>("totalLabel")->text().contains(QStringLiteral("3,91")), // 4.89 − 0.98
             qPrintable(widget<QLabel>("totalLabel")->text()));
    QVERIFY(widget<QLabel>("dueLabel")->text().contains(QStringLiteral("-0,98")));

    payCash();
    QSqlQuery stored(m_db->connection());
    QVERIFY(
        stored.exec(QStringLiteral("SELECT total_minor, ticket_discount_minor, line_discounts_minor FROM tickets")));
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toLongLong(), 391);
    QCOMPARE(stored.value(1).toLongLong(), 98);
    QCOMPARE(stored.value(2).toLongLong(), 20);
    // Each change journaled with its reason; the one above the limit with the manager who approved it.
    QList<QJsonObject> changes;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            changes.clear();
            for (const auto& [type, data] : test::journalRecords(*m_db, QStringLiteral("R01-JET")))
                if (data.value(QStringLiteral("code")).toInt() == 1030)
                    changes.append(data);
            return changes.size() == 3;
        }(),
        5'000);
    const QJsonObject override = changes.at(0).value(QStringLiteral("details")).toObject();
    QCOMPARE(override.value(QStringLiteral("change")).toString(), QStringLiteral("price"));
    QCOMPARE(override.value(QStringLiteral("before")).toInteger(), 120);
    QCOMPARE(override.value(QStringLiteral("reason")).toString(), QStringLiteral("Short best-before date"));
    const QJsonObject approved = changes.at(2).value(QStringLiteral("details")).toObject();
    QCOMPARE(approved.value(QStringLiteral("approved_by")).toString(), QStringLiteral("Dominique"));
    QCOMPARE(changes.at(2).value(QStringLiteral("operator")).toString(), QStringLiteral("Camille"));
}

void TestCounterWindow::returnStartedFromTheReceiptsQrCode()
{
    seedOperators();
    VirtualPrinter printer;
    QVERIFY(printer.listen());
    printOn(printer);
    // Two loaves and a baguette paid by card; the customer asks for the receipt.
    QSignalSpy committed(m_window.get(), &CounterWindow::ticketCommitted);
    scan(QStringLiteral("2*3760001000016"));
    scan(QStringLiteral("3010001000029"));
    QTest::mouseClick(widget<QPushButton>("payCardPushButton"), Qt::LeftButton);
    QVERIFY(committed.wait(5'000));
    const auto sale = committed.takeFirst().first().value<CommittedTicket>();
    Catalog catalog(*m_db);
    const qint64 loafVariant = sale.ticket.lines().first().variantId;
    QCOMPARE(catalog.stockLevelMilli(loafVariant).value(), 28'000);
    QTest::mouseClick(widget<QPushButton>("printPushButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(printer.receipts().size(), 1, 5'000);

    // Back with both loaves: the code on the paper, read from the printed picture as a scanner reads it, opens the
    // return; the cashier takes them back and Dominique approves.
    const QStringList codes = test::readQrCodes(printer.receipts().last().image);
    QCOMPARE(codes.size(), 1);
    int returnable = 0;
    whenOpen<ReturnDialog>(this, [&](ReturnDialog* dialog) {
        auto* loaves = dialog->findChild<QSpinBox*>(QStringLiteral("returnedSpinBox1"));
        returnable = loaves->maximum();
        loaves->setValue(2);
        whenOpen<LoginDialog>(this, [](LoginDialog*) { answerApproval(true); });
        dialog->accept();
    });
    scan(codes.first());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentTicket().kind(), Ticket::Kind::Refund, 5'000);
    QCOMPARE(returnable, 2);
    QVERIFY2(widget<QLabel>("totalLabel")->text().contains(QStringLiteral("To refund 7,98")),
             qPrintable(widget<QLabel>("totalLabel")->text()));

    // 5.00 as a voucher, the rest credited to the card the loaves were paid with; both loaves are back in stock.
    QTest::keyClicks(widget<QLineEdit>("tenderedLineEdit"), QStringLiteral("5"));
    QTest::mouseClick(widget<QPushButton>("refundVoucherPushButton"), Qt::LeftButton);
    QVERIFY(widget<QLabel>("dueLabel")->text().contains(QStringLiteral("-2,98")));
    QTest::mouseClick(widget<QPushButton>("payCardPushButton"), Qt::LeftButton);
    QVERIFY(committed.wait(5'000));
    const auto refund = committed.takeFirst().first().value<CommittedTicket>();
    QCOMPARE(refund.ticket.kind(), Ticket::Kind::Refund);
    QCOMPARE(refund.correctsTicketUuid, sale.uuid);
    QCOMPARE(refund.operatorName, QStringLiteral("Camille"));
    QCOMPARE(m_emulator->charges().last().refund, true);
    QCOMPARE(m_emulator->charges().last().amountMinor, 298);
    QCOMPARE(refund.vouchersIssued.size(), 1);
    QCOMPARE(refund.vouchersIssued.first().balanceMinor, 500);
    QVERIFY(widget<QPlainTextEdit>("receiptPlainTextEdit")
                ->toPlainText()
                .contains(Vouchers::readable(refund.vouchersIssued.first().code)));
    QCOMPARE(catalog.stockLevelMilli(loafVariant).value(), 30'000);

    // The same receipt again: nothing of the loaves is left to return.
    m_window->activateWindow(); // the dialogs took the focus; the scan field has it back once the window is active
    QTRY_COMPARE(QApplication::focusWidget(), widget<QLineEdit>("scanLineEdit"));
    whenOpen<ReturnDialog>(this, [&](ReturnDialog* dialog) {
        returnable = dialog->findChild<QSpinBox*>(QStringLiteral("returnedSpinBox1"))->maximum();
        dialog->reject();
    });
    scan(codes.first());
    QTRY_COMPARE_WITH_TIMEOUT(returnable, 0, 5'000);
    QVERIFY(m_window->currentTicket().isEmpty());
}

void TestCounterWindow::giftCardSoldThenSpentInTwoPayments()
{
    VirtualPrinter printer;
    QVERIFY(printer.listen());
    printOn(printer);
    // A 20.00 gift card: the amount typed, then its key; sold without VAT, its code printed as a QR code.
    QTest::keyClicks(widget<QLineEdit>("scanLineEdit"), QStringLiteral("20"));
    QTest::mouseClick(widget<QPushButton>("sellVoucherPushButton"), Qt::LeftButton);
    QCOMPARE(m_window->currentTicket().lines().first().vatRateMilliPercent, 0);
    payCash();
    QTest::mouseClick(widget<QPushButton>("printPushButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(printer.receipts().size(), 1, 5'000);
    QStringList codes = test::readQrCodes(printer.receipts().last().image);
    codes.removeIf([](const QString& code) { return !Vouchers::isCode(code); });
    QCOMPARE(codes.size(), 1);
    const QString card = codes.first();

    // A loaf, paid with the card: 3.99 taken, 16.01 left, the ticket recorded.
    QSignalSpy committed(m_window.get(), &CounterWindow::ticketCommitted);
    scan(QStringLiteral("3760001000016"));
    scan(card);
    QVERIFY(committed.wait(5'000));
    QCOMPARE(Vouchers(*m_db).find(card).value()->balanceMinor, 1601);
    // Twelve loaves (47.88): the card pays its 16.01, the rest in cash.
    scan(QStringLiteral("12*3760001000016"));
    scan(card);
    QVERIFY(widget<QLabel>("dueLabel")->text().contains(QStringLiteral("31,87")));
    payCash();
    QCOMPARE(committed.size(), 2);
    QCOMPARE(Vouchers(*m_db).find(card).value()->balanceMinor, 0);
    // Used up: said, nothing taken.
    scan(QStringLiteral("3760001000016"));
    scan(card);
    QVERIFY(widget<QLabel>("messageLabel")->text().contains(QStringLiteral("used up")));
    QVERIFY(m_window->currentTicket().payments().isEmpty());

    QSqlQuery stored(m_db->connection());
    QVERIFY(
        stored.exec(QStringLiteral("SELECT amount_minor FROM payments WHERE method = 'voucher' ORDER BY ticket_id")));
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toLongLong(), 399);
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toLongLong(), 1601);
}

void TestCounterWindow::ticketsFoundAndReprintedAfterARestart()
{
    VirtualPrinter printer;
    QVERIFY(printer.listen());
    printOn(printer);
    scan(QStringLiteral("3760001000016")); // ticket 1, 3.99
    payCash();
    scan(QStringLiteral("3010001000029")); // ticket 2, 1.20
    payCash();

    // The register restarts: the last ticket is still there to print, as a duplicate (its original may have been).
    openCounter();
    QVERIFY(widget<QPushButton>("printPushButton")->isEnabled());
    QTest::mouseClick(widget<QPushButton>("printPushButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(printer.receipts().size(), 1, 5'000);
    QVERIFY(printer.receipts().last().lines.contains(QStringLiteral("DUPLICATA 1")));
    QVERIFY(printer.receipts().last().lines.contains(QStringLiteral("Baguette tradition")));

    // Today's tickets, newest first; found by amount, and by number, then reprinted.
    QStringList today;
    QStringList byAmount;
    whenOpen<TicketHistoryDialog>(this, [&](TicketHistoryDialog* dialog) {
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("ticketsTableWidget"));
        for (int row = 0; row < table->rowCount(); ++row)
            today << table->item(row, 0)->text();
        auto* search = dialog->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("3,99"));
        for (int row = 0; row < table->rowCount(); ++row)
            byAmount << table->item(row, 0)->text();
        search->clear();
        QTest::keyClicks(search, QStringLiteral("1"));
        QCOMPARE(table->rowCount(), 1);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("reprintPushButton")), Qt::LeftButton);
    });
    QTest::mouseClick(widget<QPushButton>("historyPushButton"), Qt::LeftButton);
    QCOMPARE(today, (QStringList {QStringLiteral("2"), QStringLiteral("1")}));
    QCOMPARE(byAmount, QStringList {QStringLiteral("1")});
    QTRY_COMPARE_WITH_TIMEOUT(printer.receipts().size(), 2, 5'000);
    QVERIFY(printer.receipts().last().lines.contains(QStringLiteral("DUPLICATA 1")));
    QVERIFY(printer.receipts().last().lines.contains(QStringLiteral("Pain de campagne")));
}

void TestCounterWindow::keypadAndQuickKeysSellWithoutAKeyboard()
{
    // Three loaves with the touch screen alone: 3, ×, then the loaf's quick key.
    const auto press = [&](const QString& name) {
        auto* button = m_window->findChild<QPushButton*>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY(button->isEnabled());
        QVERIFY(button->minimumHeight() >= 44); // a finger's target
        QTest::mouseClick(button, Qt::LeftButton);
    };
    press(QStringLiteral("keypad_3"));
    press(QStringLiteral("keypad_×"));
    QCOMPARE(m_session->nextQuantity(), 3);
    press(QStringLiteral("quickKey_3760001000016"));
    QCOMPARE(m_window->currentTicket().lines().size(), 1);
    QCOMPARE(m_window->currentTicket().lines().first().quantityMilli, 3'000);
    QCOMPARE(m_window->findChild<QPushButton*>(QStringLiteral("quickKey_3760001000016"))->text(),
             QStringLiteral("Pain de campagne"));
    // A price typed on the keypad for a miscellaneous key; C clears what was typed.
    press(QStringLiteral("keypad_1"));
    QCOMPARE(widget<QLineEdit>("scanLineEdit")->text(), QStringLiteral("1"));
    press(QStringLiteral("keypad_C"));
    QVERIFY(widget<QLineEdit>("scanLineEdit")->text().isEmpty());

    // A manager puts two articles on the quick keys; a code not in the catalog is refused, nothing changes.
    const Operator manager {QStringLiteral("Dominique"), Role::Manager, std::nullopt, {}};
    m_session->setQuickKeys(QStringLiteral("3010001000029\n0000000000000"), manager);
    QVERIFY(widget<QLabel>("messageLabel")->text().contains(QStringLiteral("0000000000000")));
    m_session->setQuickKeys(QStringLiteral("3010001000029\n3760001000016"), manager);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<QPushButton*>(QStringLiteral("quickKey_3010001000036")), 5'000);
    QCOMPARE(m_session->quickKeys().size(), 2);
    QCOMPARE(m_session->quickKeys().first().second, QStringLiteral("Baguette tradition"));
    // A cashier may not.
    m_session->setQuickKeys(QStringLiteral("3010001000029"), m_session->cashier());
    QCOMPARE(m_session->quickKeys().size(), 2);
}

void TestCounterWindow::customerScreenAndHighContrast()
{
    // The customer's screen: what is rung up, the total, then the change, as the customer reads it.
    m_window->findChild<QAction*>(QStringLiteral("customerScreenAction"))->trigger();
    QWidget* screen = nullptr;
    for (QWidget* top : QApplication::topLevelWidgets())
        if (top->objectName() == u"customerFacingWindow" && top->isVisible())
            screen = top;
    QVERIFY(screen);
    scan(QStringLiteral("3760001000016"));
    auto* total = screen->findChild<QLabel*>(QStringLiteral("customerTotalLabel"));
    QVERIFY2(total->text().contains(QStringLiteral("3,99")), qPrintable(total->text()));
    QCOMPARE(screen->findChild<QTableWidget*>(QStringLiteral("customerLinesTableWidget"))->item(0, 1)->text(),
             QStringLiteral("Pain de campagne"));
    QTest::keyClicks(widget<QLineEdit>("tenderedLineEdit"), QStringLiteral("10"));
    payCash();
    QVERIFY(screen->findChild<QLabel*>(QStringLiteral("customerChangeLabel"))->text().contains(QStringLiteral("6,01")));
    m_window->findChild<QAction*>(QStringLiteral("customerScreenAction"))->trigger();

    // High contrast, kept for the next start of this register.
    QVERIFY(m_window->styleSheet().isEmpty());
    m_window->findChild<QAction*>(QStringLiteral("highContrastAction"))->trigger();
    QVERIFY(m_window->styleSheet().contains(QStringLiteral("black")));
    QTRY_COMPARE_WITH_TIMEOUT(Settings(*m_db).value(QStringLiteral("counter_theme")), QStringLiteral("high_contrast"),
                              5'000);
    openCounter();
    QVERIFY(m_window->styleSheet().contains(QStringLiteral("black")));
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("highContrastAction"))->isChecked());
}

void TestCounterWindow::operatorSwitchedAndCounterLockedWhenIdle()
{
    seedOperators();
    QVERIFY_RESULT(Settings(*m_db).setValue(QStringLiteral("lock_after_seconds"), QStringLiteral("0")));
    openCounter();
    const auto logIn = [](LoginDialog* dialog, const QString& name, const QString& pin) {
        dialog->findChild<QComboBox*>(QStringLiteral("nameComboBox"))->setCurrentText(name);
        auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
        QTest::keyClicks(field, pin);
        QTest::keyClick(field, Qt::Key_Return);
    };

    // Dominique takes the counter without a restart (F8).
    whenOpen<LoginDialog>(
        this, [&](LoginDialog* dialog) { logIn(dialog, QStringLiteral("Dominique"), QStringLiteral("2222")); });
    m_window->findChild<QAction*>(QStringLiteral("switchOperatorAction"))->trigger();
    QCOMPARE(m_session->cashier().name, QStringLiteral("Dominique"));
    QVERIFY(widget<QLabel>("operatorLabel")->text().contains(QStringLiteral("Dominique")));

    // A ticket under way, and the counter locked (F12): Camille cannot take Dominique's ticket; Dominique comes back.
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::focusWidget(), widget<QLineEdit>("scanLineEdit"));
    scan(QStringLiteral("3760001000016"));
    QString refused;
    whenOpen<LoginDialog>(this, [&](LoginDialog* dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("lockDialog"));
        whenOpen<LoginDialog>(
            this,
            [&](LoginDialog* again) {
                refused = again->findChild<QLabel*>(QStringLiteral("promptLabel"))->text();
                logIn(again, QStringLiteral("Dominique"), QStringLiteral("2222"));
            },
            [](LoginDialog* again) {
                return again->findChild<QLabel*>(QStringLiteral("promptLabel"))->text().contains(u"under way");
            });
        logIn(dialog, QStringLiteral("Camille"), QStringLiteral("1111"));
    });
    m_window->findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
    QVERIFY2(refused.contains(QStringLiteral("ticket under way")), qPrintable(refused));
    QCOMPARE(m_session->cashier().name, QStringLiteral("Dominique"));
    QCOMPARE(m_window->currentTicket().lines().size(), 1);

    // A second without use (as the manager set it) locks the counter by itself; Dominique's PIN opens it.
    QVERIFY_RESULT(Settings(*m_db).setValue(QStringLiteral("lock_after_seconds"), QStringLiteral("1")));
    openCounter();
    bool locked = false;
    whenOpen<LoginDialog>(this, [&](LoginDialog* dialog) {
        locked = dialog->objectName() == u"lockDialog";
        logIn(dialog, QStringLiteral("Dominique"), QStringLiteral("2222"));
    });
    QTRY_VERIFY_WITH_TIMEOUT(m_session->cashier().name == u"Dominique", 10'000);
    QVERIFY(locked);
}

void TestCounterWindow::everyActionHasItsOwnShortcutInBothLanguages()
{
    // Alt and the underlined letter, or a function key: one action each, in English and in French.
    const QStringList actions {QStringLiteral("payCashPushButton"),      QStringLiteral("payCardPushButton"),
                               QStringLiteral("removeLinePushButton"),   QStringLiteral("quantityPushButton"),
                               QStringLiteral("searchPushButton"),       QStringLiteral("priceChangePushButton"),
                               QStringLiteral("historyPushButton"),      QStringLiteral("parkPushButton"),
                               QStringLiteral("cancelTicketPushButton"), QStringLiteral("printPushButton"),
                               QStringLiteral("emailPushButton"),        QStringLiteral("refundVoucherPushButton"),
                               QStringLiteral("customerPushButton"),     QStringLiteral("pickupPushButton"),
                               QStringLiteral("closeDayPushButton"),     QStringLiteral("sellVoucherPushButton")};
    const auto shortcuts = [&] {
        QMultiHash<QString, QString> taken;
        for (QAction* menu : m_window->menuBar()->actions())
            taken.insert(QKeySequence::mnemonic(menu->text()).toString(), menu->text());
        for (const QString& name : actions) {
            auto* button = m_window->findChild<QPushButton*>(name);
            const QKeySequence key
                = button->shortcut().isEmpty() ? QKeySequence::mnemonic(button->text()) : button->shortcut();
            if (key.isEmpty())
                QTest::qFail(qPrintable(QStringLiteral("no shortcut on ") + button->text()), __FILE__, __LINE__);
            taken.insert(key.toString(), button->text());
        }
        QStringList clashes;
        for (const QString& key : taken.uniqueKeys())
            if (taken.count(key) > 1)
                clashes << key + QStringLiteral(": ") + QStringList(taken.values(key)).join(QStringLiteral(", "));
        return clashes;
    };
    const QStringList english = shortcuts();
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
    QTranslator french;
    QVERIFY(french.load(QLocale(QLocale::French, QLocale::France), QStringLiteral("caisse"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&french);
    openCounter();
    QCOMPARE(widget<QPushButton>("payCashPushButton")->text(), QStringLiteral("Payer en &espèces"));
    const QStringList clashes = shortcuts();
    QCoreApplication::removeTranslator(&french);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

void TestCounterWindow::articleFoundByNameWithoutAccents()
{
    // "creme epa" typed in the scan field, as a cashier without the accent keys would: the search opens on it.
    QStringList shown;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<ArticleSearchDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* results = dialog->findChild<QListWidget*>(QStringLiteral("resultsListWidget"));
        for (int row = 0; row < results->count(); ++row)
            shown << results->item(row)->text();
        // Another word narrows it; the arrow picks the second of what is left. (Keys typed this fast are held back a
        // moment by the counter's scanner filter, then handed to the field: hence the waits.)
        auto* search = dialog->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(search->hasFocus(), 2'000);
        QVERIFY2(search->selectedText().isEmpty(), qPrintable(search->selectedText())); // typing adds to the words
        QTest::keyClicks(search, QStringLiteral(" lot"));
        QTRY_VERIFY2_WITH_TIMEOUT(results->count() == 1, qPrintable(search->text()), 2'000);
        for (int typed = 0; typed < 4; ++typed)
            QTest::keyClick(search, Qt::Key_Backspace);
        QTRY_COMPARE_WITH_TIMEOUT(results->count(), 3, 2'000);
        QTest::keyClick(search, Qt::Key_Down);
        QTRY_COMPARE_WITH_TIMEOUT(results->currentRow(), 1, 2'000);
        QTest::keyClick(search, Qt::Key_Return);
    });
    scan(QStringLiteral("creme epa"));
    QVERIFY2(shown.size() == 3 && shown.first().startsWith(QStringLiteral("Crème fraîche épaisse 20 cl")),
             qPrintable(shown.join(u'|')));
    QCOMPARE(m_window->currentTicket().lines().size(), 1);
    QCOMPARE(m_window->currentTicket().lines().first().label, QStringLiteral("Crème fraîche épaisse 20 cl — bio"));
    QVERIFY(widget<QLabel>("totalLabel")->text().contains(QStringLiteral("2,36")));
    // By SKU too, from the F3 button, the typed text kept.
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<ArticleSearchDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* search = dialog->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("epi-0001"));
        auto* results = dialog->findChild<QListWidget*>(QStringLiteral("resultsListWidget"));
        QTRY_COMPARE_WITH_TIMEOUT(results->count(), 1, 2'000);
        QTest::keyClick(search, Qt::Key_Return);
    });
    QTest::mouseClick(widget<QPushButton>("searchPushButton"), Qt::LeftButton);
    QCOMPARE(m_window->currentTicket().lines().size(), 2);
    QCOMPARE(m_window->currentTicket().lines().at(1).sku, QStringLiteral("EPI-0001"));
}

void TestCounterWindow::unknownBarcodeAddsNothingAndSaysSo()
{
    scan(QStringLiteral("3760001000017")); // wrong check digit
    QVERIFY(m_window->currentTicket().isEmpty());
    QVERIFY(widget<QLabel>("messageLabel")->text().contains(QStringLiteral("misread")));
    scan(QStringLiteral("4006381333931")); // a valid EAN-13 the shop does not sell
    QVERIFY(m_window->currentTicket().isEmpty());
    QVERIFY(widget<QLabel>("messageLabel")->text().contains(QStringLiteral("4006381333931")));
    QVERIFY(!widget<QPushButton>("payCashPushButton")->isEnabled());
}

void TestCounterWindow::cardPaymentThroughTheTerminal()
{
    QSignalSpy committed(m_window.get(), &CounterWindow::ticketCommitted);
    scan(QStringLiteral("3760001000016"));
    QTest::mouseClick(widget<QPushButton>("payCardPushButton"), Qt::LeftButton);
    QVERIFY(committed.wait(5000));
    const auto ticket = committed.first().first().value<CommittedTicket>();
    QCOMPARE(ticket.ticket.payments().first().method, PaymentMethod::Card);
    QCOMPARE(ticket.ticket.payments().first().amountMinor, 399);
}

void TestCounterWindow::saleThatCannotBeWrittenIsNotShownAsDone()
{
    QSignalSpy committed(m_window.get(), &CounterWindow::ticketCommitted);
    scan(QStringLiteral("3760001000016"));
    // The database refuses every write, as a disk remounted read-only does.
    refuseWrites(true);

    payCash();
    QCOMPARE(committed.count(), 0);
    QVERIFY(widget<QLabel>("messageLabel")->text().contains(QStringLiteral("NOT recorded")));
    QCOMPARE(m_window->currentTicket().lines().size(), 1);
    QVERIFY(m_window->currentTicket().isSettled());

    // Writes work again: paying again records the same ticket, once.
    refuseWrites(false);
    payCash();
    QSqlQuery query(m_db->connection());
    QCOMPARE(committed.count(), 1);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM tickets")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

namespace {

QStringList journalTypes(Database& database)
{
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT type FROM journal WHERE chain = 'R01' ORDER BY seq"));
    QStringList types;
    while (query.next())
        types << query.value(0).toString();
    return types;
}

} // namespace

/** Clicks the counter's cancel button and answers its question; returns the question asked. */
QString TestCounterWindow::cancelAnswering(QMessageBox::StandardButton answer)
{
    QString question;
    QTimer::singleShot(0, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        question = box->text();
        box->button(answer)->click();
    });
    QTest::mouseClick(widget<QPushButton>("cancelTicketPushButton"), Qt::LeftButton);
    return question;
}

void TestCounterWindow::cancelledTicketIsJournaled()
{
    scan(QStringLiteral("3760001000016"));
    scan(QStringLiteral("3010001000029"));
    // Asked first: "No" keeps the ticket as it is.
    QVERIFY(cancelAnswering(QMessageBox::No).contains(QStringLiteral("5,19")));
    QCOMPARE(m_window->currentTicket().lines().size(), 2);
    cancelAnswering(QMessageBox::Yes);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentTicket().isEmpty(), 5'000);
    QCOMPARE(journalTypes(*m_db).last(), QStringLiteral("TICKET_ABANDONED"));
    QVERIFY(!widget<QPushButton>("cancelTicketPushButton")->isEnabled());
}

void TestCounterWindow::partlyPaidTicketIsGivenUp()
{
    // 2.00 in cash for a 3.99 loaf, then the customer leaves it: the cashier is not stuck, the cash goes back.
    scan(QStringLiteral("3760001000016"));
    QTest::keyClicks(widget<QLineEdit>("tenderedLineEdit"), QStringLiteral("2"));
    QTest::mouseClick(widget<QPushButton>("payCashPushButton"), Qt::LeftButton);
    QVERIFY(widget<QLabel>("dueLabel")->text().contains(QStringLiteral("1,99")));
    QVERIFY(widget<QPushButton>("cancelTicketPushButton")->isEnabled());
    const QString question = cancelAnswering(QMessageBox::Yes);
    QVERIFY2(question.contains(QStringLiteral("2,00")) && question.contains(QStringLiteral("handed back")),
             qPrintable(question));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentTicket().isEmpty(), 5'000);
    QVERIFY(widget<QLabel>("messageLabel")->text().contains(QStringLiteral("2,00")));
    QVERIFY2(widget<QLabel>("totalLabel")->text().contains(QStringLiteral("To give back 2,00")),
             qPrintable(widget<QLabel>("totalLabel")->text()));
    QSqlQuery record(m_db->connection());
    QVERIFY(
        record.exec(QStringLiteral("SELECT payload FROM journal WHERE chain = 'R01' AND type = 'TICKET_ABANDONED'")));
    QVERIFY(record.next());
    const QJsonObject data
        = QJsonDocument::fromJson(record.value(0).toByteArray()).object().value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("cash_handed_back")), QJsonValue(200));
    // No sale was recorded.
    QCOMPARE(m_db->integer(QStringLiteral("SELECT count(*) FROM tickets"), {}).value(), 0);
    // The next customer's first article brings the total back; the scan field has the focus again once the window is
    // active after the question (the window manager's part, done here by hand offscreen).
    m_window->activateWindow();
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::focusWidget() == widget<QLineEdit>("scanLineEdit"), 5'000);
    scan(QStringLiteral("3760001000016"));
    QVERIFY2(widget<QLabel>("totalLabel")->text().startsWith(QStringLiteral("Total 3,99")),
             qPrintable(widget<QLabel>("totalLabel")->text()));
}

void TestCounterWindow::reprintIsADuplicate()
{
    QVERIFY(!widget<QPushButton>("printPushButton")->isEnabled());
    scan(QStringLiteral("3760001000016"));
    payCash();
    auto* receipt = widget<QPlainTextEdit>("receiptPlainTextEdit");
    QVERIFY(receipt->toPlainText().contains(QStringLiteral("ORIGINAL")));
    for (const char* copy : {"DUPLICATA 1", "DUPLICATA 2"}) {
        QTest::mouseClick(widget<QPushButton>("printPushButton"), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(receipt->toPlainText().contains(QString::fromLatin1(copy)),
                                  qPrintable(receipt->toPlainText()), 5'000);
    }
    QCOMPARE(journalTypes(*m_db).count(QStringLiteral("DUPLICATE")), 2);
}

void TestCounterWindow::closingTheDayTakesAManagersPin()
{
    seedOperators();
    scan(QStringLiteral("3760001000016"));
    payCash();

    // Camille is a cashier: the button asks for a manager; a wrong PIN is refused, the right one closes the day.
    bool refusedWrongPin = false;
    QTimer::singleShot(0, m_window.get(), [&] {
        auto* dialog = qobject_cast<LoginDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QComboBox*>(QStringLiteral("nameComboBox"))->setCurrentText(QStringLiteral("Dominique"));
        auto* pin = dialog->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
        QTest::keyClicks(pin, QStringLiteral("0000"));
        QTest::keyClick(pin, Qt::Key_Return);
        // Checked away from the screen's thread: the refusal shows once the PIN's hash is computed.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->findChild<QLabel*>(QStringLiteral("messageLabel"))->text().isEmpty(), 5'000);
        refusedWrongPin = dialog->isVisible();
        QTest::keyClicks(pin, QStringLiteral("2222"));
        QTest::keyClick(pin, Qt::Key_Return);
    });
    QTest::mouseClick(widget<QPushButton>("closeDayPushButton"), Qt::LeftButton);
    QVERIFY(refusedWrongPin);
    // Closed on the writer's thread: the Z shows once it is written.
    const QString closure = QStringLiteral("CLOSURE ") + QDate::currentDate().toString(Qt::ISODate);
    auto* receipt = widget<QPlainTextEdit>("receiptPlainTextEdit");
    QTRY_VERIFY2_WITH_TIMEOUT(receipt->toPlainText().contains(closure), qPrintable(receipt->toPlainText()), 5'000);
    QCOMPARE(journalTypes(*m_db).last(), QStringLiteral("CLOSE_DAY"));
    // One wrong PIN, one refusal journaled: Enter and the dialog's default button do not check it twice.
    int refusals = 0;
    for (const auto& [type, data] : test::journalRecords(*m_db, QStringLiteral("R01-JET")))
        refusals += data.value(QStringLiteral("code")).toInt() == 1020 ? 1 : 0;
    QCOMPARE(refusals, 1);
}

void TestCounterWindow::unknownCardOutcomeIsAskedNotRepeated()
{
    // The terminal charges the card and the connection drops before its answer: the screen asks the cashier, who
    // reads "approved" on the terminal's slip; the ticket is recorded, the card charged once.
    m_emulator->setScript({TerminalEmulator::Behaviour::ChargeThenDrop, TerminalEmulator::Behaviour::Approve});
    QSignalSpy committed(m_window.get(), &CounterWindow::ticketCommitted);
    scan(QStringLiteral("3760001000016"));
    QString question;
    auto answerYes = [&question] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return false;
        question = box->text();
        for (QAbstractButton* button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::YesRole)
                button->click();
        return true;
    };
    QTimer poll;
    connect(&poll, &QTimer::timeout, m_window.get(), [&] {
        if (answerYes())
            poll.stop();
    });
    poll.start(20);
    QTest::mouseClick(widget<QPushButton>("payCardPushButton"), Qt::LeftButton);
    QVERIFY(committed.wait(5000));
    QVERIFY2(question.contains(QStringLiteral("3,99")), qPrintable(question));
    const auto ticket = committed.first().first().value<CommittedTicket>();
    QCOMPARE(ticket.ticket.payments().first().method, PaymentMethod::Card);
    QCOMPARE(m_emulator->charges().size(), 1);
    QCOMPARE(m_emulator->requests(), 1);
}

namespace {

QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_log.append(message);
}

} // namespace

void TestCounterWindow::bankCardDataIsNeverKept()
{
    // A customer's card swiped through a keyboard-wedge reader, then its number typed by hand, into the scan field.
    const QString pan = QStringLiteral("4970101234567893");
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    auto* field = widget<QLineEdit>("scanLineEdit");
    for (const QString& typed : {QStringLiteral("%B") + pan + QStringLiteral("^DUPONT/JEAN^2712101000000?;") + pan
                                     + QStringLiteral("=2712101000000?"),
                                 pan}) {
        QTest::keyClicks(field, typed);
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(m_window->currentTicket().isEmpty());
        QVERIFY(field->text().isEmpty());
        const QString shown = widget<QLabel>("messageLabel")->text();
        QVERIFY2(shown.contains(QStringLiteral("bank card")) && !shown.contains(QStringLiteral("4970")),
                 qPrintable(shown));
    }
    // Then a sale: its receipt, the logs and the database never saw the number.
    scan(QStringLiteral("3760001000016"));
    payCash();
    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(previous);
    QVERIFY(!widget<QPlainTextEdit>("receiptPlainTextEdit")->toPlainText().contains(QStringLiteral("4970")));
    QVERIFY(!g_log.isEmpty());
    for (const QString& line : g_log)
        QVERIFY2(!line.contains(pan.mid(0, 6)), qPrintable(line));
    m_window.reset();
    m_db.reset();
    for (const QString& name : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(pan.toLatin1().left(10)), qPrintable(name));
    }
}

void TestCounterWindow::receiptPrintsOnRequestOriginalThenDuplicate()
{
    VirtualPrinter printer;
    QVERIFY(printer.listen());
    printOn(printer);

    // Paid in cash: the drawer opens through the printer; no receipt prints unless the customer asks.
    scan(QStringLiteral("3760001000016"));
    payCash();
    QTRY_COMPARE_WITH_TIMEOUT(printer.drawerKicks(), 1, 5'000);
    QCOMPARE(printer.receipts().size(), 0);
    // The printer reports the drawer's sensor: the counter shows it open until it is pushed shut.
    QTRY_VERIFY_WITH_TIMEOUT(widget<QLabel>("printerLabel")->text().contains(QStringLiteral("drawer is open")), 5'000);
    printer.closeDrawer();
    // Pushed shut: the counter says so without waiting for the next receipt (issue 15, item 11).
    QTRY_VERIFY_WITH_TIMEOUT(!widget<QLabel>("printerLabel")->text().contains(QStringLiteral("drawer is open")), 5'000);
    // The demo's printer has the drawer pushed shut a moment after each kick, as a cashier does.
    printer.setDrawerShutAfterMs(300);
    scan(QStringLiteral("3760001000016"));
    payCash();
    QTRY_COMPARE_WITH_TIMEOUT(printer.drawerKicks(), 2, 5'000);
    QTRY_VERIFY_WITH_TIMEOUT(widget<QLabel>("printerLabel")->text().contains(QStringLiteral("drawer is open")), 5'000);
    QTRY_VERIFY_WITH_TIMEOUT(!widget<QLabel>("printerLabel")->text().contains(QStringLiteral("drawer is open")), 5'000);

    QTest::mouseClick(widget<QPushButton>("printPushButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(printer.receipts().size(), 1, 5'000);
    QVERIFY(printer.receipts().last().lines.contains(QStringLiteral("ORIGINAL")));
    QVERIFY(printer.receipts().last().lines.contains(QStringLiteral("Pain de campagne")));
    QTest::mouseClick(widget<QPushButton>("printPushButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(printer.receipts().size(), 2, 5'000);
    QVERIFY(printer.receipts().last().lines.contains(QStringLiteral("DUPLICATA 1")));
    QTRY_VERIFY(widget<QLabel>("printerLabel")->text().contains(QStringLiteral("ready")));
    QVERIFY(!widget<QLabel>("printerLabel")->text().contains(QStringLiteral("drawer")));
}

void TestCounterWindow::scanReachesTheSaleWhereverTheFocusIs()
{
    // The cashier is in the cash field; the scanner fires a burst: the article is added, the cash field stays empty.
    auto* cash = widget<QLineEdit>("tenderedLineEdit");
    cash->setFocus();
    QCOMPARE(QApplication::focusWidget(), cash);
    QTest::keyClicks(cash, QStringLiteral("3760001000016"));
    QTest::keyClick(cash, Qt::Key_Return);
    QCOMPARE(m_window->currentTicket().lines().size(), 1);
    QVERIFY2(cash->text().isEmpty(), qPrintable(cash->text()));

    // Typed by hand, a key every 120 ms: the digits are the cashier's and land in the cash field.
    for (const QChar digit : QStringLiteral("20")) {
        QTest::keyClick(cash, digit.toLatin1());
        QTest::qWait(120); // a person's pace, the behaviour under test
    }
    QTRY_COMPARE(cash->text(), QStringLiteral("20"));
    QCOMPARE(m_window->currentTicket().lines().size(), 1);
}

void TestCounterWindow::qwertyScannerOnAzertyIsReadAndExplained()
{
    // 3760001000016 from a scanner set for QWERTY, on a French keyboard (QTest::keyClicks types ASCII only).
    auto* field = widget<QLineEdit>("scanLineEdit");
    for (const QChar c : QStringLiteral("\"è-ààà&àààà&-"))
        QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_window->currentTicket().lines().size(), 1);
    QCOMPARE(m_window->currentTicket().lines().first().label, QStringLiteral("Pain de campagne"));
    QVERIFY(widget<QLabel>("messageLabel")->text().contains(QStringLiteral("QWERTY")));
}

void TestCounterWindow::serialScannerAddsToTheSale()
{
    // A scanner on a virtual COM port, assigned in the register's settings: its labels go to the sale, and typing
    // into the cash field is not disturbed.
    int scannerEnd = -1;
    int registerEnd = -1;
    char name[128] = {};
    QCOMPARE(::openpty(&scannerEnd, &registerEnd, name, nullptr, nullptr), 0);
    Settings settings(*m_db);
    QVERIFY_RESULT(DeviceConfiguration(settings).assignScanner(
        DeviceConfiguration::Connection::Serial, QString::fromLocal8Bit(name), QStringLiteral("9600 8N1")));
    openCounter();
    QTRY_VERIFY_WITH_TIMEOUT(widget<QLabel>("scannerLabel")->text().contains(QStringLiteral("ready")), 5'000);
    widget<QLineEdit>("tenderedLineEdit")->setFocus();

    const QByteArray label("3760001000016\r\n");
    QCOMPARE(::write(scannerEnd, label.constData(), static_cast<size_t>(label.size())), label.size());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentTicket().lines().size(), 1, 5'000);
    QCOMPARE(m_window->currentTicket().lines().first().label, QStringLiteral("Pain de campagne"));
    QVERIFY(widget<QLineEdit>("tenderedLineEdit")->text().isEmpty());

    // Unplugged: the counter says so in words.
    ::close(scannerEnd);
    QTRY_VERIFY_WITH_TIMEOUT(widget<QLabel>("scannerLabel")->text().contains(QStringLiteral("disconnected")), 5'000);
    ::close(registerEnd);
}

void TestCounterWindow::customerDisplayShowsEachLineAndTheChange()
{
    int displayEnd = -1;
    int registerEnd = -1;
    char name[128] = {};
    QCOMPARE(::openpty(&displayEnd, &registerEnd, name, nullptr, nullptr), 0);
    termios raw {};
    ::tcgetattr(registerEnd, &raw);
    ::cfmakeraw(&raw);
    ::tcsetattr(registerEnd, TCSANOW, &raw);
    ::fcntl(displayEnd, F_SETFL, O_NONBLOCK);
    Settings settings(*m_db);
    QVERIFY_RESULT(
        DeviceConfiguration(settings).assignCustomerDisplay(QString::fromLocal8Bit(name), QStringLiteral("9600 8N1")));
    openCounter();
    QByteArray shown;
    const auto displayed = [&](const QString& text) {
        return QTest::qWaitFor([&] {
            char buffer[512];
            for (ssize_t count; (count = ::read(displayEnd, buffer, sizeof buffer)) > 0;)
                shown.append(buffer, count);
            QStringDecoder decoder("IBM00858");
            return QString(decoder.decode(shown)).contains(text);
        });
    };
    scan(QStringLiteral("3760001000016"));
    QVERIFY2(displayed(QStringLiteral("Pain de campagne")), shown.constData());
    // Amounts as the customer reads them in France, € included (code page 858 on the display).
    QVERIFY(displayed(QStringLiteral("3,99\u00a0€")));
    widget<QLineEdit>("tenderedLineEdit")->setText(QStringLiteral("5"));
    payCash();
    QVERIFY(displayed(QStringLiteral("Change")));
    QVERIFY(displayed(QStringLiteral("1,01\u00a0€")));
    ::close(displayEnd);
    ::close(registerEnd);
}

void TestCounterWindow::saleReachesTheOnlineStoreInTheBackground()
{
    StoreEmulator store;
    QVERIFY(store.listen());
    store.state().addProduct(QStringLiteral("Pain de campagne"), QStringLiteral("EPI-0001"), 399, 0, 100);
    test::linkAllToStore(*m_db, [&store](const QString& sku) { return store.state().idsOf(sku); }); // first matching
    // Offline first: the sale is recorded and waits; the counter says so.
    scan(QStringLiteral("3760001000016"));
    payCash();
    // Polling every minute: the next sale's change goes at once anyway.
    SyncWorker sync(m_dir->filePath(QStringLiteral("caisse.db")), m_clock,
                    StoreConnection {QUrl(store.baseUrl()), store.storeHash(), store.token()}, QStringLiteral("R01"),
                    60'000);
    connect(m_window.get(), &CounterWindow::ticketCommitted, &sync, &SyncWorker::kick);
    connect(&sync, &SyncWorker::statusChanged, m_window.get(), &CounterWindow::showSyncStatus);
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(widget<QLabel>("syncLabel") != nullptr, 5'000);
    QTRY_COMPARE_WITH_TIMEOUT(store.state().onHand(QStringLiteral("EPI-0001")), 99, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(widget<QLabel>("syncLabel")->text().contains(QStringLiteral("up to date")), 10'000);

    // An order placed online meanwhile; the next sale goes at once, and the order comes into the register's stock.
    store.state().addOrder(11, QStringLiteral("alice@example.fr"),
                           {{QStringLiteral("EPI-0001"), QStringLiteral("Pain de campagne"), 2}});
    scan(QStringLiteral("3760001000016"));
    payCash();
    QTRY_COMPARE_WITH_TIMEOUT(store.state().onHand(QStringLiteral("EPI-0001")), 96, 10'000);
    Catalog catalog(*m_db);
    const qint64 variant = catalog.findByLookupKey(BarcodeParser::lookupKeyOf(QStringLiteral("3760001000016")).value())
                               .value()
                               .variantId;
    QTRY_COMPARE_WITH_TIMEOUT(catalog.stockLevelMilli(variant).value(), 26'000, 10'000); // 30 - 2 sales - 2 online

    // A run that fails with nothing counted as waiting is not "up to date" (issue 16, item 8).
    disconnect(&sync, nullptr, m_window.get(), nullptr); // no run overwrites what is shown here
    m_window->showSyncStatus({0, {}, QStringLiteral("The online store refused the change.")});
    const QString failing = widget<QLabel>("syncLabel")->text();
    QVERIFY2(!failing.contains(QStringLiteral("up to date")) && failing.contains(QStringLiteral("NOT synced")),
             qPrintable(failing));
}

void TestCounterWindow::syncLogShowsARefusalAndSendsItAgain()
{
    // A sale whose stock change the store refused (its safety buffer).
    test::linkAllToStore(*m_db);
    scan(QStringLiteral("3760001000016"));
    payCash();
    SystemClock clock;
    SyncOutbox outbox(*m_db, clock, QStringLiteral("R01"));
    const auto batch = outbox.prepareStockBatch().value();
    QVERIFY(batch.has_value());
    QVERIFY_RESULT(outbox.reject(batch->id, QStringLiteral("Not enough stock for sku EPI-0001")));

    SyncLogDialog log(*m_db, writer(), m_clock, SyncStatus {1, {}, {}});
    QSignalSpy retried(&log, &SyncLogDialog::syncRequested);
    QVERIFY(log.findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("1 change")));
    auto* table = log.findChild<QTableWidget*>(QStringLiteral("entriesTableWidget"));
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(table->item(0, 2)->text().contains(QStringLiteral("refused")));
    QVERIFY(table->item(0, 3)->text().contains(QStringLiteral("Not enough stock")));
    auto* retry = log.findChild<QPushButton*>(QStringLiteral("retryPushButton"));
    QVERIFY(!retry->isEnabled());
    table->selectRow(0);
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(retried.wait(5'000)); // once the batch is released on disk
    // Its change waits for the next batch again, and the log says what happened.
    const auto again = outbox.prepareStockBatch().value();
    QVERIFY(again.has_value());
    QCOMPARE(again->deltas.first().quantity, -1);
    QVERIFY(table->item(0, 2)->text().contains(QStringLiteral("sent again"))
            || table->item(1, 2)->text().contains(QStringLiteral("sent again")));
}

void TestCounterWindow::dayEndComparisonWithTheOnlineStore()
{
    StoreEmulator store;
    QVERIFY(store.listen());
    store.state().addProduct(QStringLiteral("Pain de campagne"), QStringLiteral("EPI-0001"), 399, 0, 30);
    const StoreConnection connection {QUrl(store.baseUrl()), store.storeHash(), store.token()};
    SyncLogDialog log(*m_db, writer(), m_clock, SyncStatus {}, connection);
    auto* comparison = log.findChild<QPlainTextEdit*>(QStringLiteral("comparisonPlainTextEdit"));
    // First the products are matched: the plan is shown, then confirmed.
    QString question;
    QTimer answerer; // the question comes once the store's products are read, in a dialog of its own
    connect(&answerer, &QTimer::timeout, this, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            question = box->text();
            answerer.stop();
            box->button(QMessageBox::Yes)->click();
        }
    });
    answerer.start(20);
    QTest::mouseClick(log.findChild<QPushButton*>(QStringLiteral("matchPushButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(comparison->toPlainText().contains(QStringLiteral("linked with the online store")),
                             10'000);
    QVERIFY2(question.contains(QStringLiteral("1 article")), qPrintable(question));

    auto* compare = log.findChild<QPushButton*>(QStringLiteral("comparePushButton"));
    QTest::mouseClick(compare, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(comparison->toPlainText().contains(QStringLiteral("Same stock on both sides")), 10'000);

    // Sold online and not taken in yet: the article is named with both levels.
    store.state().addOrder(11, QStringLiteral("alice@example.fr"),
                           {{QStringLiteral("EPI-0001"), QStringLiteral("Pain de campagne"), 2}});
    QTest::mouseClick(compare, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        comparison->toPlainText().contains(QStringLiteral("EPI-0001: register 30, online store 28")), 10'000);
}

void TestCounterWindow::customerCreatedAtTheCounterAndAttached()
{
    StoreEmulator store;
    QVERIFY(store.listen());
    m_window->setStoreConnection(StoreConnection {QUrl(store.baseUrl()), store.storeHash(), store.token()});
    scan(QStringLiteral("3760001000016"));
    bool attached = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<CustomerDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* result = dialog->findChild<QLabel*>(QStringLiteral("resultLabel"));
        dialog->findChild<QLineEdit*>(QStringLiteral("emailLineEdit"))->setText(QStringLiteral("claire@example.fr"));
        dialog->findChild<QPushButton*>(QStringLiteral("searchPushButton"))->click();
        QVERIFY(QTest::qWaitFor([&] { return result->text().contains(QStringLiteral("No customer")); }, 5'000));
        dialog->findChild<QLineEdit*>(QStringLiteral("firstNameLineEdit"))->setText(QStringLiteral("Claire"));
        dialog->findChild<QLineEdit*>(QStringLiteral("lastNameLineEdit"))->setText(QStringLiteral("Martin"));
        dialog->findChild<QPushButton*>(QStringLiteral("createPushButton"))->click();
        auto* attach = dialog->findChild<QPushButton*>(QStringLiteral("attachPushButton"));
        QVERIFY(QTest::qWaitFor([&] { return attach->isEnabled(); }, 5'000));
        attach->click();
        attached = true;
    });
    QTest::mouseClick(widget<QPushButton>("customerPushButton"), Qt::LeftButton);
    QVERIFY(attached);
    QCOMPARE(m_window->currentTicket().customerRef(), QStringLiteral("claire@example.fr"));
    QCOMPARE(store.state().customers.size(), 1);
    QVERIFY(widget<QLabel>("messageLabel")->text().contains(QStringLiteral("Claire Martin")));
}

void TestCounterWindow::customerSearchStartsAfreshAndShowsGuestOrders()
{
    StoreEmulator store;
    QVERIFY(store.listen());
    store.state().customers.append(
        {1, QStringLiteral("Claire"), QStringLiteral("Martin"), QStringLiteral("claire@example.fr")});
    // An order placed online as a guest: no account, the e-mail only.
    QSqlQuery guestOrder(m_db->connection());
    QVERIFY(guestOrder.exec(QStringLiteral(
        "INSERT INTO store_orders(store_order_id, status_id, state, customer_email, total_minor, date_modified, "
        "imported_at, stock_taken) VALUES(5001, 11, 'closed', 'paul@example.fr', 2390, '2026-11-30T10:00:00.000Z', "
        "'2026-11-30T10:05:00.000Z', 1)")));
    CustomerDialog dialog(*m_db, writer(), m_clock,
                          StoreConnection {QUrl(store.baseUrl()), store.storeHash(), store.token()},
                          QLocale(QLocale::French, QLocale::France));
    auto* email = dialog.findChild<QLineEdit*>(QStringLiteral("emailLineEdit"));
    auto* search = dialog.findChild<QPushButton*>(QStringLiteral("searchPushButton"));
    auto* result = dialog.findChild<QLabel*>(QStringLiteral("resultLabel"));
    auto* firstName = dialog.findChild<QLineEdit*>(QStringLiteral("firstNameLineEdit"));
    auto* lastName = dialog.findChild<QLineEdit*>(QStringLiteral("lastNameLineEdit"));
    auto* create = dialog.findChild<QPushButton*>(QStringLiteral("createPushButton"));
    auto* attach = dialog.findChild<QPushButton*>(QStringLiteral("attachPushButton"));
    auto* purchases = dialog.findChild<QPlainTextEdit*>(QStringLiteral("purchasesPlainTextEdit"));

    // Claire is found and could be attached; the cashier then looks for someone else.
    email->setText(QStringLiteral("claire@example.fr"));
    search->click();
    QTRY_VERIFY_WITH_TIMEOUT(attach->isEnabled(), 5'000);
    QTest::keyClick(email, Qt::Key_Backspace);
    QVERIFY(!attach->isEnabled()); // Claire cannot be attached under another e-mail

    // A guest of the online store: not a customer, but their online order is shown, and the fields are empty.
    email->setText(QStringLiteral("paul@example.fr"));
    search->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("No customer")), 5'000);
    QVERIFY(purchases->toPlainText().contains(QStringLiteral("5001")));
    QVERIFY(purchases->toPlainText().contains(QStringLiteral("23,90")));
    QVERIFY(firstName->text().isEmpty());
    QVERIFY(create->isEnabled());
    QVERIFY(!attach->isEnabled());
    firstName->setText(QStringLiteral("Paul"));
    lastName->setText(QStringLiteral("Durand"));

    // A third search: nothing typed for Paul is left to create a wrong customer with.
    email->setText(QStringLiteral("lea@example.fr"));
    search->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("lea@example.fr")), 5'000);
    QVERIFY(firstName->text().isEmpty());
    QVERIFY(lastName->text().isEmpty());
    QVERIFY(purchases->toPlainText().contains(QStringLiteral("No purchase")));
    QCOMPARE(store.state().customers.size(), 1);
}

void TestCounterWindow::customerCreatedOfflineLinkedAfterReconnecting()
{
    // Offline (no online store at all): Léa is created at the counter with her e-mail and phone, and attached.
    scan(QStringLiteral("3760001000016"));
    whenOpen<CustomerDialog>(this, [](CustomerDialog* dialog) {
        auto* result = dialog->findChild<QLabel*>(QStringLiteral("resultLabel"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("emailLineEdit")),
                         QStringLiteral("lea@example.fr"));
        dialog->findChild<QPushButton*>(QStringLiteral("searchPushButton"))->click();
        QVERIFY2(result->text().contains(QStringLiteral("once it is reachable")), qPrintable(result->text()));
        dialog->findChild<QLineEdit*>(QStringLiteral("firstNameLineEdit"))->setText(QStringLiteral("Léa"));
        dialog->findChild<QLineEdit*>(QStringLiteral("lastNameLineEdit"))->setText(QStringLiteral("Durand"));
        dialog->findChild<QLineEdit*>(QStringLiteral("phoneLineEdit"))->setText(QStringLiteral("06 12 34 56 78"));
        dialog->findChild<QPushButton*>(QStringLiteral("createPushButton"))->click();
        auto* attach = dialog->findChild<QPushButton*>(QStringLiteral("attachPushButton"));
        QTRY_VERIFY_WITH_TIMEOUT(attach->isEnabled(), 5'000);
        attach->click();
    });
    QTest::mouseClick(widget<QPushButton>("customerPushButton"), Qt::LeftButton);
    QCOMPARE(m_window->currentTicket().customerRef(), QStringLiteral("lea@example.fr"));
    payCash();

    // The next day, still offline: found by a word of her name or her phone, her ticket shown.
    QString found;
    QString purchases;
    whenOpen<CustomerDialog>(this, [&](CustomerDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("emailLineEdit")), QStringLiteral("durand 06"));
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("foundListWidget"));
        found = list->count() == 1 ? list->item(0)->text() : QString();
        list->setCurrentRow(0);
        purchases = dialog->findChild<QPlainTextEdit*>(QStringLiteral("purchasesPlainTextEdit"))->toPlainText();
        dialog->reject();
    });
    m_window->activateWindow();
    QTest::mouseClick(widget<QPushButton>("customerPushButton"), Qt::LeftButton);
    QVERIFY2(found.contains(QStringLiteral("Léa Durand")), qPrintable(found));
    QVERIFY2(purchases.contains(QStringLiteral("3,99")), qPrintable(purchases));

    // Connected again: the sync links her to the store's customer with her e-mail, created once; Paul, who already
    // had an account online, is found there, not created again.
    StoreEmulator store;
    QVERIFY(store.listen());
    store.state().customers.append(
        {7, QStringLiteral("Paul"), QStringLiteral("Martin"), QStringLiteral("paul@example.fr")});
    QVERIFY_RESULT(Customers(*m_db).add(
        {0, QStringLiteral("Paul"), QStringLiteral("Martin"), QStringLiteral("paul@example.fr"), {}, std::nullopt},
        m_clock.nowUtc()));
    StoreClient client({QUrl(store.baseUrl()), store.storeHash(), store.token()});
    CustomerLink link(*m_db, m_clock, client);
    QSignalSpy finished(&link, &CustomerLink::finished);
    for (int run = 0; run < 2; ++run) {
        finished.clear();
        link.run();
        QVERIFY(!finished.isEmpty() || finished.wait(10'000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    }
    QCOMPARE(store.state().customers.size(), 2);
    const auto lea = Customers(*m_db).byEmail(QStringLiteral("lea@example.fr")).value();
    QVERIFY(lea && lea->storeCustomerId);
    QCOMPARE(store.state().customers.last().email, QStringLiteral("lea@example.fr"));
    QCOMPARE(*lea->storeCustomerId, store.state().customers.last().id);
    QCOMPARE(Customers(*m_db).byEmail(QStringLiteral("paul@example.fr")).value()->storeCustomerId, 7);
    QVERIFY(Customers(*m_db).unlinked(10).value().isEmpty());
}

void TestCounterWindow::receiptEmailedOfflineDeliveredAfterReconnecting()
{
    // The shop's mail server is away: nothing listens on its port.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    scan(QStringLiteral("3760001000016"));
    payCash();
    whenOpen<QInputDialog>(this, [](QInputDialog* dialog) {
        dialog->setTextValue(QStringLiteral("lea@example.fr"));
        dialog->accept();
    });
    QTest::mouseClick(widget<QPushButton>("emailPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(widget<QLabel>("messageLabel")->text().contains(QStringLiteral("queued")), 5'000);
    const auto waiting = [&] {
        QSqlQuery query(m_db->connection());
        query.exec(QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL"));
        return query.next() ? query.value(0).toInt() : -1;
    };
    QCOMPARE(waiting(), 1);

    MailOutbox outbox(
        m_db->path(), m_clock,
        SmtpSettings {
            QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(port)), QStringLiteral("caisse@epicerie.example"), {}, {}},
        100);
    QSignalSpy passed(&outbox, &MailOutbox::passed);
    outbox.start();
    QVERIFY(passed.wait(10'000));
    QCOMPARE(passed.first().first().toInt(), 1); // still waiting, and why
    QVERIFY(!passed.first().at(1).toString().isEmpty());

    // The server is back: the receipt leaves, once.
    SmtpSink sink;
    QVERIFY(sink.listen(port));
    QSignalSpy received(&sink, &SmtpSink::received);
    QVERIFY(received.wait(10'000));
    QTRY_COMPARE_WITH_TIMEOUT(waiting(), 0, 5'000);
    passed.clear();
    QVERIFY(passed.wait(5'000));
    QCOMPARE(sink.messages().size(), 1);
    const SmtpSink::Message& mail = sink.messages().first();
    QCOMPARE(mail.recipients, QStringList {QStringLiteral("lea@example.fr")});
    const qsizetype headersEnd = mail.data.indexOf("\r\n\r\n");
    QVERIFY(mail.data.left(headersEnd).contains("Subject: "));
    const QString body = QString::fromUtf8(QByteArray::fromBase64(mail.data.mid(headersEnd + 4).replace("\r\n", "")));
    QVERIFY2(body.contains(QStringLiteral("Pain de campagne")), qPrintable(body));
    QVERIFY(body.contains(QStringLiteral("3,99")));
}

void TestCounterWindow::onlineOrderPickedUpAtTheCounter()
{
    StoreEmulator store;
    QVERIFY(store.listen());
    store.state().addProduct(QStringLiteral("Pain de campagne"), QStringLiteral("EPI-0001"), 399, 0, 30);
    StoreClient client({QUrl(store.baseUrl()), store.storeHash(), store.token()});
    const SystemClock clock;
    OrderSync orders(*m_db, clock, client);
    QSignalSpy finished(&orders, &OrderSync::finished);
    const auto syncOnce = [&] {
        finished.clear();
        orders.run();
        return !finished.isEmpty() || finished.wait(10'000);
    };
    QVERIFY(syncOnce()); // the first connection
    const qint64 order = store.state().addOrder(8, QStringLiteral("claire@example.fr"),
                                                {{QStringLiteral("EPI-0001"), QStringLiteral("Pain de campagne"), 2}});
    store.state().setOrderDetails(order, QStringLiteral("Claire"), QStringLiteral("Martin"), 0, 0);
    QVERIFY(syncOnce());

    QVERIFY(!widget<QPushButton>("pickupPushButton")->isEnabled()); // not connected
    m_window->setStoreConnection(StoreConnection {QUrl(store.baseUrl()), store.storeHash(), store.token()});
    QSignalSpy syncRequested(m_window.get(), &CounterWindow::syncRequested);
    QString content;
    QString result;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))->setText(QStringLiteral("martin"));
        dialog->findChild<QPushButton*>(QStringLiteral("searchPushButton"))->click();
        QCOMPARE(dialog->findChild<QListWidget*>(QStringLiteral("ordersListWidget"))->count(), 1);
        content = dialog->findChild<QPlainTextEdit*>(QStringLiteral("contentPlainTextEdit"))->toPlainText();
        dialog->findChild<QPushButton*>(QStringLiteral("handOverPushButton"))->click();
        auto* label = dialog->findChild<QLabel*>(QStringLiteral("resultLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(!label->text().isEmpty(), 5'000); // recorded off the GUI thread
        result = label->text();
        QCOMPARE(dialog->findChild<QListWidget*>(QStringLiteral("ordersListWidget"))->count(), 0);
        dialog->close();
    });
    QTest::mouseClick(widget<QPushButton>("pickupPushButton"), Qt::LeftButton);
    QVERIFY2(content.contains(QStringLiteral("2 × Pain de campagne")), qPrintable(content));
    QVERIFY2(result.contains(QStringLiteral("handed over to Claire Martin")), qPrintable(result));
    QCOMPARE(syncRequested.size(), 1);
    QVERIFY(syncOnce());
    QCOMPARE(store.state().orderStatus(order), 10); // Completed online
}

void TestCounterWindow::storeSettingsTestConnectAndSystemOfRecord()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain, as on CI: the token is encrypted at rest
    StoreEmulator store;
    QVERIFY(store.listen());
    SecretStore secrets(*m_db, m_dir->filePath(QStringLiteral("keys")));
    StoreSettingsDialog dialog(*m_db, writer(), m_clock, secrets);
    QSignalSpy changed(&dialog, &StoreSettingsDialog::connectionChanged);
    auto* state = dialog.findChild<QLabel*>(QStringLiteral("stateLabel"));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("apiUrlLineEdit"))->text(),
             QStringLiteral("https://api.bigcommerce.com"));
    dialog.findChild<QLineEdit*>(QStringLiteral("apiUrlLineEdit"))->setText(store.baseUrl());
    dialog.findChild<QLineEdit*>(QStringLiteral("storeHashLineEdit"))->setText(store.storeHash());
    auto* token = dialog.findChild<QLineEdit*>(QStringLiteral("tokenLineEdit"));
    token->setText(QStringLiteral("wrong-token"));
    auto* testButton = dialog.findChild<QPushButton*>(QStringLiteral("testPushButton"));
    testButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("refused the token")), 10'000);
    token->setText(store.token());
    testButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("Connected to Boutique démo, which sells in EUR")),
                             10'000);

    dialog.findChild<QPushButton*>(QStringLiteral("connectPushButton"))->click();
    QVERIFY(changed.wait(5'000)); // once the keychain (here its encrypted fallback) has the token
    QCOMPARE(changed.size(), 1);
    const auto connection = changed.first().first().value<std::optional<StoreConnection>>();
    QVERIFY(connection.has_value());
    QCOMPARE(connection->token, store.token());
    QCOMPARE(connection->baseUrl.toString(), store.baseUrl());
    QVERIFY(token->text().isEmpty()); // never shown again
    // Kept as a secret, not among the settings.
    QCOMPARE(m_db->integer(QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE ?"), {store.token()}).value(),
             0);
    auto* record = dialog.findChild<QComboBox*>(QStringLiteral("recordComboBox"));
    QVERIFY(!record->isEnabled()); // chosen while disconnected only

    dialog.findChild<QPushButton*>(QStringLiteral("disconnectPushButton"))->click();
    QCOMPARE(changed.size(), 2);
    QVERIFY(!changed.last().first().value<std::optional<StoreConnection>>().has_value());
    QVERIFY(record->isEnabled());
    record->setCurrentIndex(1); // the online store
    QString warning;
    QTimer answerer;
    connect(&answerer, &QTimer::timeout, this, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            warning = box->text();
            answerer.stop();
            box->button(QMessageBox::No)->click();
        }
    });
    answerer.start(20);
    dialog.findChild<QPushButton*>(QStringLiteral("connectPushButton"))->click();
    QVERIFY2(warning.contains(QStringLiteral("end up twice")), qPrintable(warning));
    QCOMPARE(changed.size(), 2); // declined: still disconnected
    QVERIFY(!StoreSettings(*m_db, m_clock, secrets).isConnected());
}

void TestCounterWindow::managerSplitsAnArticlesStock()
{
    OnlineArticleDialog dialog(*m_db, writer(), m_clock);
    QSignalSpy changed(&dialog, &OnlineArticleDialog::changed);
    auto* search = dialog.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    auto* article = dialog.findChild<QLabel*>(QStringLiteral("articleLabel"));
    auto* split = dialog.findChild<QCheckBox*>(QStringLiteral("splitCheckBox"));
    search->setText(QStringLiteral("3760001000016"));
    dialog.findChild<QPushButton*>(QStringLiteral("findPushButton"))->click();
    QVERIFY2(article->text().contains(QStringLiteral("Not on the online store yet")), qPrintable(article->text()));
    QVERIFY(!split->isEnabled()); // nothing to split before it is online

    test::linkAllToStore(*m_db);
    dialog.findChild<QPushButton*>(QStringLiteral("findPushButton"))->click();
    QVERIFY2(article->text().contains(QStringLiteral("EPI-0001")), qPrintable(article->text()));
    QVERIFY(split->isEnabled());
    split->setChecked(true);
    dialog.findChild<QSpinBox*>(QStringLiteral("onlineSpinBox"))->setValue(5);
    dialog.findChild<QPushButton*>(QStringLiteral("applyPushButton"))->click();
    QVERIFY(changed.wait(5'000));
    QVERIFY2(article->text().contains(QStringLiteral("5 for online")), qPrintable(article->text()));
    // The online quantity waits to be set on the store; a sale at the counter now stays with the shop and adds nothing.
    SystemClock clock;
    QCOMPARE(SyncOutbox(*m_db, clock, QStringLiteral("R01")).waiting().value(), 1);
    scan(QStringLiteral("3760001000016"));
    payCash();
    QTRY_COMPARE_WITH_TIMEOUT(m_db->integer(QStringLiteral("SELECT COUNT(*) FROM tickets")).value(), 1, 5'000);
    QCOMPARE(SyncOutbox(*m_db, clock, QStringLiteral("R01")).waiting().value(), 1);
}

void TestCounterWindow::managerPicksTheProductsThatSync()
{
    const auto selected = [&] {
        return m_db->integer(QStringLiteral("SELECT count(*) FROM products WHERE online_selected = 1"), {}).value();
    };
    {
        ProductSelectionDialog dialog(*m_db, writer());
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("productsListWidget"));
        dialog.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))->setText(QStringLiteral("EPI-0001"));
        QCOMPARE(list->count(), 1);
        dialog.findChild<QPushButton*>(QStringLiteral("selectAllPushButton"))->click();
        dialog.findChild<QPushButton*>(QStringLiteral("savePushButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(selected(), 1, 5'000);
        // Ticked, then the search changes and the dialog is closed: nothing is lost.
        dialog.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))->setText(QStringLiteral("Baguette"));
        QVERIFY(list->count() >= 1);
        list->item(0)->setCheckState(Qt::Checked);
        dialog.reject();
    }
    QTRY_COMPARE_WITH_TIMEOUT(selected(), 2, 5'000);
    OnlineArticles articles(*m_db);
    QVERIFY(articles.find(QStringLiteral("3760001000016")).value().selected);
}

QTEST_MAIN(TestCounterWindow)
void TestCounterWindow::deliveryReceivedOnceWithItsCostPrice()
{
    // The baker's delivery: two loaves and a baguette scanned, the loaf's new cost typed from the delivery note.
    seedOperators();
    QStringList said;
    QString refused;
    whenOpen<LoginDialog>(this, [](LoginDialog*) { answerApproval(true); });
    whenOpen<ReceptionDialog>(this, [&](ReceptionDialog* dialog) {
        auto* message = dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));
        auto* article = dialog->findChild<QLineEdit*>(QStringLiteral("articleLineEdit"));
        auto* lines = dialog->findChild<QTableWidget*>(QStringLiteral("linesTableWidget"));
        auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmPushButton"));
        for (const QString& code :
             {QStringLiteral("3760001000016"), QStringLiteral("3010001000029"), QStringLiteral("3760001000016")}) {
            QTest::keyClicks(article, code);
            QTest::keyClick(article, Qt::Key_Return);
        }
        // Enter from the scanner neither confirmed nor closed anything: the lines wait for the supplier.
        QVERIFY(dialog->isVisible());
        QCOMPARE(lines->rowCount(), 2);
        QCOMPARE(lines->item(0, 2)->text(), QStringLiteral("2"));
        lines->item(0, 3)->setText(QStringLiteral("1,20"));
        confirm->click();
        QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty(), 5'000);
        refused = message->text();
        dialog->findChild<QLineEdit*>(QStringLiteral("supplierLineEdit"))->setText(QStringLiteral("Moulin Dupré"));
        confirm->click();
        // A second click while the first is written is not a second delivery.
        confirm->click();
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("received")), 5'000);
        said << message->text();
        QCOMPARE(lines->rowCount(), 0);
        dialog->reject();
    });
    m_window->findChild<QAction*>(QStringLiteral("receptionAction"))->trigger();
    QVERIFY2(refused.contains(QStringLiteral("who delivered")), qPrintable(refused));
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().startsWith(QStringLiteral("Delivery from Moulin Dupré received: 3 piece")),
             qPrintable(said.first()));
    QCOMPARE(stockOf(*m_db, QStringLiteral("3760001000016")), 32);
    QCOMPARE(stockOf(*m_db, QStringLiteral("3010001000029")), 44);
    QCOMPARE(
        m_db->integer(QStringLiteral("SELECT cost_price_minor FROM products WHERE name = 'Pain de campagne'")).value(),
        120);
    // Each line is a movement the outbox sends to the online store, from the supplier and the manager who received it.
    QCOMPARE(m_db->integer(QStringLiteral("SELECT COUNT(*) FROM sync_outbox o JOIN stock_movements m ON m.id = "
                                          "o.stock_movement_id WHERE m.reason = 'delivery' AND m.detail = 'Moulin "
                                          "Dupré' AND m.operator = 'Camille / Dominique'"))
                 .value(),
             2);
    QCOMPARE(m_db->integer(QStringLiteral("SELECT COUNT(*) FROM receptions")).value(), 1);
}

void TestCounterWindow::stocktakeResumedAfterAKillWithASaleDuringTheCount()
{
    // Dominique counts the shop: three loaves on the shelf. A loaf is sold after it was counted, then the register is
    // killed; the count goes on after the restart and is validated.
    seedOperators();
    const auto countIn = [this](const std::function<void(StocktakeDialog*)>& act) {
        withManagersWindow<StocktakeDialog>(m_window.get(), this, "stocktakeAction", act);
    };
    const auto scanInto = [](StocktakeDialog* dialog, const QString& code) {
        auto* article = dialog->findChild<QLineEdit*>(QStringLiteral("articleLineEdit"));
        auto* message = dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));
        message->clear();
        QTest::keyClicks(article, code);
        QTest::keyClick(article, Qt::Key_Return);
        return QTest::qWaitFor([message] { return !message->text().isEmpty(); }, 5'000) ? message->text()
                                                                                        : QStringLiteral("(nothing)");
    };
    QStringList said;
    countIn([&](StocktakeDialog* dialog) {
        dialog->findChild<QPushButton*>(QStringLiteral("startPushButton"))->click();
        auto* article = dialog->findChild<QLineEdit*>(QStringLiteral("articleLineEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(article->isEnabled(), 5'000);
        for (int loaf = 0; loaf < 3; ++loaf)
            said << scanInto(dialog, QStringLiteral("3760001000016"));
    });
    QCOMPARE(said.last(), QStringLiteral("Pain de campagne: 3 counted"));
    QTRY_COMPARE(QApplication::focusWidget(), widget<QLineEdit>("scanLineEdit"));
    scan(QStringLiteral("3760001000016"));
    payCash();

    // Killed: nothing of the count was kept anywhere but in the database, which the next start opens.
    m_window.reset();
    m_session.reset();
    m_writer.reset();
    openCounter();
    QString resumed;
    QStringList variance;
    QString total;
    countIn([&](StocktakeDialog* dialog) {
        resumed = dialog->findChild<QLabel*>(QStringLiteral("stateLabel"))->text();
        dialog->findChild<QLineEdit*>(QStringLiteral("quantityLineEdit"))->setText(QStringLiteral("12"));
        said << scanInto(dialog, QStringLiteral("3010001000029"));
        whenOpen<QMessageBox>(this, [&](QMessageBox* question) {
            // The variance report is on screen when the question is asked.
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("varianceTableWidget"));
            for (int row = 0; row < table->rowCount(); ++row)
                variance << table->item(row, 1)->text() + u' ' + table->item(row, 3)->text() + u' '
                        + table->item(row, 4)->text() + u' ' + table->item(row, 5)->text();
            total = dialog->findChild<QLabel*>(QStringLiteral("totalLabel"))->text();
            question->button(QMessageBox::Yes)->click();
        });
        dialog->findChild<QPushButton*>(QStringLiteral("validatePushButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel*>(QStringLiteral("messageLabel"))
                                     ->text()
                                     .startsWith(QStringLiteral("Count validated")),
                                 5'000);
        said << dialog->findChild<QLabel*>(QStringLiteral("messageLabel"))->text();
    });
    QVERIFY2(resumed.startsWith(QStringLiteral("Counting the whole shop")), qPrintable(resumed));
    QVERIFY2(resumed.contains(QStringLiteral(": 1 article")), qPrintable(resumed));
    QCOMPARE(said.at(3), QStringLiteral("Baguette tradition: 12 counted"));
    // The loaf was counted before it was sold: 30 expected then, 3 counted; the sale comes off the count.
    QVERIFY2(variance.size() > 2, qPrintable(variance.join(u'\n')));
    QCOMPARE(
        variance.mid(0, 2),
        QStringList({QStringLiteral("Baguette tradition 43 12 -31"), QStringLiteral("Pain de campagne 30 3 -27")}));
    // Below them, what was not counted, with the stock it keeps: a forgotten shelf shows before validating.
    QVERIFY2(variance.contains(QStringLiteral("Croissant pur beurre 38 not counted ")),
             qPrintable(variance.mid(2, 5).join(u'\n')));
    QVERIFY2(total.contains(QStringLiteral("not counted keep their stock")), qPrintable(total));
    QVERIFY2(said.last().startsWith(QStringLiteral("Count validated: 2 stock correction")), qPrintable(said.last()));
    QCOMPARE(stockOf(*m_db, QStringLiteral("3760001000016")), 2);
    QCOMPARE(stockOf(*m_db, QStringLiteral("3010001000029")), 12);
    QCOMPARE(m_db->integer(QStringLiteral("SELECT COUNT(*) FROM sync_outbox o JOIN stock_movements m ON m.id = "
                                          "o.stock_movement_id WHERE m.reason = 'count'"))
                 .value(),
             2);
}

void TestCounterWindow::vatReportOfAMonthEqualsItsMonthlyClosure()
{
    // October's sales at two VAT rates, then a sale in November, before which the register closed October.
    seedOperators();
    {
        test::ManualClock clock;
        SaleStore store(*m_db, clock, QStringLiteral("R01"));
        Catalog catalog(*m_db);
        const QList<std::pair<QString, QStringList>> sales {
            {QStringLiteral("2026-10-05T09:30:00.000Z"),
             {QStringLiteral("3760001000016"), QStringLiteral("3760001000511")}},
            {QStringLiteral("2026-10-20T16:10:00.000Z"),
             {QStringLiteral("3400001000523"), QStringLiteral("3400001000523"), QStringLiteral("3010001000029")}},
            {QStringLiteral("2026-11-03T10:00:00.000Z"), {QStringLiteral("3010001000029")}}};
        for (const auto& [when, barcodes] : sales) {
            clock.set(QDateTime::fromString(when, Qt::ISODateWithMs));
            QVERIFY_RESULT(store.commit(test::cashSale(catalog, barcodes), test::cashier()));
        }
    }
    std::optional<ClosureRecord> october;
    for (const auto& [type, data] : test::journalRecords(*m_db, QStringLiteral("R01")))
        if (type == u"CLOSE_MONTH" && data.value(QStringLiteral("period")).toString() == u"2026-10")
            october = ClosureRecord::fromJson(data).value();
    QVERIFY(october);
    QCOMPARE(october->vat.size(), 2);

    QList<QVariantList> vat;
    QStringList shown;
    QStringList days;
    QByteArray csv;
    const QString csvPath = m_dir->filePath(QStringLiteral("vat.csv"));
    whenOpen<LoginDialog>(this, [](LoginDialog*) { answerApproval(true); });
    whenOpen<ReportsDialog>(this, [&](ReportsDialog* dialog) {
        dialog->showPeriod(ReportPeriod::monthOf(QDate(2026, 10, 1)));
        const ReportTable& byDay = dialog->table(ReportsDialog::ByDay);
        for (int row = 0; row < byDay.rowCount(); ++row)
            days << byDay.text(row, 0) + u' ' + byDay.text(row, 1) + u' ' + byDay.text(row, 2);
        dialog->showReport(ReportsDialog::Vat);
        auto* view = dialog->findChild<QTableView*>(QStringLiteral("vatTableView"));
        QVERIFY(view->isVisible());
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < view->model()->columnCount(); ++column)
                cells << view->model()->index(row, column).data().toString();
            shown << cells.join(u' ');
        }
        vat = dialog->table(ReportsDialog::Vat).rows();
        QVERIFY(dialog->exportCsv(csvPath));
        dialog->reject();
    });
    m_window->findChild<QAction*>(QStringLiteral("reportsAction"))->trigger();
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    csv = file.readAll();

    // The month's rows per rate are its monthly closure's, figure for figure.
    QList<QVariantList> month;
    for (const QVariantList& row : vat)
        if (row.at(0).toString() == u"2026-10")
            month.append(row);
    QCOMPARE(month.size(), october->vat.size());
    for (const ClosureRecord::VatRow& closed : october->vat) {
        // Closures name a rate in basis points when it has no finer part, as the reference vectors do.
        const qint64 milliPercent = closed.rateField == u"rate_bp" ? closed.rate * 10 : closed.rate;
        const auto same = std::ranges::find_if(
            month, [&](const QVariantList& row) { return row.at(1).toLongLong() == milliPercent; });
        QVERIFY(same != month.end());
        QCOMPARE(same->at(2).toLongLong(), closed.base);
        QCOMPARE(same->at(3).toLongLong(), closed.vat);
        QCOMPARE(same->at(4).toLongLong(), closed.total);
    }
    qint64 total = 0;
    for (const QVariantList& row : month)
        total += row.at(4).toLongLong();
    QCOMPARE(total, october->total);
    // Then each day's rates, as its daily closure: two days of October at two rates each, nothing of November.
    QCOMPARE(vat.size(), 2 + 4);
    QVERIFY2(shown.contains(QStringLiteral("octobre 2026 5,5\u00a0% 4,92 0,27 5,19")), qPrintable(shown.join(u'|')));
    QCOMPARE(days, QStringList({QStringLiteral("05/10/2026 1 12,98"), QStringLiteral("20/10/2026 1 27,00")}));
    // The spreadsheet gets the same figures, in French spreadsheet form.
    QVERIFY2(csv.contains("2026-10;5,500;4,92;0,27;5,19\r\n"), csv.constData());
}

namespace {

/** Opens the products window, imports the CSV at path and hands its preview, once read, to act. */
void withImportPreview(CounterWindow* window, QObject* context, const QString& path,
                       const std::function<void(CatalogImportDialog*)>& act)
{
    withManagersWindow<ProductDialog>(window, context, "productsAction", [&](ProductDialog* dialog) {
        dialog->importCsv(path);
        CatalogImportDialog* preview = nullptr;
        QTRY_VERIFY((preview = dialog->findChild<CatalogImportDialog*>()) != nullptr);
        auto* summary = preview->findChild<QLabel*>(QStringLiteral("summaryLabel"));
        QTRY_VERIFY(summary->text().contains(QStringLiteral("Lines read")));
        act(preview);
        preview->reject();
    });
}

QByteArray exportedCatalog(CounterWindow* window, QObject* context, const QString& path)
{
    withManagersWindow<ProductDialog>(window, context, "productsAction",
                                      [&](ProductDialog* dialog) { QVERIFY(dialog->exportCsv(path)); });
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

void TestCounterWindow::csvWithThreeFaultyLinesShowsThreeAndWritesNothing()
{
    seedOperators();
    const QString path = m_dir->filePath(QStringLiteral("faulty.csv"));
    writeFile(path,
              "Item,ID,Name,Type,SKU,Options,Price,UPC/EAN\r\n"
              "Product,,Confiture,Physical,,,4.50,\r\n"
              "Variant,,,,CONF-F,Type=Rectangle|Name=Parfum|Value=Fraise,4.50,\r\n"
              "Variant,,,,,Type=Rectangle|Name=Parfum|Value=Abricot,4.50,\r\n"
              "Product,,Miel,Physical,MIEL,,\"8,90\",\r\n"
              "Product,,Huile,Physical,HUILE,,12.00,4006381333932\r\n"
              "Product,,Sel,Physical,SEL,,2.10,\r\n");
    const qint64 products = m_db->integer(QStringLiteral("SELECT COUNT(*) FROM products")).value();
    QStringList shown;
    QString summary;
    bool importable = true;
    withImportPreview(m_window.get(), this, path, [&](CatalogImportDialog* preview) {
        auto* faults = preview->findChild<QTableWidget*>(QStringLiteral("faultsTableWidget"));
        QVERIFY(faults->isVisible());
        for (int row = 0; row < faults->rowCount(); ++row)
            shown << faults->item(row, 0)->text() + QStringLiteral(": ") + faults->item(row, 1)->text();
        summary = preview->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
        importable = preview->findChild<QPushButton*>(QStringLiteral("importPushButton"))->isEnabled();
    });
    QCOMPARE(shown.size(), 3);
    QVERIFY2(shown.at(0).startsWith(QStringLiteral("4: A Variant row needs its SKU")), qPrintable(shown.at(0)));
    QVERIFY2(shown.at(1).startsWith(QStringLiteral("5: Price \"8,90\"")), qPrintable(shown.at(1)));
    QVERIFY2(shown.at(2).startsWith(QStringLiteral("6: UPC/EAN 4006381333932")), qPrintable(shown.at(2)));
    QVERIFY2(summary.contains(QStringLiteral("3 line(s) cannot be imported")), qPrintable(summary));
    QVERIFY(!importable);
    QCOMPARE(m_db->integer(QStringLiteral("SELECT COUNT(*) FROM products")).value(), products);
    QCOMPARE(m_db->integer(QStringLiteral("SELECT COUNT(*) FROM variants WHERE sku IN ('CONF-F', 'SEL')")).value(), 0);
}

void TestCounterWindow::catalogExportedThenImportedRoundTrips()
{
    seedOperators();
    const QByteArray exported = exportedCatalog(m_window.get(), this, m_dir->filePath(QStringLiteral("products.csv")));
    QVERIFY2(exported.startsWith("\xEF\xBB\xBFItem,ID,Name,Type,SKU,"), exported.left(200).constData());
    // The manager raises the baguette's price in a spreadsheet and imports the file back.
    QList<QByteArray> lines = exported.split('\n');
    const auto baguette = std::ranges::find_if(
        lines, [](const QByteArray& line) { return line.startsWith("Product,,Baguette tradition,"); });
    QVERIFY2(baguette != lines.end(), exported.left(1500).constData());
    QVERIFY2(baguette->contains(",1.20,"), baguette->constData());
    baguette->replace(",1.20,", ",1.35,");
    const QByteArray edited = lines.join('\n');
    const QString editedPath = m_dir->filePath(QStringLiteral("edited.csv"));
    writeFile(editedPath, edited);
    QString summary;
    QString said;
    withImportPreview(m_window.get(), this, editedPath, [&](CatalogImportDialog* preview) {
        summary = preview->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
        auto* import = preview->findChild<QPushButton*>(QStringLiteral("importPushButton"));
        QTRY_VERIFY(import->isEnabled());
        import->click();
        auto* message = preview->findChild<QLabel*>(QStringLiteral("messageLabel"));
        QTRY_VERIFY(message->text().startsWith(QStringLiteral("Imported")));
        said = message->text();
        QVERIFY(!import->isEnabled());
    });
    QVERIFY2(summary.contains(QStringLiteral("New products: 0 (variants: 0) · Changed: 1 · Unchanged: ")),
             qPrintable(summary));
    QVERIFY2(said.contains(QStringLiteral("Changed: 1")), qPrintable(said));
    // Scanned at the counter, the baguette is at its new price; nothing else moved.
    QTRY_COMPARE(QApplication::focusWidget(), widget<QLineEdit>("scanLineEdit"));
    scan(QStringLiteral("3010001000029"));
    QTRY_COMPARE(m_session->ticket().lines().size(), 1);
    QCOMPARE(m_session->ticket().lines().first().unitPriceMinor, 135);
    QCOMPARE(exportedCatalog(m_window.get(), this, m_dir->filePath(QStringLiteral("again.csv"))), edited);
}

void TestCounterWindow::shelfLabelsWithTheirPricePerKgOnTheReceiptPrinterAndAnA4Sheet()
{
    seedOperators();
    VirtualPrinter printer;
    QVERIFY(printer.listen());
    printOn(printer);
    // The country loaf weighs 800 g: the manager says so once, in the products window.
    QString said;
    withManagersWindow<ProductDialog>(m_window.get(), this, "productsAction", [&](ProductDialog* dialog) {
        auto* find = dialog->findChild<QLineEdit*>(QStringLiteral("articleLineEdit"));
        QTest::keyClicks(find, QStringLiteral("3760001000016"));
        QTest::keyClick(find, Qt::Key_Return);
        dialog->findChild<QLineEdit*>(QStringLiteral("netContentLineEdit"))->setText(QStringLiteral("800 g"));
        auto* message = dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));
        message->clear();
        dialog->findChild<QPushButton*>(QStringLiteral("savePushButton"))->click();
        QTRY_VERIFY(!message->text().isEmpty());
        said = message->text();
    });
    QVERIFY2(said.contains(QStringLiteral("saved")), qPrintable(said));

    // Two labels of the loaf (scanned twice) and one of the wine, a 75 cl bottle.
    const QString pdf = m_dir->filePath(QStringLiteral("labels.pdf"));
    QStringList rows;
    QImage sheet(2480, 3508, QImage::Format_Grayscale8); // A4 at 300 dpi
    sheet.fill(Qt::white);
    whenOpen<ShelfLabelDialog>(this, [&](ShelfLabelDialog* dialog) {
        auto* article = dialog->findChild<QLineEdit*>(QStringLiteral("articleLineEdit"));
        for (const QString& code :
             {QStringLiteral("3760001000016"), QStringLiteral("3760001000016"), QStringLiteral("3760001000511")}) {
            QTest::keyClicks(article, code);
            QTest::keyClick(article, Qt::Key_Return);
        }
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("labelsTableWidget"));
        for (int row = 0; row < table->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < table->columnCount(); ++column)
                cells << table->item(row, column)->text();
            rows << cells.join(QStringLiteral(" | "));
        }
        dialog->findChild<QPushButton*>(QStringLiteral("printPushButton"))->click();
        QVERIFY(dialog->savePdf(pdf));
        QPainter painter(&sheet);
        ShelfLabelSheet::paintPage(painter, dialog->labels(), Currency::fromCode(QStringLiteral("EUR")),
                                   QLocale(QLocale::French, QLocale::France));
        dialog->reject();
    });
    m_window->findChild<QAction*>(QStringLiteral("shelfLabelsAction"))->trigger();
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows.at(0).startsWith(QStringLiteral("Pain de campagne | 3,99\u00a0€ | 800\u00a0g · 4,99\u00a0€ the kg | "
                                                  "3760001000016 | 2")),
             qPrintable(rows.at(0)));
    QVERIFY2(
        rows.at(1).contains(QStringLiteral("| 8,99\u00a0€ | 75\u00a0cl · 11,99\u00a0€ the litre | 3760001000511 | 1")),
        qPrintable(rows.at(1)));

    // On the receipt printer, one label cut off at a time; its barcode scans.
    QTRY_COMPARE_WITH_TIMEOUT(printer.receipts().size(), 3, 5'000);
    const VirtualPrinter::Receipt& loaf = printer.receipts().first();
    QVERIFY2(loaf.lines.join(u'\n').contains(QStringLiteral("4,99")), qPrintable(loaf.lines.join(u'\n')));
    QVERIFY2(loaf.lines.join(u'\n').contains(QStringLiteral("the kg")), qPrintable(loaf.lines.join(u'\n')));
    QCOMPARE(loaf.barcodes, QList<QByteArray> {"3760001000016"});
    QCOMPARE(test::readEanCodes(loaf.image), QStringList {QStringLiteral("3760001000016")});
    QCOMPARE(test::readEanCodes(printer.receipts().last().image), QStringList {QStringLiteral("3760001000511")});

    // On the A4 sheet, the three labels' barcodes scan too; the PDF is written.
    // Each label read on its own, as a scanner at the shelf reads it (zbar merges equal codes found in one image).
    QStringList onSheet;
    for (int cell = 0; cell < 3; ++cell)
        onSheet << test::readEanCodes(sheet.copy(cell * sheet.width() / 3, 0, sheet.width() / 3, sheet.height() / 7));
    QCOMPARE(onSheet,
             (QStringList {QStringLiteral("3760001000016"), QStringLiteral("3760001000016"),
                           QStringLiteral("3760001000511")}));
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");
}

void TestCounterWindow::productWithTwoVariantsAndGeneratedBarcodesSoldByScanning()
{
    // A T-shirt in two sizes, created at the register: no barcode typed, the register makes them.
    seedOperators();
    QStringList barcodes;
    QString said;
    const auto editProduct = [this](const std::function<void(ProductDialog*)>& act) {
        withManagersWindow<ProductDialog>(m_window.get(), this, "productsAction", act);
    };
    const auto saveAndWait = [](ProductDialog* dialog) {
        auto* message = dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));
        message->clear();
        dialog->findChild<QPushButton*>(QStringLiteral("savePushButton"))->click();
        return QTest::qWaitFor([message] { return !message->text().isEmpty(); }, 5'000) ? message->text()
                                                                                        : QStringLiteral("(nothing)");
    };
    editProduct([&](ProductDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("T-shirt Caisse"));
        dialog->findChild<QComboBox*>(QStringLiteral("categoryComboBox"))->setCurrentText(QStringLiteral("Textile"));
        auto* vat = dialog->findChild<QComboBox*>(QStringLiteral("vatComboBox"));
        vat->setCurrentIndex(vat->findData(20'000));
        auto* variants = dialog->findChild<QTableWidget*>(QStringLiteral("variantsTableWidget"));
        dialog->findChild<QPushButton*>(QStringLiteral("addVariantPushButton"))->click();
        QCOMPARE(variants->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            variants->item(row, 0)->setText(row == 0 ? QStringLiteral("M") : QStringLiteral("L"));
            variants->item(row, 2)->setText(row == 0 ? QStringLiteral("15,00") : QStringLiteral("16,00"));
        }
        said = saveAndWait(dialog);
        for (int row = 0; row < variants->rowCount(); ++row)
            barcodes << variants->item(row, 3)->text();
    });
    QVERIFY2(said.startsWith(QStringLiteral("T-shirt Caisse saved")), qPrintable(said));
    // In-store EAN-13s: prefix 20 (21 and 23 are the scale labels'), valid, one after the other.
    QCOMPARE(barcodes.size(), 2);
    for (const QString& barcode : barcodes) {
        QVERIFY2(barcode.size() == 13 && barcode.startsWith(QStringLiteral("20")), qPrintable(barcode));
        QCOMPARE(BarcodeParser::checkDigit(QStringView(barcode).left(12)), barcode.right(1).toInt());
    }
    QCOMPARE(barcodes.at(1).left(12).toLongLong(), barcodes.at(0).left(12).toLongLong() + 1);
    QCOMPARE(m_db->integer(QStringLiteral("SELECT COUNT(*) FROM variants v JOIN products p ON p.id = v.product_id "
                                          "WHERE p.name = 'T-shirt Caisse' AND p.category = 'Textile' AND "
                                          "p.vat_rate_milli_percent = 20000"))
                 .value(),
             2);

    // Sold by scanning the size L's new barcode.
    QTRY_COMPARE(QApplication::focusWidget(), widget<QLineEdit>("scanLineEdit"));
    scan(barcodes.at(1));
    QTRY_COMPARE(m_session->ticket().lines().size(), 1);
    QCOMPARE(m_session->ticket().lines().first().label, QStringLiteral("T-shirt Caisse — L"));
    QCOMPARE(m_session->ticket().lines().first().unitPriceMinor, 1600);
    payCash();
    QCOMPARE(m_db->text(QStringLiteral("SELECT sku FROM ticket_lines ORDER BY ticket_id DESC LIMIT 1")).value(),
             barcodes.at(1));

    // Archived, it is no longer sold; its ticket keeps it.
    editProduct([&](ProductDialog* dialog) {
        auto* find = dialog->findChild<QLineEdit*>(QStringLiteral("articleLineEdit"));
        QTest::keyClicks(find, barcodes.at(0));
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->text(),
                 QStringLiteral("T-shirt Caisse"));
        dialog->findChild<QCheckBox*>(QStringLiteral("archivedCheckBox"))->setChecked(true);
        said = saveAndWait(dialog);
    });
    QVERIFY2(said.startsWith(QStringLiteral("T-shirt Caisse saved")), qPrintable(said));
    QTRY_COMPARE(QApplication::focusWidget(), widget<QLineEdit>("scanLineEdit"));
    scan(barcodes.at(0));
    QTRY_VERIFY(widget<QLabel>("messageLabel")->text().contains(QStringLiteral("no longer sold")));
    QVERIFY(m_session->ticket().isEmpty());
    QCOMPARE(
        m_db->integer(QStringLiteral("SELECT COUNT(*) FROM ticket_lines WHERE label = 'T-shirt Caisse — L'")).value(),
        1);

    // Once the online store holds the catalog, the window only shows, and says where to change products.
    Settings settings(*m_db);
    QVERIFY(settings.setValue(QStringLiteral("store_hash"), QStringLiteral("abc123")));
    QVERIFY(settings.setValue(QStringLiteral("store_product_record"), QStringLiteral("online_store")));
    QString readOnly;
    bool canSave = true;
    editProduct([&](ProductDialog* dialog) {
        auto* label = dialog->findChild<QLabel*>(QStringLiteral("readOnlyLabel"));
        readOnly = label->isVisible() ? label->text() : QString();
        canSave = dialog->findChild<QPushButton*>(QStringLiteral("savePushButton"))->isEnabled()
            || dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->isEnabled();
    });
    QVERIFY2(readOnly.contains(QStringLiteral("control panel")), qPrintable(readOnly));
    QVERIFY(!canSave);
}

#include "TestCounterWindow.moc"
