#include "fiscal/Closing.h"

#include "fiscal/PeriodTotals.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace caisse {

namespace {

const QString kAutomatic = QStringLiteral("automatic");

QString monthOf(const QDate& day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

QString yearOf(const QDate& day)
{
    return day.toString(QStringLiteral("yyyy"));
}

} // namespace

Closing::Closing(Database& database, const Clock& clock, const QString& registerId, TechnicalEvents& events,
                 std::optional<Ed25519Key> key)
    : m_database(database)
    , m_clock(clock)
    , m_chain(registerId)
    , m_events(events)
    , m_journal(database, registerId, std::move(key))
{ }

QDate Closing::localDay(const QString& storageTime)
{
    return fromStorageTime(storageTime).toLocalTime().date();
}

Result<QList<ClosureRecord>> Closing::closeOpenPeriods()
{
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    auto days = closeDaysBefore(today, false, kAutomatic);
    if (!days)
        return days;
    auto longer = closeLongerPeriods(today, kAutomatic);
    if (!longer)
        return longer;
    return *days + *longer;
}

Result<QList<ClosureRecord>> Closing::closeOpenPeriodsNow()
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto closures = closeOpenPeriods();
    if (!closures)
        return closures;
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return closures;
}

Result<ClosureRecord> Closing::closeToday(const Operator& by, const std::optional<ClosureRecord::Cash>& cash)
{
    if (auto allowed = by.require(Permission::CloseDay); !allowed)
        return std::unexpected(allowed.error());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    auto days = closeDaysBefore(today, true, by.name, cash);
    if (!days)
        return std::unexpected(days.error());
    if (auto longer = closeLongerPeriods(today, by.name); !longer)
        return std::unexpected(longer.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return days->last();
}

Result<ClosureRecord> Closing::sinceLastClosure()
{
    auto open = openDay();
    if (!open)
        return std::unexpected(open.error());
    auto& [pending, gt, gtAbs] = *open;
    PeriodTotals totals;
    for (const Pending& record : pending)
        if (auto added = add(totals, record, gt, gtAbs); !added)
            return std::unexpected(added.error());
    return totals.closure(m_clock.nowUtc().toLocalTime().date().toString(Qt::ISODate), gt, gtAbs);
}

Result<Closing::Journaled> Closing::lastDayClosure()
{
    QSqlQuery query(m_database.connection());
    if (auto ran
        = Database::run(query,
                        QStringLiteral("SELECT seq, hash, payload, ts_utc FROM journal WHERE chain = ? AND type = ? "
                                       "ORDER BY seq DESC LIMIT 1"),
                        {m_chain, RecordType::CloseDay});
        !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return failure(Error::Code::NotFound, tr("No day has been closed on this register yet."));
    auto closure = ClosureRecord::fromJson(
        QJsonDocument::fromJson(query.value(2).toByteArray()).object().value(QStringLiteral("data")).toObject());
    if (!closure)
        return std::unexpected(closure.error());
    return Journaled {*closure, query.value(0).toLongLong(), query.value(1).toString(),
                      fromStorageTime(query.value(3).toString())};
}

Result<Closing::OpenDay> Closing::openDay()
{
    auto pending = recordsAfterLast(RecordType::CloseDay, {RecordType::Ticket, RecordType::Duplicate});
    if (!pending)
        return std::unexpected(pending.error());
    const auto lastDay = m_journal.lastDataOfType(RecordType::CloseDay);
    if (!lastDay)
        return std::unexpected(lastDay.error());
    // The perpetual grand totals go on from the last day closed (none yet: from zero).
    if (lastDay->isEmpty())
        return OpenDay {std::move(*pending), 0, 0};
    const auto lastClosure = ClosureRecord::fromJson(*lastDay);
    if (!lastClosure)
        return std::unexpected(lastClosure.error());
    return OpenDay {std::move(*pending), lastClosure->grandTotal, lastClosure->grandTotalAbsolute};
}

Result<void> Closing::add(PeriodTotals& totals, const Pending& record, qint64& gt, qint64& gtAbs)
{
    if (record.type == RecordType::Duplicate) {
        totals.addDuplicate();
        return {};
    }
    const auto ticket = TicketRecord::fromJson(record.data);
    if (!ticket)
        return std::unexpected(ticket.error());
    totals.addTicket(*ticket, record.hash);
    gt = ticket->grandTotal;
    gtAbs = ticket->grandTotalAbsolute;
    return {};
}

Result<QList<Closing::Pending>> Closing::recordsAfterLast(const QString& after, const QStringList& types, int limit)
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QVariantList values {m_chain, m_chain, after};
    for (const QString& type : types)
        values.append(type);
    if (auto ran = Database::run(
            query,
            QStringLiteral("SELECT seq, type, ts_utc, payload, hash FROM journal WHERE chain = ? AND seq > "
                           "(SELECT COALESCE(MAX(seq), 0) FROM journal WHERE chain = ? AND type = ?) AND type IN (%1) "
                           "ORDER BY seq LIMIT %2")
                .arg(Database::placeholders(types.size()))
                .arg(limit),
            values);
        !ran)
        return std::unexpected(ran.error());
    QList<Pending> records;
    while (query.next()) {
        Pending record {
            query.value(0).toLongLong(), query.value(1).toString(), localDay(query.value(2).toString()),
            QJsonDocument::fromJson(query.value(3).toByteArray()).object().value(QStringLiteral("data")).toObject(),
            query.value(4).toString()};
        const QString period = record.data.value(QStringLiteral("period")).toString();
        if (!period.isEmpty())
            record.day = QDate::fromString(period.size() == 7 ? period + QStringLiteral("-01") : period, Qt::ISODate);
        records.append(record);
    }
    return records;
}

Result<QList<ClosureRecord>> Closing::closeDaysBefore(const QDate& today, bool includeToday,
                                                      const QString& operatorName,
                                                      const std::optional<ClosureRecord::Cash>& todaysCash)
{
    // Most calls find nothing to close: one indexed look at the oldest record not yet closed decides.
    const QStringList closed {RecordType::Ticket, RecordType::Duplicate};
    const auto oldest = recordsAfterLast(RecordType::CloseDay, closed, 1);
    if (!oldest)
        return std::unexpected(oldest.error());
    if (!includeToday && (oldest->isEmpty() || oldest->first().day >= today))
        return QList<ClosureRecord>();

    auto open = openDay();
    if (!open)
        return std::unexpected(open.error());
    auto& [records, gt, gtAbs] = *open;

    QList<ClosureRecord> closures;
    qsizetype next = 0;
    for (;;) {
        if (next >= records.size() && !includeToday)
            break;
        QDate day = next < records.size() ? records.at(next).day : today;
        if (day >= today) {
            if (!includeToday)
                break;
            day = today;
        }
        PeriodTotals totals;
        for (; next < records.size() && (day == today || records.at(next).day <= day); ++next)
            if (auto added = add(totals, records.at(next), gt, gtAbs); !added)
                return std::unexpected(added.error());
        if (day == today && todaysCash)
            totals.setCash(*todaysCash);
        ClosureRecord closure = totals.closure(day.toString(Qt::ISODate), gt, gtAbs);
        if (auto appended = appendClosure(RecordType::CloseDay, closure, operatorName); !appended)
            return std::unexpected(appended.error());
        closures.append(closure);
        if (day == today)
            break;
    }
    return closures;
}

Result<QList<ClosureRecord>> Closing::closeLongerPeriods(const QDate& today, const QString& operatorName)
{
    struct Level
    {
        QLatin1String closes;
        QLatin1String type;
        QString (*periodOf)(const QDate&);
    };
    QList<ClosureRecord> closures;
    for (const Level& level : {Level {RecordType::CloseDay, RecordType::CloseMonth, monthOf},
                               Level {RecordType::CloseMonth, RecordType::CloseYear, yearOf}}) {
        // On most sales nothing is due: the oldest closure not yet summed up says so without reading the others.
        const auto oldest = recordsAfterLast(level.type, {level.closes}, 1);
        if (!oldest)
            return std::unexpected(oldest.error());
        if (oldest->isEmpty() || level.periodOf(oldest->first().day) >= level.periodOf(today))
            continue;
        auto pending = recordsAfterLast(level.type, {level.closes});
        if (!pending)
            return std::unexpected(pending.error());
        qsizetype next = 0;
        while (next < pending->size()) {
            const QString period = level.periodOf(pending->at(next).day);
            if (period >= level.periodOf(today))
                break;
            PeriodTotals totals;
            ClosureRecord last;
            for (; next < pending->size() && level.periodOf(pending->at(next).day) == period; ++next) {
                auto shorter = ClosureRecord::fromJson(pending->at(next).data);
                if (!shorter)
                    return std::unexpected(shorter.error());
                last = *shorter;
                totals.addClosure(last);
            }
            ClosureRecord closure = totals.closure(period, last.grandTotal, last.grandTotalAbsolute);
            if (auto appended = appendClosure(level.type, closure, operatorName); !appended)
                return std::unexpected(appended.error());
            closures.append(closure);
        }
    }
    return closures;
}

Result<JournalEntry> Closing::appendClosure(const QString& type, ClosureRecord& closure, const QString& operatorName)
{
    const auto before = m_database.integer(QStringLiteral("SELECT COUNT(*) FROM journal WHERE chain = ? AND type = ?"),
                                           {m_chain, type});
    if (!before)
        return std::unexpected(before.error());
    closure.number = *before + 1;
    auto appended = m_journal.append(type, closure.toJson(), m_clock.nowUtc());
    if (!appended)
        return appended;
    if (auto recorded = m_events.record(type == RecordType::CloseYear ? TechnicalEvents::Code::YearClosing
                                                                      : TechnicalEvents::Code::PeriodClosing,
                                        operatorName,
                                        {{QStringLiteral("closure"), type},
                                         {QStringLiteral("hash"), appended->hash},
                                         {QStringLiteral("period"), closure.period},
                                         {QStringLiteral("seq"), appended->seq}});
        !recorded)
        return std::unexpected(recorded.error());
    return appended;
}

} // namespace caisse
