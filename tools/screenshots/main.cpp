// caisse-screenshots: every screen of the counter, rendered offscreen on the demo store in one language, as PNG files
// in a folder (scripts/screenshots.sh runs it in French and in English into docs/screenshots/). Each screen is put in
// the state a cashier sees it in by the same calls the window makes; dialogs are shown without their event loop.

#include "backoffice/CatalogImportDialog.h"
#include "backoffice/ProductDialog.h"
#include "backoffice/ReportsDialog.h"
#include "backoffice/ShelfLabelDialog.h"
#include "backoffice/ShelfLabelSheet.h"
#include "base/Localization.h"
#include "base/SystemClock.h"
#include "counter/ArticleSearchDialog.h"
#include "counter/CashCountDialog.h"
#include "counter/CashMovementDialog.h"
#include "counter/CounterWindow.h"
#include "counter/LoginDialog.h"
#include "counter/PriceChangeDialog.h"
#include "counter/ReceptionDialog.h"
#include "counter/ReturnDialog.h"
#include "counter/StaffDialog.h"
#include "counter/StockAdjustmentDialog.h"
#include "counter/StocktakeDialog.h"
#include "counter/TicketHistoryDialog.h"
#include "demo/DemoStore.h"
#include "firststart/FirstStartWizard.h"
#include "fiscal/TechnicalEvents.h"
#include "storage/Database.h"
#include "storage/DatabaseWriter.h"
#include "storage/Settings.h"
#include "terminal/CaisseApTerminal.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace caisse;

namespace {

/** Runs the event loop until signal fires (a commit written on the writer's thread), at most timeoutMs. */
template <typename Sender, typename Signal> bool waitFor(const Sender* sender, Signal signal, int timeoutMs = 10'000)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
    return loop.exec() == 0;
}

/** Lets the screen settle (layouts, paints) before it is captured. */
void settle()
{
    for (int round = 0; round < 5; ++round)
        QApplication::processEvents();
}

bool save(QWidget* widget, const QString& folder, const QString& name)
{
    settle();
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser options;
    options.addHelpOption();
    options.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Where the PNG files go."));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("fr_FR or en_GB."), QStringLiteral("L"),
                                      QStringLiteral("fr_FR"));
    options.addOption(language);
    options.process(app);
    if (options.positionalArguments().size() != 1)
        options.showHelp(2);
    const QString folder = options.positionalArguments().first();
    QDir().mkpath(folder);
    const QLocale locale(options.value(language));
    installTranslations(locale);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caisse.db"));
    auto database = Database::open(path);
    SystemClock clock;
    if (!database || !DemoStore::seed(**database, clock)) {
        std::fprintf(stderr, "the demo store cannot be made\n");
        return 1;
    }
    {
        TechnicalEvents events(**database, clock, QStringLiteral("R01"));
        OperatorStore operators(**database, clock, events);
        if (!DemoStore::seedOperators(operators))
            return 1;
    }
    auto writer = DatabaseWriter::open(path);
    const auto profile = Settings(**database).profile();
    if (!writer || !profile)
        return 1;
    CaisseApTerminal terminal(CaisseApSettings {});
    CounterSession session(**database, **writer, clock, *profile, terminal, locale,
                           Operator {QStringLiteral("Camille"), Role::Cashier, std::nullopt, {}});
    CounterWindow window(session);
    window.resize(1280, 800);
    window.show();
    bool saved = save(&window, folder, QStringLiteral("counter-empty"));

    // The shift opens with its float, counted by coin and note.
    CashDesk& desk = session.cashDesk();
    const auto format = [&desk](qint64 minor) {
        return desk.formatMoney(minor);
    };
    const auto parse = [&desk](const QString& typed) {
        return desk.parseMoney(typed);
    };
    CashCount floatCount;
    for (const auto& [denomination, pieces] : {std::pair {5000, 1}, {2000, 2}, {1000, 3}, {200, 5}, {100, 5}, {50, 4}})
        floatCount.set(denomination, pieces);
    {
        std::unique_ptr<CashCountDialog> opening(
            CashCountDialog::opening(desk.denominations(), floatCount, format, parse, &window));
        opening->show();
        saved = save(opening.get(), folder, QStringLiteral("shift-open")) && saved;
    }
    desk.openShift(floatCount, true, session.cashier());
    if (!waitFor(&desk, &CashDesk::shiftChanged))
        return 1;
    {
        CashMovementDialog cashOut(CashMovementDialog::Kind::CashOut, {}, &window);
        cashOut.show();
        saved = save(&cashOut, folder, QStringLiteral("cash-out")) && saved;
    }

