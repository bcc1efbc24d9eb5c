#include "cash/CashDrawer.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace caisse {

namespace {

const QString kCash = QStringLiteral("cash");

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/** Runs write in a transaction of its own (or the caller's), and commits it. */
template <typename T> Result<T> inTransaction(Database& database, const std::function<Result<T>()>& write)
{
    auto transaction = Transaction::beginUnlessOpen(database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto written = write();
    if (!written)
        return written;
    if (*transaction)
        if (auto committed = (*transaction)->commit(); !committed)
            return std::unexpected(committed.error());
    return written;
}

} // namespace

CashDrawer::CashDrawer(Database& database, const Clock& clock, QString registerId, TechnicalEvents& events)
    : m_database(database)
    , m_clock(clock)
    , m_registerId(std::move(registerId))
    , m_events(events)
{ }

Result<std::optional<Shift>> CashDrawer::openShift()
{
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("SELECT id, owner, opened_by, opened_at, float_count FROM shifts WHERE "
                                                "register_id = ? AND closed_at IS NULL"),
                                 {m_registerId});
        !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return std::optional<Shift>();
    auto floatCount = CashCount::fromJson(QJsonDocument::fromJson(query.value(4).toByteArray()).object());
    if (!floatCount)
        return std::unexpected(floatCount.error());
    return Shift {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                  fromStorageTime(query.value(3).toString()), *floatCount};
}

Result<CashCount> CashDrawer::carriedFloat()
{
    const auto last = m_database.text(QStringLiteral("SELECT counted_count FROM shifts WHERE register_id = ? AND "
                                                     "closed_at IS NOT NULL ORDER BY id DESC LIMIT 1"),
                                      {m_registerId});
    if (!last)
        return std::unexpected(last.error());
    return CashCount::fromJson(QJsonDocument::fromJson(last->toUtf8()).object());
}

Result<Shift> CashDrawer::open(const CashCount& floatCount, const QString& owner, const Operator& by)
{
    if (auto allowed = by.require(Permission::Sell); !allowed)
        return std::unexpected(allowed.error());
    return inTransaction<Shift>(m_database, [&]() -> Result<Shift> {
        const auto current = openShift();
        if (!current)
            return std::unexpected(current.error());
        if (*current)
            return failure(Error::Code::BusinessRule,
                           tr("A shift is already open at this register, opened by %1: close it first.")
                               .arg((*current)->openedBy));
        const QDateTime now = m_clock.nowUtc();
        QSqlQuery query(m_database.connection());
        if (auto ran = Database::run(
                query,
                QStringLiteral("INSERT INTO shifts(register_id, owner, opened_at, opened_by, "
                               "float_minor, float_count) VALUES(?, ?, ?, ?, ?, ?)"),
                {m_registerId, owner, toStorageTime(now), by.name, floatCount.total(), jsonText(floatCount.toJson())});
            !ran)
            return std::unexpected(ran.error());
        const Shift shift {query.lastInsertId().toLongLong(), owner, by.name, now, floatCount};
        if (auto journaled = journal(TechnicalEvents::Code::ShiftOpened, by,
                                     {{QStringLiteral("shift"), shift.id},
                                      {QStringLiteral("owner"), owner},
                                      {QStringLiteral("float"), floatCount.total()},
                                      {QStringLiteral("count"), floatCount.toJson()}});
            !journaled)
            return std::unexpected(journaled.error());
        return shift;
    });
}

