#include "demo/DemoStore.h"

#include "access/OperatorStore.h"
#include "catalog/Catalog.h"
#include "catalog/ShelfLabels.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QSqlQuery>

namespace caisse {

namespace {

enum Column
{
    ProductRef,
    Name,
    Category,
    VatRate,
    TracksStock,
    SoldByWeight,
    Sku,
    OptionLabel,
    Price,
    Barcode,
    InitialStock,
    ColumnCount
};

} // namespace

bool DemoStore::isEmpty(Database& database)
{
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("SELECT 1 FROM settings WHERE key = 'shop_name'")) && !query.next();
}

Result<int> DemoStore::seed(Database& database, const Clock& clock)
{
    QFile file(QStringLiteral(":/demo/catalog.csv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return failure(Error::Code::NotFound, tr("The demo catalog is missing from this build."));

    auto transaction = Transaction::begin(database);
    if (!transaction)
        return std::unexpected(transaction.error());
    Settings settings(database);
    const ShopIdentity shop {QStringLiteral("Épicerie du Marché (démo)"),
                             QStringLiteral("12 rue des Halles, 69001 Lyon"), QStringLiteral("123 456 789 00012"),
                             QStringLiteral("FR 32 123456789"), tr("Thank you for your visit!")};
    for (auto written :
         {settings.setShop(shop), settings.setValue(QStringLiteral("register_id"), QStringLiteral("R01")),
          settings.setValue(QStringLiteral("currency"), QStringLiteral("EUR")),
          settings.setValue(QStringLiteral("demo_store"), QStringLiteral("1")),
          // The bakery's best sellers on quick keys, as a manager sets them (Manager > Quick keys).
          settings.setValue(QStringLiteral("quick_keys"),
                            QStringLiteral("3760001000016 3010001000029 3010001000036 3760001000047 "
                                           "3400001000059 3560001000067 3760001000078 3010001000081"))}) {
        if (!written)
            return std::unexpected(written.error());
    }

    // A plain semicolon-separated file with no quoting (no field contains a semicolon): read by hand rather than with a
    // CSV library, which Qt does not have.
    Catalog catalog(database);
    const auto registerId = settings.registerId();
    if (!registerId)
        return std::unexpected(registerId.error());
    const QString timestamp = toStorageTime(clock.nowUtc());
    file.readLine();
    NewProduct product;
    QString productRef;
    int products = 0;
    const auto flush = [&]() -> Result<void> {
        if (product.variants.isEmpty())
            return {};
        ++products;
        auto added = catalog.addProduct(product, *registerId, timestamp);
        product.variants.clear();
        return added ? Result<void> {} : std::unexpected(added.error());
    };
    while (!file.atEnd()) {
        const QStringList fields = QString::fromUtf8(file.readLine()).trimmed().split(u';');
        if (fields.size() != ColumnCount)
            continue;
        if (fields[ProductRef] != productRef) {
            if (auto flushed = flush(); !flushed)
                return std::unexpected(flushed.error());
            productRef = fields[ProductRef];
            product = NewProduct {fields[Name],
                                  fields[Category],
                                  fields[VatRate].toInt(),
                                  fields[TracksStock] == u'1',
                                  fields[SoldByWeight] == u'1',
                                  {}};
            // The demo's packs say what they hold at the end of their name ("Farine de blé T55 1 kg"): their shelf
            // labels then show the price per kilogram or litre.
            // "Compote de pommes 4 x 100 g" holds four packs: its content is not the last words'.
            const bool multipack = fields[Name].section(u' ', -3, -3) == QLatin1String("x");
            if (const auto content = NetContent::parse(fields[Name].section(u' ', -2)); content && !multipack) {
                product.details.netContentMilli = content->milli;
                product.details.netContentUnit = content->unit;
            }
        }
        product.variants.append({fields[Sku],
                                 fields[OptionLabel],
                                 fields[Price].toLongLong(),
                                 {fields[Barcode]},
                                 fields[InitialStock].toLongLong()});
    }
    if (auto flushed = flush(); !flushed)
        return std::unexpected(flushed.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return products;
}

bool DemoStore::isDemo(Database& database)
{
    return Settings(database).value(QStringLiteral("demo_store")) == QStringLiteral("1");
}

QString DemoStore::loginHint()
{
    return tr("Demo shop: Camille, cashier, PIN 1111; Dominique, manager and administrator, PIN 2222.");
}

Result<void> DemoStore::seedOperators(OperatorStore& operators)
{
    const auto existing = operators.list();
    if (!existing)
        return std::unexpected(existing.error());
    if (!existing->isEmpty())
        return {};
    const Operator owner {QStringLiteral("Dominique"), Role::Administrator, std::nullopt, {}};
    if (auto saved = operators.save(owner.name, owner.role, QStringLiteral("2222"), owner); !saved)
        return saved;
    return operators.save(QStringLiteral("Camille"), Role::Cashier, QStringLiteral("1111"), owner);
}

} // namespace caisse
