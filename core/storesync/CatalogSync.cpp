#include "storesync/CatalogSync.h"

#include "bigcommerce/InventoryLevels.h"
#include "bigcommerce/StoreProductDetails.h"
#include "catalog/BarcodeParser.h"
#include "catalog/ProductDetails.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"
#include "storesync/ProductBaseline.h"
#include "storesync/ProductImport.h"
#include "storesync/StockSync.h"
#include "storesync/StoreSettings.h"
#include "storesync/SyncConventions.h"
#include "storesync/SyncLog.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace caisse {

namespace {

const QString kCategoryId = QStringLiteral("store_category_id");
constexpr int kPageSize = 250;
constexpr int kAbsoluteItemsPerRequest = 2'000;
constexpr int kProductsPerUpdate = 10; // PUT v3/catalog/products takes batches of 10 at most
constexpr int kChangeBatchesPerRun = 5;

bool syncsAll(Database& database)
{
    return StoreSettings::saved(database).productScope == StoreSettings::ProductScope::All;
}

} // namespace

CatalogSync::CatalogSync(Database& database, const Clock& clock, StoreClient& client, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_client(client)
    , m_tracking(database, clock, client)
{ }

void CatalogSync::stop(bool ok, QString message)
{
    // A run that sent everything else still says what the store refused.
    if (ok && !m_held.isEmpty()) {
        ok = false;
        message = std::exchange(m_held, {});
    }
    if (!ok)
        qCWarning(lcStoreSync) << "catalog sync stopped:" << message;
    emit finished(ok, message);
}

void CatalogSync::run()
{
    m_pricing = {}; // read again in each run that needs it
    if (Settings(m_database).value(SyncConventions::catalogSinceSetting()).isEmpty()) {
        stop(true, {}); // the first matching, confirmed by the manager, comes first
        return;
    }
    const auto currency = Settings(m_database).currency();
    if (!currency) {
        stop(false, currency.error().message);
        return;
    }
    m_registerCurrency = currency->code();
    if (StoreSettings::saved(m_database).productRecord == StoreSettings::ProductRecord::Register)
        push();
    else
        pull();
}

void CatalogSync::readPricing(std::function<void()> next)
{
    m_client.call(StoreClient::Kind::Read, "GET", QStringLiteral("v2/store"), {}, {},
                  [this, next](const ApiReply& reply) {
                      if (!reply.ok()) {
                          stop(false, reply.error);
                          return;
                      }
                      m_pricing = StorePricing::of(reply.body.object());
                      next();
                  });
}

void CatalogSync::push()
{
    m_toPush.clear();
    m_notPriced = 0;
    QSqlQuery query(m_database.connection());
    // Products the store does not have: none of their variants linked. Goods sold by weight keep to the register (the
    // store counts whole units); the service items of online orders come from the store.
    if (auto ran = Database::run(
            query,
            QStringLiteral("SELECT p.id, p.name, p.vat_rate_milli_percent, p.tracks_stock FROM products p "
                           "WHERE p.archived = 0 AND p.sold_by_weight = 0 AND (p.online_selected = 1 OR ?) "
                           "AND NOT EXISTS (SELECT 1 FROM variants v JOIN store_links l ON l.variant_id = v.id "
                           "WHERE v.product_id = p.id) "
                           "AND NOT EXISTS (SELECT 1 FROM variants v WHERE v.product_id = p.id AND v.sku LIKE ?) "
                           "ORDER BY p.id LIMIT ?"),
            {syncsAll(m_database), SyncConventions::serviceSkuPrefix() + u'%', kProductsPerRun});
        !ran) {
        stop(false, ran.error().message);
        return;
    }
    while (query.next())
        m_toPush.append({query.value(0).toLongLong(),
                         query.value(1).toString(),
                         query.value(2).toInt(),
                         query.value(3).toBool(),
                         {}});
    for (PushProduct& product : m_toPush) {
        if (auto ran = Database::run(query,
                                     QStringLiteral("SELECT v.id, v.sku, v.option_label, v.price_minor, "
                                                    "(SELECT min(lookup_key) FROM barcodes WHERE variant_id = v.id) "
                                                    "FROM variants v WHERE v.product_id = ? AND v.archived = 0 "
                                                    "ORDER BY v.id"),
                                     {product.id});
            !ran) {
            stop(false, ran.error().message);
            return;
        }
        while (query.next())
            product.variants.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                     query.value(3).toLongLong(),
                                     BarcodeParser::printedGtin(query.value(4).toString())});
    }
    m_toPush.removeIf([](const PushProduct& product) { return product.variants.isEmpty(); });
    if (m_toPush.isEmpty()) {
        pushNewVariants();
        return;
    }
    readPricing([this] { ensureCategory([this] { pushNext(); }); });
}