Result<ShiftExpectation> CashDrawer::expectation()
{
    const auto current = openShift();
    if (!current)
        return std::unexpected(current.error());
    if (!*current)
        return failure(Error::Code::NotFound, tr("No shift is open at this register."));
    ShiftExpectation expected {**current, 0, 0, 0, {{kCash, 0, 0}}};
    const QString since = toStorageTime(expected.shift.openedAt);
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query,
            QStringLiteral("SELECT p.method, SUM(p.amount_minor) FROM tickets t JOIN payments p ON p.ticket_id = t.id "
                           "WHERE t.register_id = ? AND t.occurred_at >= ? AND t.training = 0 GROUP BY p.method "
                           "ORDER BY p.method"),
            {m_registerId, since});
        !ran)
        return std::unexpected(ran.error());
    while (query.next()) {
        const QString method = query.value(0).toString();
        const qint64 amount = query.value(1).toLongLong();
        if (method == kCash) {
            expected.cashSales = amount;
            continue;
        }
        expected.methods.append({method, amount, 0});
    }
    if (auto ran = Database::run(query,
                                 QStringLiteral("SELECT kind, SUM(amount_minor) FROM cash_movements WHERE shift_id = ? "
                                                "GROUP BY kind"),
                                 {expected.shift.id});
        !ran)
        return std::unexpected(ran.error());
    while (query.next()) {
        if (query.value(0).toString() == u"in")
            expected.cashIn = query.value(1).toLongLong();
        else if (query.value(0).toString() == u"out")
            expected.cashOut = query.value(1).toLongLong();
    }
    expected.methods.first().expected = expected.expectedCash();
    return expected;
}

Result<ClosedShift> CashDrawer::close(const CashCount& cash, const QMap<QString, qint64>& otherCounted, bool blind,
                                      const Operator& by)
{
    if (auto allowed = by.require(Permission::Sell); !allowed)
        return std::unexpected(allowed.error());
    return inTransaction<ClosedShift>(m_database, [&]() -> Result<ClosedShift> {
        const auto expected = expectation();
        if (!expected)
            return std::unexpected(expected.error());
        ClosedShift closed {expected->shift, expected->methods, 0, blind};
        QJsonArray methods;
        for (MethodCount& method : closed.methods) {
            method.counted = method.method == kCash ? cash.total() : otherCounted.value(method.method, method.expected);
            closed.overShort += method.counted - method.expected;
            methods.append(QJsonObject {{QStringLiteral("counted"), method.counted},
                                        {QStringLiteral("expected"), method.expected},
                                        {QStringLiteral("method"), method.method}});
        }
        QSqlQuery query(m_database.connection());
        if (auto ran
            = Database::run(query,
                            QStringLiteral("UPDATE shifts SET closed_at = ?, closed_by = ?, counted_count = ?, "
                                           "closing = ?, over_short_minor = ?, blind = ? WHERE id = ?"),
                            {toStorageTime(m_clock.nowUtc()), by.name, jsonText(cash.toJson()),
                             QString::fromUtf8(QJsonDocument(methods).toJson(QJsonDocument::Compact)), closed.overShort,
                             blind ? 1 : 0, closed.shift.id});
            !ran)
            return std::unexpected(ran.error());
        if (auto journaled = journal(TechnicalEvents::Code::ShiftClosed, by,
                                     {{QStringLiteral("shift"), closed.shift.id},
                                      {QStringLiteral("methods"), methods},
                                      {QStringLiteral("over_short"), closed.overShort},
                                      {QStringLiteral("blind"), blind},
                                      {QStringLiteral("count"), cash.toJson()}});
            !journaled)
            return std::unexpected(journaled.error());
        return closed;
    });
}

Result<void> CashDrawer::move(CashMovementKind kind, qint64 amount, const QString& reason, const Operator& by)
{
    if (auto allowed = by.require(Permission::ManageCash); !allowed)
        return allowed;
    if (amount <= 0)
        return failure(Error::Code::InvalidInput, tr("Type the amount of cash, more than zero."));
    return inTransaction<void>(m_database, [&]() -> Result<void> {
        const auto current = openShift();
        if (!current)
            return std::unexpected(current.error());
        if (!*current)
            return failure(Error::Code::BusinessRule,
                           tr("Open a shift first: the cash put in or taken out counts in the shift's drawer."));
        if (kind == CashMovementKind::Out) {
            const auto expected = expectation();
            if (!expected)
                return std::unexpected(expected.error());
            if (amount > expected->expectedCash())
                return failure(Error::Code::BusinessRule,
                               tr("The drawer should hold less than that: count it, or take out less."));
        }
        return insertMovement(kind == CashMovementKind::In ? QStringLiteral("in") : QStringLiteral("out"), amount,
                              reason, by, (*current)->id);
    });
}

