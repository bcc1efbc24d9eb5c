// A register process that sends its waiting stock changes to the store and exits: 0 when all were sent, 1 when the
// sync stopped on an error. Tests kill it at random moments.
#include "base/SystemClock.h"
#include "storage/Database.h"
#include "storesync/StockSync.h"

#include <QCoreApplication>
#include <QTimer>

using namespace caisse;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 7)
        return 2;
    auto database = Database::open(args[1]);
    if (!database)
        return 2;
    SystemClock clock;
    StoreClient client({QUrl(args[2]), args[3], args[4]});
    client.setTimeoutMs(1'000);
    // The register's id, R01 unless given: several registers of one shop each send their own.
    StockSync sync(**database, clock, args.value(7, QStringLiteral("R01")), client);
    sync.setSettleDelayMs(args[5].toInt());
    sync.setMaxItemsPerBatch(args[6].toInt());
    QObject::connect(&sync, &StockSync::finished, &app, [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    QTimer::singleShot(0, &sync, &StockSync::run);
    return QCoreApplication::exec();
}
