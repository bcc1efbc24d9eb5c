#include "storesync/ProductImport.h"

#include "bigcommerce/StorePricing.h"
#include "bigcommerce/StoreProductDetails.h"
#include "catalog/BarcodeParser.h"
#include "catalog/Catalog.h"
#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"
#include "storesync/ProductBaseline.h"
#include "storesync/SyncConventions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QQueue>
#include <QSqlQuery>
#include <QThread>
#include <QWaitCondition>

namespace caisse {

namespace {

constexpr int kPageSize = 250; // the catalog API's largest page
constexpr qsizetype kProductsPerTransaction = 1'000;

NewVariant newVariantOf(const StoreVariant& variant)
{
    QStringList barcodes;
    if (!variant.upc.isEmpty() && BarcodeParser::lookupKeyOf(variant.upc))
        barcodes << variant.upc;
    // The store lets a product go without an SKU; the register names each article (and the store's id keeps it unique).
    const QString sku = variant.sku.isEmpty() ? QStringLiteral("WEB-%1").arg(variant.storeVariantId) : variant.sku;
    return {sku, variant.optionLabel, std::max<qint64>(0, variant.priceMinor), barcodes, variant.stock * 1000};
}

} // namespace

/**
 * The products to create, written while the next pages are read: a queue the reading side fills and closes, emptied
 * by a thread with its own connection, one transaction per batch. Its outcome (the products created, or why it
 * stopped) goes back to the import on the import's thread.
 */
class ProductImport::Writer
{
public:
    Writer(ProductImport* import, QString path, QString registerId, QString now)
        : m_import(import)
        , m_path(std::move(path))
        , m_registerId(std::move(registerId))
        , m_now(std::move(now))
        , m_thread(QThread::create([this] { run(); }))
    {
        m_thread->start();
    }

    ~Writer()
    {
        {
            const QMutexLocker lock(&m_mutex);
            m_abandoned = true;
        }
        m_ready.wakeAll();
        m_thread->wait();
    }

    void push(QList<QList<StoreVariant>> products)
    {
        const QMutexLocker lock(&m_mutex);
        m_batches.enqueue(std::move(products));
        m_ready.wakeAll();
    }

    void close()
    {
        const QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_ready.wakeAll();
    }

private:
    std::optional<QList<QList<StoreVariant>>> next()
    {
        QMutexLocker lock(&m_mutex);
        while (!m_abandoned && m_batches.isEmpty() && !m_closed)
            m_ready.wait(&m_mutex);
        if (m_abandoned || m_batches.isEmpty())
            return std::nullopt;
        return m_batches.dequeue();
    }

    void run()
    {
        Result<qint64> outcome = write();
        QMetaObject::invokeMethod(
            m_import, [import = m_import, outcome] { import->finishedWriting(outcome); }, Qt::QueuedConnection);
    }

    Result<qint64> write()
    {
        auto database = Database::open(m_path);
        if (!database)
            return std::unexpected(database.error());
        qint64 created = 0;
        while (auto batch = next()) {
            auto transaction = Transaction::begin(**database);
            if (!transaction)
                return std::unexpected(transaction.error());
            if (auto linked = create(**database, m_registerId, m_now, *batch); !linked)
                return std::unexpected(linked.error());
            if (auto committed = transaction->commit(); !committed)
                return std::unexpected(committed.error());
            created += batch->size();
        }
        return created;
    }