Result<void> CashDrawer::openWithoutSale(const QString& reason, const Operator& by)
{
    if (auto allowed = by.require(Permission::ManageCash); !allowed)
        return allowed;
    return inTransaction<void>(m_database, [&]() -> Result<void> {
        const auto current = openShift();
        if (!current)
            return std::unexpected(current.error());
        return insertMovement(QStringLiteral("no_sale"), 0, reason, by,
                              *current ? QVariant((*current)->id) : QVariant());
    });
}

Result<void> CashDrawer::insertMovement(const QString& kind, qint64 amount, const QString& reason, const Operator& by,
                                        const QVariant& shiftId)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return failure(Error::Code::InvalidInput, tr("Say why: the reason is kept in the journal."));
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query,
            QStringLiteral("INSERT INTO cash_movements(register_id, shift_id, kind, amount_minor, "
                           "reason, operator, approved_by, occurred_at) VALUES(?, ?, ?, ?, ?, ?, "
                           "?, ?)"),
            {m_registerId, shiftId, kind, amount, why, by.name, by.approvedBy, toStorageTime(m_clock.nowUtc())});
        !ran)
        return ran;
    QJsonObject details {{QStringLiteral("kind"), kind}, {QStringLiteral("reason"), why}};
    if (kind != u"no_sale")
        details.insert(QStringLiteral("amount"), amount);
    return journal(kind == u"no_sale" ? TechnicalEvents::Code::DrawerOpened : TechnicalEvents::Code::CashMovement, by,
                   details);
}

Result<ClosureRecord::Cash> CashDrawer::since(const QDateTime& from)
{
    const QString after = toStorageTime(from);
    ClosureRecord::Cash cash;
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("SELECT kind, COUNT(*), SUM(amount_minor) FROM cash_movements WHERE "
                                                "register_id = ? AND occurred_at > ? GROUP BY kind"),
                                 {m_registerId, after});
        !ran)
        return std::unexpected(ran.error());
    while (query.next()) {
        const QString kind = query.value(0).toString();
        if (kind == u"in")
            cash.cashIn = query.value(2).toLongLong();
        else if (kind == u"out")
            cash.cashOut = query.value(2).toLongLong();
        else
            cash.drawerOpenings = query.value(1).toLongLong();
    }
    // Each a sum over the shifts of this register opened, or closed, after from.
    for (const auto& [sql, target] :
         {std::pair {"SELECT COALESCE(SUM(float_minor), 0) FROM shifts WHERE register_id = ? AND opened_at > ?",
                     &ClosureRecord::Cash::floats},
          std::pair {"SELECT COUNT(*) FROM shifts WHERE register_id = ? AND closed_at > ?",
                     &ClosureRecord::Cash::shiftsClosed},
          std::pair {"SELECT COALESCE(SUM(over_short_minor), 0) FROM shifts WHERE register_id = ? AND closed_at > ?",
                     &ClosureRecord::Cash::overShort}}) {
        const auto sum = m_database.integer(QString::fromLatin1(sql), {m_registerId, after});
        if (!sum)
            return std::unexpected(sum.error());
        cash.*target = *sum;
    }
    return cash;
}

Result<void> CashDrawer::journal(TechnicalEvents::Code code, const Operator& by, QJsonObject details)
{
    details.insert(QStringLiteral("register"), m_registerId);
    if (!by.approvedBy.isEmpty())
        details.insert(QStringLiteral("approved_by"), by.approvedBy);
    auto recorded = m_events.record(code, by.name, details);
    if (!recorded)
        return std::unexpected(recorded.error());
    return {};
}

} // namespace caisse