void CatalogSync::ensureCategory(std::function<void()> next)
{
    Settings settings(m_database);
    m_categoryId = settings.value(kCategoryId).toLongLong();
    if (m_categoryId > 0) {
        next();
        return;
    }
    // Found by name before it is created: names are unique among top-level categories, so a lost answer is harmless.
    // (The v3 categories endpoints are deprecated in favour of category trees, still supported, and enough here.)
    const QString name = tr("Caisse — to sort");
    QUrlQuery byName;
    byName.addQueryItem(QStringLiteral("name"), name);
    m_client.call(StoreClient::Kind::Read, "GET", QStringLiteral("v3/catalog/categories"), byName, {},
                  [this, name, next](const ApiReply& found) {
                      if (!found.ok()) {
                          stop(false, found.error);
                          return;
                      }
                      const auto remember = [this, next](qint64 id) {
                          m_categoryId = id;
                          if (auto saved = Settings(m_database).setValue(kCategoryId, QString::number(id)); !saved) {
                              stop(false, saved.error().message);
                              return;
                          }
                          next();
                      };
                      const QJsonArray existing = found.body.object().value(QStringLiteral("data")).toArray();
                      if (!existing.isEmpty()) {
                          remember(existing.first().toObject().value(QStringLiteral("id")).toInteger());
                          return;
                      }
                      m_client.call(StoreClient::Kind::Write, "POST", QStringLiteral("v3/catalog/categories"), {},
                                    QJsonDocument(QJsonObject {{QStringLiteral("name"), name},
                                                               {QStringLiteral("parent_id"), 0},
                                                               {QStringLiteral("is_visible"), false}}),
                                    [this, remember](const ApiReply& created) {
                                        if (!created.ok()) {
                                            stop(false, created.error);
                                            return;
                                        }
                                        remember(created.body.object()
                                                     .value(QStringLiteral("data"))
                                                     .toObject()
                                                     .value(QStringLiteral("id"))
                                                     .toInteger());
                                    });
                  });
}

void CatalogSync::pushNext()
{
    if (m_toPush.isEmpty()) {
        pushNewVariants();
        return;
    }
    const PushProduct product = m_toPush.takeFirst();
    // A create whose answer was lost left the product there: found by its first SKU (SKUs are unique in a store; the
    // variants endpoint filters by one, `sku`), then all its variants by its id, it is linked, never created twice.
    QUrlQuery bySku;
    bySku.addQueryItem(QStringLiteral("sku"), product.variants.first().sku);
    m_client.call(StoreClient::Kind::Read, "GET", QStringLiteral("v3/catalog/variants"), bySku, {},
                  [this, product](const ApiReply& found) {
                      if (!found.ok()) {
                          stop(false, found.error);
                          return;
                      }
                      const QJsonArray variants = found.body.object().value(QStringLiteral("data")).toArray();
                      if (variants.isEmpty()) {
                          createOnline(product);
                          return;
                      }
                      QUrlQuery ofProduct;
                      ofProduct.addQueryItem(
                          QStringLiteral("product_id:in"),
                          QString::number(variants.first().toObject().value(QStringLiteral("product_id")).toInteger()));
                      m_client.call(StoreClient::Kind::Read, "GET", QStringLiteral("v3/catalog/variants"), ofProduct,
                                    {}, [this, product](const ApiReply& all) {
                                        if (!all.ok()) {
                                            stop(false, all.error);
                                            return;
                                        }
                                        if (auto linked
                                            = link(product, all.body.object().value(QStringLiteral("data")).toArray());
                                            !linked) {
                                            stop(false, linked.error().message);
                                            return;
                                        }
                                        pushNext();
                                    });
                  });
}

