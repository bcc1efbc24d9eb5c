#include "sale/CashDesk.h"

#include "base/MoneyFormat.h"
#include "fiscal/JournalEnd.h"
#include "storage/Settings.h"

namespace caisse {

namespace {

const QString kBlindCloseKey = QStringLiteral("blind_close");

/** The drawer's part of the next Z: everything since the last one (since the register began, before the first). */
Result<ClosureRecord::Cash> drawerSince(CashDrawer& drawer, Closing& closing)
{
    const auto last = closing.lastDayClosure();
    if (!last && last.error().code != Error::Code::NotFound)
        return std::unexpected(last.error());
    return drawer.since(last ? last->at : QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
}

} // namespace

CashDesk::CashDesk(Database& database, SaleWriter& writer, const Clock& clock, RegisterProfile profile, QLocale locale,
                   QByteArray journalPublicKey, bool live, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_writer(writer)
    , m_clock(clock)
    , m_profile(std::move(profile))
    , m_locale(std::move(locale))
    , m_publicKey(std::move(journalPublicKey))
    , m_live(live)
    , m_readerEvents(database, clock, m_profile.registerId)
{ }

QString CashDesk::formatMoney(qint64 minor) const
{
    return MoneyFormat::format({minor, m_profile.currency}, m_locale);
}

Result<qint64> CashDesk::parseMoney(const QString& typed) const
{
    return MoneyFormat::parse(typed, m_profile.currency, m_locale);
}

CashDrawer CashDesk::reader()
{
    return CashDrawer(m_database, m_clock, m_profile.registerId, m_readerEvents);
}

std::optional<Shift> CashDesk::currentShift()
{
    const auto shift = reader().openShift();
    if (!shift) {
        emit error(shift.error().message);
        return std::nullopt;
    }
    return *shift;
}

CashCount CashDesk::carriedFloat()
{
    return reader().carriedFloat().value_or(CashCount());
}

Result<ShiftExpectation> CashDesk::expectation()
{
    return reader().expectation();
}

bool CashDesk::closesBlind(const Operator& closer) const
{
    return !closer.may(Permission::ManageCash) && Settings(m_database).value(kBlindCloseKey) == u"1";
}

bool CashDesk::refusedInTraining()
{
    if (m_live)
        return false;
    emit error(tr("Training mode: the drawer's money and the day's closure are the real register's."));
    return true;
}

Result<void> CashDesk::openShift(const CashCount& floatCount, bool forTheTeam, const Operator& by)
{
    if (refusedInTraining())
        return {};
    write<Shift>([floatCount, owner = forTheTeam ? QString() : by.name,
                  by](CashDrawer& drawer) { return drawer.open(floatCount, owner, by); },
                 [this](const Shift& shift) {
                     emit info(tr("Shift open with a float of %1.").arg(formatMoney(shift.floatCount.total())));
                     emit shiftChanged();
                 });
    return {};
}

Result<void> CashDesk::moveCash(CashMovementKind kind, const QString& typedAmount, const QString& reason,
                                const Operator& by)
{
    if (auto allowed = by.require(Permission::ManageCash); !allowed)
        return allowed;
    const auto amount = parseMoney(typedAmount);
    if (!amount || *amount <= 0)
        return failure(Error::Code::InvalidInput, tr("Type the amount of cash, more than zero."));
    if (reason.trimmed().isEmpty())
        return failure(Error::Code::InvalidInput, tr("Say why: the reason is kept in the journal."));
    if (refusedInTraining())
        return {};
    write<void>(
        [kind, amount = *amount, reason, by](CashDrawer& drawer) { return drawer.move(kind, amount, reason, by); },
        [this, kind, amount = *amount] {
            emit drawerKickRequested();
            emit info(kind == CashMovementKind::In ? tr("%1 put in the drawer.").arg(formatMoney(amount))
                                                   : tr("%1 taken out of the drawer.").arg(formatMoney(amount)));
        });
    return {};
}

Result<void> CashDesk::openDrawer(const QString& reason, const Operator& by)
{
    if (auto allowed = by.require(Permission::ManageCash); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return failure(Error::Code::InvalidInput, tr("Say why: the reason is kept in the journal."));
    if (refusedInTraining())
        return {};
    write<void>([reason, by](CashDrawer& drawer) { return drawer.openWithoutSale(reason, by); },
                [this] {
                    emit drawerKickRequested();
                    emit info(tr("Drawer opened without a sale; the reason is journaled."));
                });
    return {};
}

Result<void> CashDesk::closeShift(const CashCount& cash, const QMap<QString, qint64>& otherCounted, const Operator& by)
{
    if (refusedInTraining())
        return {};
    const bool blind = closesBlind(by);
    write<ClosedShift>(
        [cash, otherCounted, blind, by](CashDrawer& drawer) { return drawer.close(cash, otherCounted, blind, by); },
        [this](const ClosedShift& closed) {
            if (closed.blind)
                emit info(tr("Shift closed. The count is recorded; the manager sees the difference."));
            else if (closed.overShort == 0)
                emit info(tr("Shift closed: the drawer is right."));
            else
                emit info(closed.overShort > 0 ? tr("Shift closed: %1 over.").arg(formatMoney(closed.overShort))
                                               : tr("Shift closed: %1 short.").arg(formatMoney(-closed.overShort)));
            emit shiftClosed(closed);
            emit shiftChanged();
        });
    return {};
}

void CashDesk::setBlindClose(bool blind, const Operator& by)
{
    if (auto allowed = by.require(Permission::SetUpCounter); !allowed) {
        emit error(allowed.error().message);
        return;
    }
    m_writer.run<Result<void>>(
        [blind](SaleStore& store) {
            return Settings(store.database()).setValue(kBlindCloseKey, blind ? QStringLiteral("1") : QString());
        },
        this,
        [this, blind](const Result<void>& saved) {
            if (!saved)
                emit error(saved.error().message);
            else
                emit info(blind ? tr("Cashiers now count their drawer without seeing what is expected.")
                                : tr("Cashiers now see what their drawer should hold when they count it."));
        });
}

void CashDesk::closeDay(const Operator& by)
{
    if (auto allowed = by.require(Permission::CloseDay); !allowed) {
        emit error(allowed.error().message);
        return;
    }
    if (refusedInTraining())
        return;
    m_writer.run<Result<ClosureRecord>>(
        [&clock = m_clock, registerId = m_profile.registerId, by](SaleStore& store) -> Result<ClosureRecord> {
            CashDrawer drawer(store.database(), clock, registerId, store.technicalEvents());
            const auto shift = drawer.openShift();
            if (!shift)
                return std::unexpected(shift.error());
            if (*shift)
                return failure(Error::Code::BusinessRule,
                               tr("A shift is still open: close it first (Drawer, Close the shift), then the day."));
            const auto cash = drawerSince(drawer, store.closing());
            if (!cash)
                return std::unexpected(cash.error());
            return store.closing().closeToday(by, *cash);
        },
        this,
        [this](const Result<ClosureRecord>& closure) {
            if (!closure) {
                emit error(closure.error().message);
                return;
            }
            // The marker the closure's commit left: where the chain ends with it.
            const auto end = JournalEnd::read(m_database.path(), m_profile.registerId);
            publish(*closure, end.value_or(JournalEnd {}), ReceiptText::ClosurePaper::Original);
            emit info(tr("The day is closed (Z %1): %n ticket(s).", nullptr, static_cast<int>(closure->tickets))
                          .arg(closure->number.value_or(0)));
        });
}

void CashDesk::xReport()
{
    m_writer.run<Result<ClosureRecord>>(
        [&clock = m_clock, registerId = m_profile.registerId](SaleStore& store) -> Result<ClosureRecord> {
            auto report = store.closing().sinceLastClosure();
            if (!report)
                return report;
            CashDrawer drawer(store.database(), clock, registerId, store.technicalEvents());
            const auto cash = drawerSince(drawer, store.closing());
            if (!cash)
                return std::unexpected(cash.error());
            report->cash = *cash;
            return report;
        },
        this,
        [this](const Result<ClosureRecord>& report) {
            if (!report) {
                emit error(report.error().message);
                return;
            }
            publish(*report, {}, ReceiptText::ClosurePaper::Report);
            emit info(tr("X report: %n ticket(s) since the last closure. Nothing was closed.", nullptr,
                         static_cast<int>(report->tickets)));
        });
}

void CashDesk::reprintLastZ()
{
    m_writer.run<Result<Closing::Journaled>>([](SaleStore& store) { return store.closing().lastDayClosure(); }, this,
                                             [this](const Result<Closing::Journaled>& last) {
                                                 if (!last) {
                                                     emit error(last.error().message);
                                                     return;
                                                 }
                                                 JournalEnd end;
                                                 end.seq = last->seq;
                                                 end.hash = last->hash;
                                                 publish(last->closure, end, ReceiptText::ClosurePaper::Duplicate);
                                             });
}

void CashDesk::publish(const ClosureRecord& closure, const JournalEnd& end, ReceiptText::ClosurePaper paper)
{
    const auto shop = Settings(m_database).shop();
    if (!shop) {
        emit error(tr("The report cannot be shown: the shop's details cannot be read (%1).").arg(shop.error().message));
        return;
    }
    const QString text = ReceiptText::renderClosure(closure, m_profile.registerId, m_profile.currency, *shop, m_locale,
                                                    end, m_publicKey, paper);
    emit shown(text, paper);
    emit printRequested(text);
}

} // namespace caisse