    ProductImport* m_import;
    QString m_path;
    QString m_registerId;
    QString m_now;
    QMutex m_mutex;
    QWaitCondition m_ready;
    QQueue<QList<QList<StoreVariant>>> m_batches;
    bool m_closed = false;
    bool m_abandoned = false;
    std::unique_ptr<QThread> m_thread;
};

ProductImport::ProductImport(Database& database, const Clock& clock, QString registerId, StoreClient& client,
                             QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_registerId(std::move(registerId))
    , m_client(client)
{
    qRegisterMetaType<ImportPlan>();
}

ProductImport::~ProductImport() = default;

void ProductImport::plan()
{
    m_writer.reset();
    m_plan = {};
    m_plan.readAt = m_clock.nowUtc();
    m_localBySku.clear();
    m_localByBarcode.clear();
    m_linkedStoreVariants.clear();
    m_nextCreations.clear();
    m_notCreated = 0;
    const auto currency = Settings(m_database).currency();
    if (!currency) {
        emit failed(currency.error().message);
        return;
    }
    m_registerCurrency = currency->code();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto ran = Database::run(query, QStringLiteral("SELECT id, sku FROM variants"), {}); !ran) {
        emit failed(ran.error().message);
        return;
    }
    while (query.next())
        m_localBySku.insert(query.value(1).toString().toLower(),
                            {query.value(0).toLongLong(), query.value(1).toString()});
    if (auto ran = Database::run(
            query,
            QStringLiteral("SELECT b.lookup_key, v.id, v.sku FROM barcodes b JOIN variants v ON v.id = b.variant_id"),
            {});
        !ran) {
        emit failed(ran.error().message);
        return;
    }
    while (query.next())
        m_localByBarcode.insert(query.value(0).toString(), {query.value(1).toLongLong(), query.value(2).toString()});
    if (auto ran = Database::run(query, QStringLiteral("SELECT store_variant_id, variant_id FROM store_links"), {});
        !ran) {
        emit failed(ran.error().message);
        return;
    }
    while (query.next())
        m_linkedStoreVariants.insert(query.value(0).toLongLong(), query.value(1).toLongLong());

    m_client.call(StoreClient::Kind::Read, "GET", QStringLiteral("v2/store"), {}, {}, [this](const ApiReply& reply) {
        if (!reply.ok()) {
            emit failed(reply.error);
            return;
        }
        const QJsonObject store = reply.body.object();
        readCatalog(store.value(QStringLiteral("currency")).toString(),
                    store.value(QStringLiteral("is_price_entered_with_tax")).toBool(true));
    });
}

void ProductImport::readCatalog(const QString& storeCurrency, bool pricesIncludeTax)
{
    if (storeCurrency == m_registerCurrency)
        m_writer = std::make_unique<Writer>(this, m_database.path(), m_registerId, toStorageTime(m_clock.nowUtc()));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("include"), QStringLiteral("variants,images"));
    m_client.readAll(
        QStringLiteral("v3/catalog/products"), query, kPageSize,
        [this, storeCurrency, pricesIncludeTax](const QJsonArray& products) {
            collect(products, storeCurrency, pricesIncludeTax);
        },
        [this, storeCurrency](const ApiReply& reply) {
            if (!reply.ok()) {
                emit failed(reply.error);
                return;
            }
            if (m_notCreated > 0)
                m_plan.note = tr("%n product(s) sold only online are not created: the online store sells in %1 and "
                                 "the register in %2, so their prices cannot be taken. Create them at the register.",
                                 nullptr, int(m_notCreated))
                                  .arg(storeCurrency, m_registerCurrency);
            if (!m_writer) {
                emit planned(m_plan);
                return;
            }
            m_writer->push(std::exchange(m_nextCreations, {}));
            m_writer->close(); // finishedWriting() follows, once the last product is written
        });
}

void ProductImport::finishedWriting(const Result<qint64>& created)
{
    m_writer.reset();
    if (!created) {
        // Each thousand products were committed on their own: a second run finds them linked and goes on from there.
        emit failed(tr("Adding the online store's products stopped: %1 Match the products again: those already added "
                       "stay, and are not added twice.")
                        .arg(created.error().message));
        return;
    }
    m_plan.created = *created;
    emit planned(m_plan);
}

void ProductImport::queueCreation(QList<StoreVariant> variants)
{
    if (!m_writer) {
        ++m_notCreated;
        return;
    }
    m_nextCreations.append(std::move(variants));
    if (m_nextCreations.size() >= kProductsPerTransaction)
        m_writer->push(std::exchange(m_nextCreations, {}));
}