void CatalogSync::createOnline(const PushProduct& product)
{
    if (m_pricing.currency != m_registerCurrency) {
        ++m_notPriced;
        pushNext();
        return;
    }
    const auto details = ProductDetails::load(m_database, product.id);
    if (!details) {
        stop(false, details.error().message);
        return;
    }
    const PushVariant& first = product.variants.first();
    QJsonObject body {{QStringLiteral("name"), product.name},
                      {QStringLiteral("type"), QStringLiteral("physical")},
                      {QStringLiteral("price"), storePrice(first.priceMinor, m_pricing, product.vatMilliPercent)},
                      {QStringLiteral("categories"), QJsonArray {m_categoryId}},
                      // Hidden until sorted online: no description, images or category of its own yet.
                      {QStringLiteral("is_visible"), false},
                      {QStringLiteral("inventory_tracking"), storeTracking(product)}};
    StoreProductDetails::write(*details, body);
    if (product.variants.size() == 1) {
        body.insert(QStringLiteral("sku"), first.sku);
        body.insert(QStringLiteral("upc"), first.upc);
    } else {
        QJsonArray variants;
        for (const PushVariant& variant : product.variants)
            variants.append(QJsonObject {
                {QStringLiteral("sku"), variant.sku},
                {QStringLiteral("upc"), variant.upc},
                {QStringLiteral("price"), storePrice(variant.priceMinor, m_pricing, product.vatMilliPercent)},
                {QStringLiteral("option_values"),
                 QJsonArray {QJsonObject {{QStringLiteral("option_display_name"), tr("Option")},
                                          {QStringLiteral("label"), variant.optionLabel}}}}});
        body.insert(QStringLiteral("variants"), variants);
    }
    m_client.call(StoreClient::Kind::Write, "POST", QStringLiteral("v3/catalog/products"), {}, QJsonDocument(body),
                  [this, product](const ApiReply& reply) {
                      if (!reply.ok()) {
                          // Lost or refused: the next run looks for it by SKU before trying again.
                          stop(false, tr("%1 was not created on the online store: %2").arg(product.name, reply.error));
                          return;
                      }
                      const QJsonArray variants = reply.body.object()
                                                      .value(QStringLiteral("data"))
                                                      .toObject()
                                                      .value(QStringLiteral("variants"))
                                                      .toArray();
                      if (auto linked = link(product, variants); !linked) {
                          stop(false, linked.error().message);
                          return;
                      }
                      pushNext();
                  });
}

QString CatalogSync::storeTracking(const PushProduct& product)
{
    return !product.tracksStock       ? QStringLiteral("none")
        : product.variants.size() > 1 ? QStringLiteral("variant")
                                      : QStringLiteral("product");
}

void CatalogSync::pushNewVariants()
{
    m_variantsToPush.clear();
    QSqlQuery query(m_database.connection());
    // Not linked, of a product some of whose variants are: the store has the product, not this variant.
    if (auto ran = Database::run(
            query,
            QStringLiteral("SELECT v.id, v.sku, v.option_label, v.price_minor, (SELECT min(lookup_key) FROM barcodes "
                           "WHERE variant_id = v.id), p.id, p.name, p.vat_rate_milli_percent, p.tracks_stock, "
                           "(SELECT min(l.store_product_id) FROM variants s JOIN store_links l ON l.variant_id = s.id "
                           "WHERE s.product_id = p.id) AS store_product FROM variants v JOIN products p ON p.id = "
                           "v.product_id WHERE v.archived = 0 AND p.archived = 0 AND p.sold_by_weight = 0 AND "
                           "(p.online_selected = 1 OR ?) AND v.id NOT IN (SELECT variant_id FROM store_links) AND "
                           "store_product IS NOT NULL ORDER BY v.id LIMIT ?"),
            {syncsAll(m_database), kProductsPerRun});
        !ran) {
        stop(false, ran.error().message);
        return;
    }
    while (query.next())
        m_variantsToPush.append(
            {PushProduct {query.value(5).toLongLong(),
                          query.value(6).toString(),
                          query.value(7).toInt(),
                          query.value(8).toBool(),
                          {{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toLongLong(), BarcodeParser::printedGtin(query.value(4).toString())}}},
             query.value(9).toLongLong()});
    if (m_variantsToPush.isEmpty()) {
        pushChanges(kChangeBatchesPerRun);
        return;
    }
    readPricing([this] { pushNextVariant(); });
}

