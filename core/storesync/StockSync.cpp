#include "storesync/StockSync.h"

#include "bigcommerce/InventoryLevels.h"
#include "storage/Database.h"
#include "storesync/SyncConventions.h"
#include "storesync/SyncLog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace caisse {

namespace {

const QString kLedgerReady = QStringLiteral("sync_ledger_ready");
const QString kLedgerProduct = QStringLiteral("sync_ledger_product_id");

QList<qint64> productsOf(const QList<StockDelta>& deltas)
{
    QList<qint64> ids;
    for (const StockDelta& delta : deltas)
        ids.append(delta.storeProductId);
    return ids;
}

} // namespace

StockSync::StockSync(Database& database, const Clock& clock, const QString& registerId, StoreClient& client,
                     QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_settings(database)
    , m_outbox(database, clock, registerId)
    , m_client(client)
    , m_clock(clock)
    , m_ledgerSku(SyncConventions::ledgerSku(registerId))
    , m_locationId(m_settings.storeLocationId())
    , m_tracking(database, clock, client)
{
    m_ledgerProductId = m_settings.value(kLedgerProduct).toLongLong();
    m_settleTimer.setSingleShot(true);
    connect(&m_settleTimer, &QTimer::timeout, this, &StockSync::settle);
}

void StockSync::run()
{
    if (m_settings.value(kLedgerReady) == u"1")
        settle();
    else
        ensureLedger();
}

void StockSync::stop(bool ok, QString message)
{
    // A run that sent everything else still says what the store refused.
    if (ok && !m_held.isEmpty()) {
        ok = false;
        message = std::exchange(m_held, {});
    }
    if (!ok)
        qCWarning(lcStoreSync) << "stock sync stopped:" << message;
    emit finished(ok, message);
}

void StockSync::readLedger(std::function<void(std::optional<qint64>)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sku:in"), m_ledgerSku);
    m_client.call(StoreClient::Kind::Read, "GET", QStringLiteral("v3/inventory/items"), query, {},
                  [this, done](const ApiReply& reply) {
                      if (!reply.ok()) {
                          stop(false, reply.error);
                          return;
                      }
                      const QHash<QString, qint64> levels = onHandAt(reply.body, m_locationId);
                      for (const QJsonValue& item : reply.body.object().value(QStringLiteral("data")).toArray()) {
                          const QJsonObject identity = item.toObject().value(QStringLiteral("identity")).toObject();
                          if (identity.value(QStringLiteral("sku")).toString() == m_ledgerSku
                              && identity.value(QStringLiteral("product_id")).toInteger() != m_ledgerProductId) {
                              m_ledgerProductId = identity.value(QStringLiteral("product_id")).toInteger();
                              if (auto saved = m_settings.setValue(kLedgerProduct, QString::number(m_ledgerProductId));
                                  !saved)
                                  qCWarning(lcStoreSync) << "cannot keep the ledger's id:" << saved.error().message;
                          }
                      }
                      done(levels.contains(m_ledgerSku) ? std::optional(levels.value(m_ledgerSku)) : std::nullopt);
                  });
}

void StockSync::ensureLedger()
{
    const auto applied = m_outbox.appliedBatches();
    if (!applied) {
        stop(false, applied.error().message);
        return;
    }
    readLedger([this, count = *applied](std::optional<qint64> level) {
        if (level) {
            initialiseLedger(count);
            return;
        }
        // Hidden, so shoppers never see it; a product of its own, so no real article's stock carries the count.
        const QJsonObject product {
            {QStringLiteral("name"), tr("Caisse %1 synchronisation (do not edit)").arg(m_ledgerSku)},
            {QStringLiteral("type"), QStringLiteral("physical")},
            {QStringLiteral("sku"), m_ledgerSku},
            {QStringLiteral("price"), 0},
            {QStringLiteral("weight"), 0},
            {QStringLiteral("is_visible"), false},
            {QStringLiteral("inventory_tracking"), QStringLiteral("product")}};
        m_client.call(StoreClient::Kind::Write, "POST", QStringLiteral("v3/catalog/products"), {},
                      QJsonDocument(product), [this, count](const ApiReply& reply) {
                          // Created, or already there after an earlier attempt whose answer was lost (SKUs are unique).
                          if (!reply.ok() && reply.status != 409 && reply.status != 422) {
                              stop(false, reply.error);
                              return;
                          }
                          // Its inventory item, with its product id, is what the adjustments name.
                          readLedger([this, count](std::optional<qint64>) { initialiseLedger(count); });
                      });
    });
}

void StockSync::initialiseLedger(qint64 applied)
{
    // Absolute, to the batches already applied (none, on a first connection). Sending it again after a lost answer
    // sets the same value: no batch can have been applied in between, since none is sent before the ledger is ready.
    const QJsonObject body {{QStringLiteral("reason"), m_ledgerSku + QStringLiteral(" ledger")},
                            {QStringLiteral("items"),
                             QJsonArray {QJsonObject {{QStringLiteral("location_id"), m_locationId},
                                                      {QStringLiteral("product_id"), m_ledgerProductId},
                                                      {QStringLiteral("quantity"), applied}}}}};
    m_client.call(StoreClient::Kind::Write, "PUT", QStringLiteral("v3/inventory/adjustments/absolute"), {},
                  QJsonDocument(body), [this](const ApiReply& reply) {
                      if (!reply.ok()) {
                          stop(false, reply.error);
                          return;
                      }
                      if (auto saved = m_settings.setValue(kLedgerReady, QStringLiteral("1")); !saved) {
                          stop(false, saved.error().message);
                          return;
                      }
                      settle();
                  });
}

void StockSync::settle()
{
    const auto unsettled = m_outbox.unsettledBatches();
    if (!unsettled) {
        stop(false, unsettled.error().message);
        return;
    }
    if (unsettled->isEmpty()) {
        sendNext();
        return;
    }
    const StockBatch batch = unsettled->first();
    const qint64 waitMs = m_settleDelayMs - batch.since.msecsTo(m_clock.nowUtc());
    if (waitMs > 0) {
        m_settleTimer.start(static_cast<int>(waitMs));
        return;
    }
    const auto applied = m_outbox.appliedBatches();
    if (!applied) {
        stop(false, applied.error().message);
        return;
    }
    readLedger([this, batch, applied = *applied](std::optional<qint64> level) {
        Result<void> settled;
        if (level == applied + 1) {
            qCInfo(lcStoreSync) << "batch" << batch.marker << "was applied";
            settled = m_outbox.markApplied(batch.id, QStringLiteral("found by the ledger"));
        } else if (level == applied) {
            qCInfo(lcStoreSync) << "batch" << batch.marker << "was not applied: its changes wait again";
            settled = m_outbox.release(batch.id, QStringLiteral("not applied on the store"));
        } else {
            stop(false,
                 tr("The synchronisation item %1 on the online store reads %2 where %3 or %4 was expected: it "
                    "was edited by hand. Stock sending is stopped; contact support.")
                     .arg(m_ledgerSku)
                     .arg(level.value_or(-1))
                     .arg(applied)
                     .arg(applied + 1));
            return;
        }
        if (!settled) {
            stop(false, settled.error().message);
            return;
        }
        settle();
    });
}

void StockSync::sendNext()
{
    const auto prepared = m_outbox.prepareStockBatch(m_maxItems);
    if (!prepared) {
        stop(false, prepared.error().message);
        return;
    }
    if (!prepared->has_value()) {
        stop(true, {});
        return;
    }
    const StockBatch batch = **prepared;
    if (m_ledgerProductId == 0) {
        // A ledger made before its product id was kept: its inventory item tells it.
        readLedger([this, batch](std::optional<qint64>) {
            if (m_ledgerProductId == 0)
                stop(false, tr("The synchronisation item %1 is missing from the online store.").arg(m_ledgerSku));
            else
                send(batch);
        });
        return;
    }
    send(batch);
}

void StockSync::send(const StockBatch& batch)
{
    m_tracking.lookUp(productsOf(batch.deltas), [this, batch](const Result<void>& known) {
        if (!known) {
            // Nothing was sent: the batch's changes wait for the next run.
            if (auto released = m_outbox.release(batch.id, known.error().message); !released)
                qCWarning(lcStoreSync) << released.error().message;
            stop(false, known.error().message);
            return;
        }
        sendItems(batch);
    });
}

void StockSync::sendItems(const StockBatch& batch)
{
    QJsonArray items;
    for (const StockDelta& delta : batch.deltas) {
        if (const auto item = itemFor(delta))
            items.append(*item);
    }
    items.append(QJsonObject {{QStringLiteral("location_id"), m_locationId},
                              {QStringLiteral("product_id"), m_ledgerProductId},
                              {QStringLiteral("quantity"), 1}});
    const QJsonObject body {{QStringLiteral("reason"), batch.marker}, {QStringLiteral("items"), items}};
    m_client.call(StoreClient::Kind::Write, "POST", QStringLiteral("v3/inventory/adjustments/relative"), {},
                  QJsonDocument(body), [this, batch](const ApiReply& reply) {
                      Result<void> recorded;
                      if (reply.ok())
                          recorded = m_outbox.markApplied(
                              batch.id, reply.body.object().value(QStringLiteral("transaction_id")).toString());
                      else if (reply.ambiguous)
                          recorded = m_outbox.markUnknown(batch.id, reply.error);
                      else if (reply.status == 422) {
                          // The store's tracking may have changed since it was read: read it again next time.
                          m_tracking.forget(productsOf(batch.deltas));
                          const QStringList refused = refusedSkus(batch.deltas, reply.error);
                          if (refused.isEmpty()) {
                              recorded = m_outbox.reject(batch.id, reply.error);
                          } else {
                              // One refused item does not hold the others back: held alone, the rest go again now.
                              recorded = m_outbox.rejectItems(batch.id, refused, reply.error);
                              if (recorded) {
                                  m_held = reply.error;
                                  settle();
                                  return;
                              }
                          }
                      } else
                          recorded = m_outbox.release(batch.id, reply.error);
                      if (!recorded) {
                          stop(false, recorded.error().message);
                          return;
                      }
                      if (!reply.ok() && !reply.ambiguous) {
                          stop(false, reply.error);
                          return;
                      }
                      settle();
                  });
}

QStringList StockSync::refusedSkus(const QList<StockDelta>& deltas, const QString& answer)
{
    // The store names the items it refuses in its answer's title: "Item with product_id 113 …", "[sku ART-2] …"
    // (reference/inventory.v3.yml's examples), by the identifier they were sent with.
    static const QRegularExpression named(QStringLiteral("\\b(sku|variant_id|product_id) ([^\\s\\],:]+)"));
    QStringList skus;
    for (auto match = named.globalMatch(answer); match.hasNext();) {
        const auto found = match.next();
        const QString kind = found.captured(1);
        const QString value = found.captured(2);
        for (const StockDelta& delta : deltas) {
            const bool same = kind == u"sku" ? delta.sku == value
                : kind == u"variant_id"      ? QString::number(delta.storeVariantId) == value
                                             : QString::number(delta.storeProductId) == value;
            if (same && !skus.contains(delta.sku))
                skus.append(delta.sku);
        }
    }
    return skus;
}

std::optional<QJsonObject> StockSync::itemFor(const StockDelta& delta) const
{
    return adjustmentItem(m_tracking.of(delta.storeProductId), m_locationId, delta.storeProductId, delta.storeVariantId,
                          delta.quantity);
}

} // namespace caisse
