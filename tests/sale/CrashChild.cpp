// Commits sales in a loop and prints each ticket number once its commit returned, until it is killed.
// test_crash kills it with SIGKILL at random moments and checks that every printed ticket survived.
#include "base/SystemClock.h"
#include "sale/SaleStore.h"
#include "storage/Database.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

using namespace caisse;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("caisse.*.info=false"));
    if (argc < 2)
        return 2;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    Catalog catalog(**db);
    if (!catalog.findByLookupKey(*BarcodeParser::lookupKeyOf(QStringLiteral("4006381333931")))) {
        test::addArticle(**db, QStringLiteral("A1"), 399, 5500, QStringLiteral("4006381333931"));
        test::addArticle(**db, QStringLiteral("B2"), 1250, 20000, QStringLiteral("96385074"));
    }
    SystemClock clock;
    SaleStore store(**db, clock, QStringLiteral("R01"));
    for (;;) {
        const auto committed = store.commit(
            test::cashSale(catalog,
                           {QStringLiteral("4006381333931"), QStringLiteral("96385074"),
                            QStringLiteral("4006381333931"), QStringLiteral("96385074"), QStringLiteral("96385074")}),
            test::manager(QStringLiteral("crash")));
        if (!committed) {
            std::fprintf(stderr, "%s\n", qPrintable(committed.error().message));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(committed->number));
        std::fflush(stdout);
    }
}