void CatalogSync::pushNextVariant()
{
    if (m_variantsToPush.isEmpty()) {
        pushChanges(kChangeBatchesPerRun);
        return;
    }
    const auto [product, storeProductId] = m_variantsToPush.takeFirst();
    if (m_pricing.currency != m_registerCurrency) {
        ++m_notPriced;
        pushNextVariant();
        return;
    }
    // A create whose answer was lost left it there: found by its SKU before anything is sent again.
    QUrlQuery bySku;
    bySku.addQueryItem(QStringLiteral("sku"), product.variants.first().sku);
    m_client.call(StoreClient::Kind::Read, "GET", QStringLiteral("v3/catalog/variants"), bySku, {},
                  [this, product, storeProductId](const ApiReply& found) {
                      if (!found.ok()) {
                          stop(false, found.error);
                          return;
                      }
                      const QJsonArray existing = found.body.object().value(QStringLiteral("data")).toArray();
                      if (existing.isEmpty()) {
                          createVariantOnline(product, storeProductId);
                          return;
                      }
                      if (auto linked = link(product, existing, false); !linked) {
                          stop(false, linked.error().message);
                          return;
                      }
                      pushNextVariant();
                  });
}

void CatalogSync::createVariantOnline(const PushProduct& product, qint64 storeProductId)
{
    // Its option values are named as the product's options online, in their order ("M / Bleu": Taille M, Couleur
    // Bleu), read from the variants the product has there.
    QUrlQuery ofProduct;
    ofProduct.addQueryItem(QStringLiteral("product_id:in"), QString::number(storeProductId));
    m_client.call(
        StoreClient::Kind::Read, "GET", QStringLiteral("v3/catalog/variants"), ofProduct, {},
        [this, product, storeProductId](const ApiReply& siblings) {
            if (!siblings.ok()) {
                stop(false, siblings.error);
                return;
            }
            const PushVariant& variant = product.variants.first();
            const QJsonArray options = siblings.body.object()
                                           .value(QStringLiteral("data"))
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value(QStringLiteral("option_values"))
                                           .toArray();
            const QStringList labels = variant.optionLabel.split(QStringLiteral(" / "), Qt::SkipEmptyParts);
            if (options.isEmpty() || labels.size() != options.size()) {
                m_held = tr("%1 (%2) is not on the online store: its product there has %n option(s), and the "
                            "variant's name gives another number of values. Name it as its other variants, or add "
                            "it online.",
                            nullptr, int(options.size()))
                             .arg(variant.sku, variant.optionLabel);
                pushNextVariant();
                return;
            }
            QJsonArray values;
            for (qsizetype i = 0; i < options.size(); ++i)
                values.append(QJsonObject {{QStringLiteral("option_display_name"),
                                            options[i].toObject().value(QStringLiteral("option_display_name"))},
                                           {QStringLiteral("label"), labels[i]}});
            QJsonObject body {
                {QStringLiteral("sku"), variant.sku},
                {QStringLiteral("price"), storePrice(variant.priceMinor, m_pricing, product.vatMilliPercent)},
                {QStringLiteral("option_values"), values}};
            if (!variant.upc.isEmpty())
                body.insert(QStringLiteral("upc"), variant.upc);
            m_client.call(
                StoreClient::Kind::Write, "POST", QStringLiteral("v3/catalog/products/%1/variants").arg(storeProductId),
                {}, QJsonDocument(body), [this, product](const ApiReply& reply) {
                    if (reply.ambiguous) {
                        // Looked up by its SKU at the next run before anything is sent again.
                        stop(false, reply.error);
                        return;
                    }
                    if (!reply.ok()) {
                        m_held = tr("%1 was not added to its product on the online store: %2")
                                     .arg(product.variants.first().sku, reply.error);
                        pushNextVariant();
                        return;
                    }
                    if (auto linked = link(
                            product, QJsonArray {reply.body.object().value(QStringLiteral("data")).toObject()}, false);
                        !linked) {
                        stop(false, linked.error().message);
                        return;
                    }
                    pushNextVariant();
                });
        });
}

