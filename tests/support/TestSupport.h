#pragma once

#include "access/Operator.h"
#include "base/Clock.h"
#include "catalog/Catalog.h"
#include "sale/Ticket.h"
#include "storage/Database.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace caisse::test {

/** A clock the test sets; it moves only when told to. */
class ManualClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return m_now; }
    void advance(qint64 milliseconds) { m_now = m_now.addMSecs(milliseconds); }
    void set(const QDateTime& now) { m_now = now; }

private:
    QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC);
};

/** An operator allowed to sell and refund, as a logged-in manager is. */
inline Operator manager(const QString& name = QStringLiteral("op"))
{
    return Operator {name, Role::Manager, std::nullopt, {}};
}

/** Adds an article sold by the piece with one barcode; returns its variant id. */
qint64 addArticle(Database& database, const QString& sku, qint64 priceMinor, qint32 rateMilliPercent,
                  const QString& barcode, qint64 stockMilli = 10'000);

/** The reference vectors' articles: A1 "Pain de campagne" 3.99 at 5.5 % (4006381333931), B2 "Bol céramique" 12.50
 * at 20 % (96385074). */
void addVectorsArticles(Database& database);

/** The store's product and variant ids of a SKU, when the store has it. */
using StoreIdsOf = std::function<std::optional<std::pair<qint64, qint64>>(const QString& sku)>;

/**
 * Links every register variant not linked yet to an online store item, as a confirmed first matching does: their
 * stock changes are then sent, by the store's ids that storeIdsOf gives (an emulator's), or by ids that are only
 * unique.
 */
void linkAllToStore(Database& database, const StoreIdsOf& storeIdsOf = {});

/** A cashier: may sell, not refund nor close the day. */
inline Operator cashier(const QString& name = QStringLiteral("cashier"))
{
    return Operator {name, Role::Cashier, std::nullopt, {}};
}

/** The journal records of chain, in order, as (type, data). */
QList<std::pair<QString, QJsonObject>> journalRecords(Database& database, const QString& chain);

/** A ticket of the scanned barcodes, paid in cash with a 10.00 note too many. */
Ticket cashSale(Catalog& catalog, const QStringList& barcodes);

} // namespace caisse::test
