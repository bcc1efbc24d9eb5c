// A register that pays a bowl by card through the terminal at 127.0.0.1:PORT and is killed the moment its sale is
// about to be committed: after the terminal's approval is on disk, before the ticket is.
#include "sale/CardPaymentFlow.h"
#include "sale/LineForScan.h"
#include "support/TestSupport.h"
#include "terminal/CaisseApTerminal.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <csignal>
#include <cstdio>
#include <sqlite3.h>

using namespace caisse;

namespace {

bool g_ticketInserted = false;

void noteInsert(void*, int, const char*, const char* table, sqlite3_int64)
{
    if (std::strcmp(table, "tickets") == 0)
        g_ticketInserted = true;
}

int killBeforeTheSaleCommits(void*)
{
    if (g_ticketInserted)
        std::raise(SIGKILL);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    auto db = Database::open(path).value();
    auto writer = DatabaseWriter::open(path).value();
    // The sale is written on the writer's connection: the hooks go there.
    writer
        ->run<bool>([](Database& database) {
            auto* handle = *static_cast<sqlite3* const*>(database.connection().driver()->handle().data());
            sqlite3_update_hook(handle, noteInsert, nullptr);
            sqlite3_commit_hook(handle, killBeforeTheSaleCommits, nullptr);
            return true;
        })
        .waitForFinished();

    test::ManualClock clock;
    Catalog catalog(*db);
    SaleStore store(*db, clock, QStringLiteral("R01"));
    CaisseApSettings settings;
    settings.port = static_cast<quint16>(QByteArray(argv[2]).toUInt());
    CaisseApTerminal terminal(settings);
    SaleWriter saleWriter(*writer, clock, QStringLiteral("R01"), std::nullopt, SaleStore::Mode::Live);
    CardPaymentFlow flow(store, saleWriter, terminal);
    QObject::connect(&flow, &CardPaymentFlow::notCharged, &app, [] { QCoreApplication::exit(3); });
    QObject::connect(&flow, &CardPaymentFlow::outcomeUnknown, &app, [] { QCoreApplication::exit(4); });
    QObject::connect(&flow, &CardPaymentFlow::recorded, &app, [] { QCoreApplication::exit(5); });
    Ticket ticket;
    ticket.addLine(lineForScan(catalog, QStringLiteral("96385074"), BarcodeParser(), ticket.currency()).value())
        .value();
    if (!flow.pay(ticket, test::cashier()))
        return 6;
    return QCoreApplication::exec();
}