Result<void> CatalogSync::link(const PushProduct& product, const QJsonArray& storeVariants, bool created)
{
    const QString now = toStorageTime(m_clock.nowUtc());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    QSqlQuery query(m_database.connection());
    // Created with that tracking: the stock sync need not ask the store for it.
    if (created && !storeVariants.isEmpty()) {
        if (auto kept
            = m_tracking.remember(storeVariants.first().toObject().value(QStringLiteral("product_id")).toInteger(),
                                  storeTracking(product));
            !kept)
            return kept;
    }
    for (const QJsonValue& value : storeVariants) {
        const QJsonObject store = value.toObject();
        const auto local = std::ranges::find_if(product.variants, [&](const PushVariant& variant) {
            return variant.sku.compare(store.value(QStringLiteral("sku")).toString(), Qt::CaseInsensitive) == 0;
        });
        if (local == product.variants.end())
            continue;
        // The register is the record: the store's stock starts at the register's level now, and the changes made
        // before this moment are in that level, not to be sent again.
        const auto level = m_database.integer(
            QStringLiteral("SELECT coalesce(sum(quantity_milli), 0) / 1000 FROM stock_movements WHERE variant_id = ?"),
            {local->id});
        if (!level)
            return std::unexpected(level.error());
        if (auto ran = Database::run(query,
                                     QStringLiteral("DELETE FROM sync_outbox WHERE batch_id IS NULL AND "
                                                    "stock_movement_id IN (SELECT id FROM stock_movements "
                                                    "WHERE variant_id = ?)"),
                                     {local->id});
            !ran)
            return ran;
        if (auto ran = Database::run(
                query,
                QStringLiteral("INSERT INTO store_links(variant_id, store_product_id, store_variant_id, matched_by, "
                               "linked_at, opening_stock) VALUES(?, ?, ?, 'created', ?, ?)"),
                {local->id, store.value(QStringLiteral("product_id")).toInteger(),
                 store.value(QStringLiteral("id")).toInteger(), now,
                 product.tracksStock ? QVariant(*level) : QVariant()});
            !ran)
            return ran;
    }
    if (auto ran = Database::run(
            query, QStringLiteral("UPDATE products SET online_pushed_at = updated_at WHERE id = ?"), {product.id});
        !ran)
        return ran;
    if (auto agreed = ProductBaseline::agreeAsTheyAre(m_database, QStringLiteral("p.id = ?"), {product.id}); !agreed)
        return agreed;
    return transaction->commit();
}

void CatalogSync::pushChanges(int batchesLeft)
{
    if (batchesLeft == 0) {
        setOpeningStock();
        return;
    }
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query,
            QStringLiteral("SELECT p.id, min(l.store_product_id), p.updated_at FROM products p "
                           "JOIN variants v ON v.product_id = p.id JOIN store_links l ON l.variant_id = v.id "
                           "WHERE p.updated_at > coalesce(p.online_pushed_at, '') AND (p.online_selected = 1 OR ?) "
                           "GROUP BY p.id ORDER BY p.id LIMIT ?"),
            {syncsAll(m_database), kProductsPerUpdate});
        !ran) {
        stop(false, ran.error().message);
        return;
    }
    struct Sent
    {
        qint64 productId = 0;
        QString updatedAt; // only what was sent counts as pushed: a change made meanwhile goes in the next batch
        ProductBaseline::Fields fields;
    };
    QList<Sent> sent;
    QList<std::pair<qint64, qint64>> changed; // product, its store product
    while (query.next()) {
        sent.append({query.value(0).toLongLong(), query.value(2).toString(), {}});
        changed.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    }
    if (sent.isEmpty()) {
        setOpeningStock();
        return;
    }
    if (m_pricing.currency.isEmpty()) {
        readPricing([this, batchesLeft] { pushChanges(batchesLeft); });
        return;
    }
    const bool pricesGo = m_pricing.currency == m_registerCurrency && StoreSettings::saved(m_database).syncPrices;
    QJsonArray updates;
    for (qsizetype i = 0; i < sent.size(); ++i) {
        const auto now = ProductBaseline::current(m_database, changed[i].first);
        const auto agreed = ProductBaseline::agreed(m_database, changed[i].first);
        if (!now || !agreed) {
            stop(false, (now ? agreed.error() : now.error()).message);
            return;
        }
        const QJsonObject update = ProductBaseline::update(
            changed[i].second, *now, *agreed, pricesGo ? std::optional(m_pricing) : std::nullopt, sent[i].fields);
        // Only its id: nothing the store holds differs from the register; it is marked sent without a request.
        if (update.size() > 1)
            updates.append(update);
    }
    const auto recordSent = [this, sent] {
        auto transaction = Transaction::begin(m_database);
        if (!transaction)
            return Result<void>(std::unexpected(transaction.error()));
        QSqlQuery done(m_database.connection());
        for (const Sent& product : sent) {
            if (auto ran = Database::run(done, QStringLiteral("UPDATE products SET online_pushed_at = ? WHERE id = ?"),
                                         {product.updatedAt, product.productId});
                !ran)
                return ran;
            if (auto agreed = ProductBaseline::agree(m_database, product.productId, product.fields); !agreed)
                return agreed;
        }
        return transaction->commit();
    };
    if (updates.isEmpty()) {
        if (auto recorded = recordSent(); !recorded) {
            stop(false, recorded.error().message);
            return;
        }
        pushChanges(batchesLeft);
        return;
    }
    // Sent again whole after a lost answer: setting the same fields twice changes nothing.
    m_client.call(StoreClient::Kind::Write, "PUT", QStringLiteral("v3/catalog/products"), {}, QJsonDocument(updates),
                  [this, recordSent, batchesLeft](const ApiReply& reply) {
                      if (!reply.ok()) {
                          stop(false, reply.error);
                          return;
                      }
                      if (auto recorded = recordSent(); !recorded) {
                          stop(false, recorded.error().message);
                          return;
                      }
                      pushChanges(batchesLeft - 1);
                  });
}