void ProductImport::collect(const QJsonArray& products, const QString& storeCurrency, bool pricesIncludeTax)
{
    const bool sameCurrency = storeCurrency == m_registerCurrency;
    for (const QJsonValue& value : products) {
        const QJsonObject product = value.toObject();
        const qint64 productPrice = minorFromStore(product.value(QStringLiteral("price")));
        const QJsonArray variants = product.value(QStringLiteral("variants")).toArray();
        const ProductDetails details = StoreProductDetails::read(product, sameCurrency);
        QList<StoreVariant> unknown;
        // A variant of this product the register has: linked before, or matched now (not confirmed yet).
        qint64 linkedSibling = 0;
        qint64 matchedSibling = 0;
        for (const QJsonValue& variantValue : variants) {
            const QJsonObject variant = variantValue.toObject();
            StoreVariant item;
            item.storeProductId = product.value(QStringLiteral("id")).toInteger();
            item.storeVariantId = variant.value(QStringLiteral("id")).toInteger();
            item.productName = product.value(QStringLiteral("name")).toString();
            item.sku = variant.value(QStringLiteral("sku")).toString();
            item.upc = variant.value(QStringLiteral("upc")).toString();
            QStringList labels;
            for (const QJsonValue& option : variant.value(QStringLiteral("option_values")).toArray())
                labels << option.toObject().value(QStringLiteral("label")).toString();
            item.optionLabel = labels.isEmpty() && variants.size() > 1 ? item.sku : labels.join(QStringLiteral(" / "));
            item.tracksStock = product.value(QStringLiteral("inventory_tracking")).toString() != u"none";
            // An untracked product's level means nothing: it starts at none.
            item.stock = item.tracksStock ? variant.value(QStringLiteral("inventory_level")).toInteger() : 0;
            item.details = details;
            if (sameCurrency) {
                const QJsonValue own = variant.value(QStringLiteral("price"));
                const qint64 price = own.isNull() || own.isUndefined() ? productPrice : minorFromStore(own);
                item.priceMinor = registerPrice(price, {storeCurrency, pricesIncludeTax}, kStoreDefaultVatMilliPercent);
            }
            // Registers' sync ledger items (StockSync) are bookkeeping, not articles to sell.
            if (SyncConventions::isLedgerSku(item.sku))
                continue;
            if (const auto linked = m_linkedStoreVariants.constFind(item.storeVariantId);
                linked != m_linkedStoreVariants.cend()) {
                ++m_plan.alreadyLinked;
                linkedSibling = *linked;
                continue;
            }
            if (const auto local
                = item.sku.isEmpty() ? m_localBySku.cend() : m_localBySku.constFind(item.sku.toLower());
                local != m_localBySku.cend()) {
                m_plan.matches.append({item, local->first, local->second, QStringLiteral("sku")});
                matchedSibling = local->first;
                continue;
            }
            const auto key = item.upc.isEmpty() ? Result<QString>(failure(Error::Code::NotFound, {}))
                                                : BarcodeParser::lookupKeyOf(item.upc);
            if (key) {
                if (const auto local = m_localByBarcode.constFind(*key); local != m_localByBarcode.cend()) {
                    m_plan.matches.append({item, local->first, local->second, QStringLiteral("barcode")});
                    matchedSibling = local->first;
                    continue;
                }
            }
            unknown.append(item);
        }
        if (unknown.isEmpty())
            continue;
        for (StoreVariant& item : unknown)
            item.siblingVariantId = linkedSibling ? linkedSibling : matchedSibling;
        if (linkedSibling == 0 && matchedSibling != 0 && m_writer) {
            // They join an article whose match the manager has yet to confirm: added with the match.
            m_plan.joining.append(std::move(unknown));
        } else {
            queueCreation(std::move(unknown));
        }
    }
}

Result<qint64> ProductImport::apply(Database& database, const Clock& clock, const QString& registerId,
                                    const ImportPlan& plan)
{
    const QString now = toStorageTime(clock.nowUtc());
    BulkInsert links(database,
                     QStringLiteral("INSERT INTO store_links(variant_id, store_product_id, store_variant_id, "
                                    "matched_by, linked_at) VALUES"),
                     QStringLiteral("(?, ?, ?, ?, ?)"));
    qint64 linked = 0;
    for (qsizetype first = 0; first < plan.matches.size(); first += kProductsPerTransaction) {
        auto transaction = Transaction::begin(database);
        if (!transaction)
            return std::unexpected(transaction.error());
        for (const ImportMatch& match : plan.matches.mid(first, kProductsPerTransaction)) {
            if (auto added = links.add(match.localVariantId, match.store.storeProductId, match.store.storeVariantId,
                                       match.matchedBy, now);
                !added)
                return std::unexpected(added.error());
            ++linked;
        }
        if (auto written = links.finish(); !written)
            return std::unexpected(written.error());
        if (auto committed = transaction->commit(); !committed)
            return std::unexpected(committed.error());
    }
    if (!plan.joining.isEmpty()) {
        auto transaction = Transaction::begin(database);
        if (!transaction)
            return std::unexpected(transaction.error());
        if (auto created = create(database, registerId, now, plan.joining); !created)
            return std::unexpected(created.error());
        if (auto committed = transaction->commit(); !committed)
            return std::unexpected(committed.error());
    }
    if (auto marked = markLinkedAsSent(database); !marked)
        return std::unexpected(marked.error());
    // From then on, what changes on the store's catalog comes in by modification date (a later matching keeps the date
    // the polling has reached).
    Settings settings(database);
    if (settings.value(SyncConventions::catalogSinceSetting()).isEmpty()) {
        if (auto saved = settings.setValue(SyncConventions::catalogSinceSetting(), plan.readAt.toString(Qt::ISODate));
            !saved)
            return std::unexpected(saved.error());
    }
    return linked;
}

