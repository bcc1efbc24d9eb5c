#pragma once

#include "access/Operator.h"
#include "base/Clock.h"
#include "cash/CashCount.h"
#include "fiscal/ClosureRecord.h"
#include "fiscal/TechnicalEvents.h"

#include <QCoreApplication>
#include <QDateTime>

namespace caisse {

class Database;

/** A shift at the register: who opened it, for whom, and the float counted then. */
struct Shift
{
    qint64 id = 0;
    /** The operator it belongs to; empty for the whole team. */
    QString owner;
    QString openedBy;
    QDateTime openedAt;
    CashCount floatCount;
};

/** A payment method at a shift's close: what the register expected, and what was counted. */
struct MethodCount
{
    /** As the payments table names it ("cash", "card", "voucher", "other"). */
    QString method;
    qint64 expected = 0;
    qint64 counted = 0;
};

/** What the drawer of the open shift should hold, and how it came to: the close compares the count with it. */
struct ShiftExpectation
{
    Shift shift;
    qint64 cashSales = 0;
    qint64 cashIn = 0;
    qint64 cashOut = 0;
    /** Every method the shift was paid with, cash first, counted left at zero. */
    QList<MethodCount> methods;

    qint64 expectedCash() const { return shift.floatCount.total() + cashSales + cashIn - cashOut; }
};

/** A shift closed: what was expected and counted per method, and the difference. */
struct ClosedShift
{
    Shift shift;
    QList<MethodCount> methods;
    /** Counted minus expected, over every method: negative when money is missing. */
    qint64 overShort = 0;
    bool blind = false;
};

enum class CashMovementKind
{
    In,
    Out,
};

/**
 * The register's cash drawer over a day: shifts opened with a float counted by denomination and closed with the
 * drawer counted (expected against counted per payment method, the over or short stored), cash put in or taken out
 * with a reason, the drawer opened without a sale. Each is written with its technical event in one transaction
 * (migration 0022 keeps them from being changed afterwards). What is expected comes from the register's payments
 * since the shift opened, the tickets being the one source of what was sold.
 */
class CashDrawer
{
    Q_DECLARE_TR_FUNCTIONS(caisse::CashDrawer)

public:
    CashDrawer(Database& database, const Clock& clock, QString registerId, TechnicalEvents& events);

    /** The shift open at this register, if any. */
    Result<std::optional<Shift>> openShift();
    /** The drawer counted at the last shift's close: the float the next shift starts with. */
    Result<CashCount> carriedFloat();
    /**
     * Opens a shift with the float counted; owner names the operator it belongs to, empty for the whole team.
     * Refused while another is open at this register.
     */
    Result<Shift> open(const CashCount& floatCount, const QString& owner, const Operator& by);
    /** The open shift's expectation; NotFound when no shift is open. */
    Result<ShiftExpectation> expectation();
    /**
     * Closes the open shift with the drawer's cash counted, and what was counted of the other methods (a method not
     * named counts as expected: a card terminal's total is the register's). blind: the closer did not see what was
     * expected. Stored with its over or short, and journaled.
     */
    Result<ClosedShift> close(const CashCount& cash, const QMap<QString, qint64>& otherCounted, bool blind,
                              const Operator& by);
    /** Cash put in or taken out of the open shift's drawer, with its reason: a manager's (Permission::ManageCash). */
    Result<void> move(CashMovementKind kind, qint64 amount, const QString& reason, const Operator& by);
    /** The drawer opened without a sale, with its reason: a manager's (Permission::ManageCash). */
    Result<void> openWithoutSale(const QString& reason, const Operator& by);
    /** The drawer's part of a Z: floats, movements, openings and shifts closed since from. */
    Result<ClosureRecord::Cash> since(const QDateTime& from);

private:
    Result<void> journal(TechnicalEvents::Code code, const Operator& by, QJsonObject details);
    Result<void> insertMovement(const QString& kind, qint64 amount, const QString& reason, const Operator& by,
                                const QVariant& shiftId);

    Database& m_database;
    const Clock& m_clock;
    QString m_registerId;
    TechnicalEvents& m_events;
};

} // namespace caisse