void CatalogSync::setOpeningStock()
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("SELECT l.variant_id, v.sku, l.opening_stock, l.store_product_id, "
                                                "l.store_variant_id FROM store_links l JOIN variants v ON v.id = "
                                                "l.variant_id WHERE l.opening_stock IS NOT NULL AND l.opening_refused "
                                                "IS NULL ORDER BY l.variant_id LIMIT ?"),
                                 {kAbsoluteItemsPerRequest});
        !ran) {
        stop(false, ran.error().message);
        return;
    }
    QList<Opening> openings;
    QList<qint64> storeProducts;
    while (query.next()) {
        openings.append({query.value(0).toLongLong(),
                         {query.value(1).toString(), query.value(2).toLongLong(), query.value(3).toLongLong(),
                          query.value(4).toLongLong()}});
        storeProducts.append(openings.last().level.storeProductId);
    }
    const QString notPriced = m_notPriced == 0
        ? QString()
        : tr("%n product(s) of the register not created online: the online store sells in %1 and the register in "
             "%2, so their prices cannot be sent.",
             nullptr, m_notPriced)
              .arg(m_pricing.currency, m_registerCurrency);
    if (openings.isEmpty()) {
        stop(true, notPriced);
        return;
    }
    m_tracking.lookUp(storeProducts, [this, openings](const Result<void>& known) {
        if (!known) {
            stop(false, known.error().message);
            return;
        }
        QJsonArray items;
        const int location = Settings(m_database).storeLocationId();
        for (const auto& [variantId, level] : openings) {
            if (const auto item = adjustmentItem(m_tracking.of(level.storeProductId), location, level.storeProductId,
                                                 level.storeVariantId, level.quantity))
                items.append(*item);
        }
        sendOpeningStock(items, openings);
    });
}

Result<bool> CatalogSync::holdRefusedOpenings(const QList<Opening>& openings, const QString& answer)
{
    QList<StockDelta> levels;
    QList<qint64> storeProducts;
    for (const Opening& opening : openings) {
        levels.append(opening.level);
        storeProducts.append(opening.level.storeProductId);
    }
    // The store's tracking may have changed since it was read: read it again next time.
    m_tracking.forget(storeProducts);
    const QStringList refused = StockSync::refusedSkus(levels, answer);
    if (refused.isEmpty())
        return false;
    QVariantList values {answer};
    for (const Opening& opening : openings) {
        if (refused.contains(opening.level.sku))
            values.append(opening.variantId);
    }
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("UPDATE store_links SET opening_refused = ? WHERE variant_id IN (%1)")
                                     .arg(Database::placeholders(values.size() - 1)),
                                 values);
        !ran)
        return std::unexpected(ran.error());
    m_held = tr("The online store refused the opening stock of %1: %2").arg(refused.join(QStringLiteral(", ")), answer);
    return true;
}

Result<void> CatalogSync::retryOpeningStock(Database& database, qint64 variantId)
{
    QSqlQuery query(database.connection());
    return Database::run(query, QStringLiteral("UPDATE store_links SET opening_refused = NULL WHERE variant_id = ?"),
                         {variantId});
}