Result<void> ProductImport::markLinkedAsSent(Database& database)
{
    // Taken from the store or matched with it: both sides agree on them as they are.
    if (auto agreed = ProductBaseline::agreeAsTheyAre(database, QStringLiteral("p.online_pushed_at IS NULL"), {});
        !agreed)
        return agreed;
    QSqlQuery query(database.connection());
    return Database::run(query,
                         QStringLiteral("UPDATE products SET online_pushed_at = updated_at WHERE online_pushed_at IS "
                                        "NULL AND id IN (SELECT v.product_id FROM variants v JOIN store_links l ON "
                                        "l.variant_id = v.id)"),
                         {});
}

Result<qint64> ProductImport::create(Database& database, const QString& registerId, const QString& now,
                                     const QList<QList<StoreVariant>>& products)
{
    Catalog catalog(database);
    BulkInsert links(database,
                     QStringLiteral("INSERT INTO store_links(variant_id, store_product_id, store_variant_id, "
                                    "matched_by, linked_at) VALUES"),
                     QStringLiteral("(?, ?, ?, 'created', ?)"));
    qint64 linked = 0;
    const auto link = [&](const QList<StoreVariant>& variants, const QList<qint64>& variantIds) -> Result<void> {
        for (qsizetype v = 0; v < variants.size(); ++v) {
            if (auto added = links.add(variantIds.at(v), variants[v].storeProductId, variants[v].storeVariantId, now);
                !added)
                return added;
            ++linked;
        }
        return {};
    };
    QList<NewProduct> newProducts;
    QList<const QList<StoreVariant>*> ofNewProducts;
    for (const QList<StoreVariant>& variants : products) {
        QList<NewVariant> newVariants;
        for (const StoreVariant& variant : variants)
            newVariants.append(newVariantOf(variant));
        // New variants of a product the register has: they join it rather than make a second product.
        if (const qint64 sibling = variants.first().siblingVariantId; sibling > 0) {
            QSqlQuery owner(database.connection());
            if (auto ran = Database::run(owner,
                                         QStringLiteral("SELECT p.id, p.tracks_stock FROM variants v JOIN products p "
                                                        "ON p.id = v.product_id WHERE v.id = ?"),
                                         {sibling});
                !ran || !owner.next())
                return failure(Error::Code::Storage, tr("The article of variant %1 was not found.").arg(sibling));
            const auto added = catalog.addVariants(owner.value(0).toLongLong(), owner.value(1).toBool(), newVariants,
                                                   registerId, now);
            if (!added)
                return std::unexpected(added.error());
            if (auto linkedAll = link(variants, *added); !linkedAll)
                return std::unexpected(linkedAll.error());
            continue;
        }
        newProducts.append({variants.first().productName, tr("Online store"), kStoreDefaultVatMilliPercent,
                            variants.first().tracksStock, false, newVariants, variants.first().details});
        ofNewProducts.append(&variants);
    }
    const auto added = catalog.addProducts(newProducts, registerId, now);
    if (!added)
        return std::unexpected(added.error());
    for (qsizetype p = 0; p < newProducts.size(); ++p) {
        if (auto linkedAll = link(*ofNewProducts.at(p), added->at(p)); !linkedAll)
            return std::unexpected(linkedAll.error());
    }
    if (auto written = links.finish(); !written)
        return std::unexpected(written.error());
    return linked;
}

} // namespace caisse