    // A ticket under way: two loaves, three baguettes, weighed tomatoes, a miscellaneous article, a discount.
    session.scan(QStringLiteral("2*3760001000016"));
    session.scan(QStringLiteral("3*3010001000029"));
    session.scan(QStringLiteral("2100099003475"));
    session.addMiscellaneous(20'000, locale.toString(4.5, 'f', 2));
    (void)session.changePrice(CounterSession::PriceChange::LineDiscount, 0, QStringLiteral("10 %"),
                              QCoreApplication::translate("caisse::PriceChangeDialog", "Loyal customer"),
                              Operator {QStringLiteral("Dominique"), Role::Manager, std::nullopt, {}});
    window.findChild<QTableView*>(QStringLiteral("linesTableView"))->selectRow(0);
    saved = save(&window, folder, QStringLiteral("counter-ticket")) && saved;
    window.findChild<QAction*>(QStringLiteral("customerScreenAction"))->trigger();
    for (QWidget* top : QApplication::topLevelWidgets())
        if (top->objectName() == u"customerFacingWindow" && top->isVisible())
            saved = save(top, folder, QStringLiteral("customer-screen")) && saved;
    window.findChild<QAction*>(QStringLiteral("customerScreenAction"))->trigger();
    window.findChild<QAction*>(QStringLiteral("highContrastAction"))->trigger();
    saved = save(&window, folder, QStringLiteral("counter-high-contrast")) && saved;
    window.findChild<QAction*>(QStringLiteral("highContrastAction"))->trigger();
    {
        ArticleSearchDialog search(session, QStringLiteral("creme"), &window);
        search.show();
        saved = save(&search, folder, QStringLiteral("search")) && saved;
    }
    {
        PriceChangeDialog discount(true, {}, &window);
        discount.show();
        saved = save(&discount, folder, QStringLiteral("discount")) && saved;
    }
    {
        LoginDialog approval(QCoreApplication::translate("caisse::CounterWindow", "Manager approval"),
                             QCoreApplication::translate("caisse::CounterWindow",
                                                         "%1 may not do this alone. A manager approves with their PIN.")
                                 .arg(QStringLiteral("Camille")),
                             session.approversOf(Permission::LargeDiscount), {}, &window);
        approval.show();
        saved = save(&approval, folder, QStringLiteral("manager-approval")) && saved;
    }

    // Paid in cash: the change is the big figure until the next customer.
    session.payCash(QStringLiteral("50"));
    if (!waitFor(&session, &CounterSession::committed))
        return 1;
    saved = save(&window, folder, QStringLiteral("counter-change")) && saved;

    const QString sold = session.lastTicketUuid();
    {
        TicketHistoryDialog history(session, &window);
        history.show();
        saved = save(&history, folder, QStringLiteral("ticket-history")) && saved;
    }
    const auto ticket = session.committedTicket(sold);
    if (!ticket)
        return 1;
    {
        ReturnDialog takeBack(session, *ticket, &window);
        takeBack.show();
        saved = save(&takeBack, folder, QStringLiteral("return")) && saved;
    }
    // A return on the counter: one loaf brought back, approved by the manager.
    if (!session.startRefund(sold, {{1, 1'000}},
                             Operator {QStringLiteral("Dominique"), Role::Manager, std::nullopt, {}})) {
        std::fprintf(stderr, "the return cannot start\n");
        return 1;
    }
    saved = save(&window, folder, QStringLiteral("counter-refund")) && saved;
    session.cancel();

    // The shift's close: counted 2.00 short of what the drawer should hold (154.76 of 156.76), then the X and the Z.
    const auto expected = desk.expectation();
    if (!expected)
        return 1;
    CashCount counted;
    for (const auto& [denomination, pieces] :
         {std::pair {5000, 1}, {2000, 2}, {1000, 4}, {500, 1}, {200, 6}, {100, 5}, {50, 5}, {20, 1}, {5, 1}, {1, 1}})
        counted.set(denomination, pieces);
    {
        std::unique_ptr<CashCountDialog> closing(
            CashCountDialog::closing(desk.denominations(), *expected, false, format, parse, &window));
        for (const Denomination& denomination : desk.denominations())
            if (auto* pieces = closing->findChild<QSpinBox*>(QStringLiteral("pieces%1").arg(denomination.minor)))
                pieces->setValue(counted.pieces(denomination.minor));
        closing->show();
        saved = save(closing.get(), folder, QStringLiteral("shift-close")) && saved;
    }
    desk.closeShift(counted, {}, session.cashier());
    if (!waitFor(&desk, &CashDesk::shiftChanged))
        return 1;
    // Taller, so that a report shows whole beside the ticket.
    window.resize(1280, 1280);
    desk.xReport();
    if (!waitFor(&desk, &CashDesk::shown))
        return 1;
    saved = save(&window, folder, QStringLiteral("x-report")) && saved;
    desk.closeDay(Operator {QStringLiteral("Dominique"), Role::Manager, std::nullopt, {}});
    if (!waitFor(&desk, &CashDesk::shown))
        return 1;
    saved = save(&window, folder, QStringLiteral("z-report")) && saved;

    {
        StaffDialog staff(session, Operator {QStringLiteral("Dominique"), Role::Administrator, std::nullopt, {}},
                          &window);
        staff.show();
        saved = save(&staff, folder, QStringLiteral("staff")) && saved;
    }

    {
        StockAdjustmentDialog stock(session, Operator {QStringLiteral("Dominique"), Role::Manager, std::nullopt, {}},
                                    &window);
        stock.show();
        saved = save(&stock, folder, QStringLiteral("stock")) && saved;
    }

    const Operator dominique {QStringLiteral("Dominique"), Role::Manager, std::nullopt, {}};
    const auto typeAndEnter = [](QWidget* dialog, const char* field, const QString& text) {
        auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(field));
        edit->setText(text);
        QMetaObject::invokeMethod(edit, "returnPressed");
        settle();
    };
    {
        // The baker's delivery, scanned, with the cost from the delivery note.
        ReceptionDialog reception(session, dominique, &window);
        reception.show();
        reception.findChild<QLineEdit*>(QStringLiteral("supplierLineEdit"))->setText(QStringLiteral("Moulin Dupré"));
        for (const QString& code :
             {QStringLiteral("3760001000016"), QStringLiteral("3760001000016"), QStringLiteral("3010001000029")})
            typeAndEnter(&reception, "articleLineEdit", code);
        reception.findChild<QTableWidget*>(QStringLiteral("linesTableWidget"))
            ->item(0, 3)
            ->setText(QStringLiteral("1,20"));
        saved = save(&reception, folder, QStringLiteral("reception")) && saved;
    }
    {
        // A count of the shop under way, its variances shown.
        StocktakeDialog stocktake(session, dominique, &window);
        stocktake.show();
        stocktake.findChild<QPushButton*>(QStringLiteral("startPushButton"))->click();
        auto* article = stocktake.findChild<QLineEdit*>(QStringLiteral("articleLineEdit"));
        for (int round = 0; round < 1000 && !article->isEnabled(); ++round)
            QApplication::processEvents(QEventLoop::AllEvents, 10);
        auto* message = stocktake.findChild<QLabel*>(QStringLiteral("messageLabel"));
        for (const QString& code :
             {QStringLiteral("3760001000016"), QStringLiteral("3760001000016"), QStringLiteral("3010001000029")}) {
            const QString before = message->text();
            typeAndEnter(&stocktake, "articleLineEdit", code);
            for (int round = 0; round < 1000 && message->text() == before; ++round)
                QApplication::processEvents(QEventLoop::AllEvents, 10);
        }
        stocktake.findChild<QPushButton*>(QStringLiteral("variancePushButton"))->click();
        saved = save(&stocktake, folder, QStringLiteral("stocktake")) && saved;
        session.stockDesk().abandonCount(dominique).waitForFinished();
    }
    {
        // This month's reports: by day with its chart, the top sellers, the VAT for the accountant.
        ReportsDialog reports(session.database(), session.profile().registerId, session.profile().currency,
                              session.locale(), &window);
        reports.show();
        saved = save(&reports, folder, QStringLiteral("reports-by-day")) && saved;
        reports.showReport(ReportsDialog::ByArticle);
        saved = save(&reports, folder, QStringLiteral("reports-by-article")) && saved;
        reports.showReport(ReportsDialog::Vat);
        saved = save(&reports, folder, QStringLiteral("reports-vat")) && saved;
    }
    {
        // An article found by its barcode, ready to be changed.
        ProductDialog products(session.database(), session.writer(), session.clock(),
                               {session.profile().registerId,
                                session.profile().currency,
                                session.locale(),
                                session.settings().countryVatRates(),
                                BarcodeParser::rulesOf(session.settings()),
                                {}},
                               &window);
        products.show();
        typeAndEnter(&products, "articleLineEdit", QStringLiteral("3760001000016"));
        saved = save(&products, folder, QStringLiteral("products")) && saved;

        // A supplier's catalog in the store's CSV format, two of its lines wrong: the preview before anything is
        // written.
        QTemporaryDir csvFolder;
        const QString csv = csvFolder.filePath(QStringLiteral("fournisseur.csv"));
        QFile file(csv);
        if (file.open(QIODevice::WriteOnly))
            file.write("Item,ID,Name,Type,SKU,Options,Price,Cost Price,Categories,UPC/EAN\r\n"
                       "Product,,Confiture de fraises 370 g,Physical,CONF-F,,4.20,2.10,Épicerie,5901234123457\r\n"
                       "Product,,Tablier de cuisine,Physical,,,18.00,9.00,Maison,\r\n"
                       "Variant,,,,TAB-R,Type=Rectangle|Name=Couleur|Value=Rouge,,,,\r\n"
                       "Variant,,,,TAB-B,Type=Rectangle|Name=Couleur|Value=Bleu,\"18,00\",,,\r\n"
                       "Product,,Huile de noix 50 cl,Physical,HUI-N,,9.90,5.00,Épicerie,4006381333932\r\n");
        file.close();
        products.importCsv(csv);
        auto* preview = products.findChild<CatalogImportDialog*>();
        auto* summary = preview->findChild<QLabel*>(QStringLiteral("summaryLabel"));
        const QString reading = summary->text();
        for (int round = 0; round < 1000 && summary->text() == reading; ++round)
            QApplication::processEvents(QEventLoop::AllEvents, 10);
        saved = save(preview, folder, QStringLiteral("catalog-import")) && saved;
        preview->reject();
    }
    {
        // Shelf labels of a loaf, two bottles of wine and the flour, each with its price per kg or litre.
        ShelfLabelDialog labels(session.database(), {session.profile().currency, session.locale(), {}}, &window);
        labels.show();
        for (const QString& code : {QStringLiteral("3400001000059"), QStringLiteral("3760001000511"),
                                    QStringLiteral("3760001000511"), QStringLiteral("3760001000078")})
            typeAndEnter(&labels, "articleLineEdit", code);
        saved = save(&labels, folder, QStringLiteral("shelf-labels")) && saved;
        // The A4 sheet as the PDF holds it, drawn at 100 dpi.
        QImage sheet(827, 1170, QImage::Format_RGB32);
        sheet.fill(Qt::white);
        QPainter painter(&sheet);
        ShelfLabelSheet::paintPage(painter, labels.labels(), session.profile().currency, session.locale());
        painter.end();
        const QString sheetPath = QDir(folder).filePath(QStringLiteral("shelf-labels-a4.png"));
        saved = sheet.copy(0, 0, 827, 400).save(sheetPath) && saved;
        std::printf("%s\n", qPrintable(sheetPath));
    }

    // A real shop's first start: the assistant's pages, filled in as a Belgian shop would.
    FirstStartWizard wizard;
    wizard.resize(720, 520);
    wizard.show();
    const auto fill = [&wizard](const char* name, const QString& text) {
        wizard.findChild<QLineEdit*>(QString::fromLatin1(name))->setText(text);
    };
    auto* country = wizard.findChild<QComboBox*>(QStringLiteral("countryComboBox"));
    country->setCurrentIndex(country->findData(QStringLiteral("BE")));
    fill("shopNameLineEdit", QStringLiteral("Boulangerie Lemaire"));
    fill("addressLineEdit", QStringLiteral("Rue Haute 12, 1000 Bruxelles"));
    fill("companyNumberLineEdit", QStringLiteral("0123.456.789"));
    fill("vatNumberLineEdit", QStringLiteral("BE0123456789"));
    saved = save(&wizard, folder, QStringLiteral("first-start-shop")) && saved;
    wizard.next();
    fill("administratorLineEdit", QStringLiteral("Anne Lemaire"));
    fill("pinLineEdit", QStringLiteral("4821"));
    fill("pinAgainLineEdit", QStringLiteral("4821"));
    saved = save(&wizard, folder, QStringLiteral("first-start-register")) && saved;
    wizard.next();
    saved = save(&wizard, folder, QStringLiteral("first-start-printer")) && saved;
    wizard.next();
    saved = save(&wizard, folder, QStringLiteral("first-start-articles")) && saved;
    return saved ? 0 : 1;
}