void CatalogSync::sendOpeningStock(const QJsonArray& items, const QList<Opening>& openings)
{
    QVariantList variantIds;
    for (const Opening& opening : openings)
        variantIds << opening.variantId;
    const auto settled = [this, variantIds] {
        QSqlQuery done(m_database.connection());
        if (auto ran = Database::run(done,
                                     QStringLiteral("UPDATE store_links SET opening_stock = NULL WHERE variant_id IN "
                                                    "(%1)")
                                         .arg(Database::placeholders(variantIds.size())),
                                     variantIds);
            !ran) {
            stop(false, ran.error().message);
            return;
        }
        setOpeningStock();
    };
    // Products the store does not track take no stock: nothing to send for them.
    if (items.isEmpty()) {
        settled();
        return;
    }
    // Absolute, and sent again until it is known applied: no relative change of these articles leaves before, so
    // setting the same level twice changes nothing.
    const QJsonObject body {{QStringLiteral("reason"), QStringLiteral("Caisse: opening stock")},
                            {QStringLiteral("items"), items}};
    m_client.call(StoreClient::Kind::Write, "PUT", QStringLiteral("v3/inventory/adjustments/absolute"), {},
                  QJsonDocument(body), [this, settled, openings](const ApiReply& reply) {
                      if (reply.ok()) {
                          settled();
                          return;
                      }
                      // Refused whole for some items: those are held, the others go again at once. An absolute
                      // level sent twice changes nothing, so a lost answer is simply sent again next time.
                      if (reply.status == 422 && !reply.ambiguous) {
                          const auto held = holdRefusedOpenings(openings, reply.error);
                          if (!held) {
                              stop(false, held.error().message);
                              return;
                          }
                          if (*held) {
                              setOpeningStock();
                              return;
                          }
                      }
                      stop(false, reply.error);
                  });
}

void CatalogSync::pull()
{
    m_pulledUntil.clear();
    readPricing([this] {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("include"), QStringLiteral("variants,images"));
        query.addQueryItem(QStringLiteral("date_modified:min"),
                           Settings(m_database).value(SyncConventions::catalogSinceSetting()));
        query.addQueryItem(QStringLiteral("sort"), QStringLiteral("date_modified"));
        auto failed = std::make_shared<QString>();
        m_client.readAll(
            QStringLiteral("v3/catalog/products"), query, kPageSize,
            [this, failed](const QJsonArray& products) {
                if (!failed->isEmpty())
                    return;
                if (auto applied = applyPulled(products); !applied)
                    *failed = applied.error().message;
            },
            [this, failed](const ApiReply& reply) {
                if (!reply.ok()) {
                    stop(false, reply.error);
                    return;
                }
                if (!failed->isEmpty()) {
                    stop(false, *failed);
                    return;
                }
                setOpeningStock(); // online quantities of split stock
            });
    });
}

Result<void> CatalogSync::applyPulled(const QJsonArray& products)
{
    const bool samePrices = m_pricing.currency == m_registerCurrency;
    // Prices once set (at a creation) may be left to each side: the manager's choice.
    const bool syncPrices = StoreSettings::saved(m_database).syncPrices;
    const bool all = syncsAll(m_database);
    const QString now = toStorageTime(m_clock.nowUtc());
    Settings settings(m_database);
    QDateTime since = QDateTime::fromString(settings.value(SyncConventions::catalogSinceSetting()), Qt::ISODate);
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    QSqlQuery query(m_database.connection());
    QList<QList<StoreVariant>> creations;
    for (const QJsonValue& productValue : products) {
        const QJsonObject product = productValue.toObject();
        const QString name = product.value(QStringLiteral("name")).toString();
        const qint64 storeProductId = product.value(QStringLiteral("id")).toInteger();
        const qint64 productPrice = minorFromStore(product.value(QStringLiteral("price")));
        const ProductDetails details = StoreProductDetails::read(product, samePrices);
        const bool tracksStock = product.value(QStringLiteral("inventory_tracking")).toString() != u"none";
        since = std::max(since,
                         QDateTime::fromString(product.value(QStringLiteral("date_modified")).toString(), Qt::ISODate));
        QList<StoreVariant> unknown;
        qint64 sibling = 0; // a variant of this product at the register: new ones join its product
        for (const QJsonValue& variantValue : product.value(QStringLiteral("variants")).toArray()) {
            const QJsonObject variant = variantValue.toObject();
            const QString sku = variant.value(QStringLiteral("sku")).toString();
            if (SyncConventions::isLedgerSku(sku))
                continue;
            const qint64 storeVariantId = variant.value(QStringLiteral("id")).toInteger();
            const QJsonValue ownPrice = variant.value(QStringLiteral("price"));
            const qint64 storePriceMinor
                = ownPrice.isNull() || ownPrice.isUndefined() ? productPrice : minorFromStore(ownPrice);
            // Linked, or known by SKU and linked now: its fields follow the store's. Two lookups, each on an index.
            std::optional<std::tuple<qint64, qint64, qint32, bool>> local;
            bool linked = true;
            for (const auto& [sql, key] :
                 {std::pair {QStringLiteral("SELECT v.id, p.id, p.vat_rate_milli_percent, p.online_selected FROM "
                                            "store_links l JOIN variants v ON v.id = l.variant_id JOIN products p ON "
                                            "p.id = v.product_id WHERE l.store_variant_id = ?"),
                             QVariant(storeVariantId)},
                  std::pair {QStringLiteral("SELECT v.id, p.id, p.vat_rate_milli_percent, p.online_selected FROM "
                                            "variants v JOIN products p ON p.id = v.product_id WHERE v.sku = ? AND "
                                            "v.id NOT IN (SELECT variant_id FROM store_links)"),
                             QVariant(sku)}}) {
                if (auto ran = Database::run(query, sql, {key}); !ran)
                    return ran;
                if (query.next()) {
                    local = std::tuple {query.value(0).toLongLong(), query.value(1).toLongLong(),
                                        query.value(2).toInt(), query.value(3).toBool()};
                    break;
                }
                linked = false;
            }
            if (!local) {
                StoreVariant item;
                item.storeProductId = storeProductId;
                item.storeVariantId = storeVariantId;
                item.productName = name;
                item.sku = sku;
                item.upc = variant.value(QStringLiteral("upc")).toString();
                item.priceMinor = registerPrice(storePriceMinor, m_pricing, kStoreDefaultVatMilliPercent);
                item.tracksStock = tracksStock;
                item.stock = tracksStock ? variant.value(QStringLiteral("inventory_level")).toInteger() : 0;
                item.details = details;
                unknown.append(item);
                continue;
            }
            const auto [variantId, productId, vat, selected] = *local;
            sibling = variantId;
            if (!all && !selected)
                continue;
            if (auto saved = details.save(m_database, productId); !saved)
                return saved;
            QList<std::pair<QString, QVariantList>> changes {
                {QStringLiteral("UPDATE products SET name = ?, updated_at = ? WHERE id = ? AND name <> ?"),
                 {name, now, productId, name}},
                {QStringLiteral("UPDATE products SET tracks_stock = ? WHERE id = ?"), {tracksStock, productId}}};
            // An SKU another article already uses, or none (the register names every article), stays as it was.
            if (!sku.isEmpty())
                changes.append({QStringLiteral("UPDATE variants SET sku = ? WHERE id = ? AND NOT EXISTS (SELECT 1 "
                                               "FROM variants WHERE sku = ? AND id <> ?)"),
                                {sku, variantId, sku, variantId}});
            if (!linked)
                changes.append(
                    {QStringLiteral("INSERT INTO store_links(variant_id, store_product_id, store_variant_id, "
                                    "matched_by, linked_at) VALUES(?, ?, ?, 'sku', ?)"),
                     {variantId, storeProductId, storeVariantId, now}});
            if (samePrices && syncPrices)
                changes.append({QStringLiteral("UPDATE variants SET price_minor = ? WHERE id = ?"),
                                {registerPrice(storePriceMinor, m_pricing, vat), variantId}});
            // Barcodes are added, never replaced: labels already on the shelves keep scanning.
            if (const QString upc = variant.value(QStringLiteral("upc")).toString(); !upc.isEmpty()) {
                if (const auto key = BarcodeParser::lookupKeyOf(upc))
                    changes.append(
                        {QStringLiteral("INSERT OR IGNORE INTO barcodes(lookup_key, variant_id) VALUES(?, ?)"),
                         {*key, variantId}});
            }
            for (const auto& [sql, values] : std::as_const(changes)) {
                if (auto ran = Database::run(query, sql, values); !ran)
                    return ran;
            }
        }
        // New online, created here when every product syncs and prices can be taken.
        for (StoreVariant& item : unknown)
            item.siblingVariantId = sibling;
        if (!unknown.isEmpty() && all && samePrices)
            creations.append(unknown);
    }
    if (!creations.isEmpty()) {
        const auto registerId = settings.registerId();
        if (!registerId)
            return std::unexpected(registerId.error());
        if (auto created = ProductImport::create(m_database, *registerId, now, creations); !created)
            return std::unexpected(created.error());
        if (auto marked = ProductImport::markLinkedAsSent(m_database); !marked)
            return marked;
    }
    if (auto saved = settings.setValue(SyncConventions::catalogSinceSetting(), since.toString(Qt::ISODate)); !saved)
        return saved;
    return transaction->commit();
}

} // namespace caisse
