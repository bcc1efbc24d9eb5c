#pragma once

#include "access/AccessJournal.h"
#include "fiscal/Journal.h"

namespace caisse {

/**
 * The journal of technical events (JET): its own hash chain per register, "<register>-JET", signed with the
 * register's key, each record an EVENT with the code NF525 implementers use
 * (../shared/reference/fiscal/DESIGN.md, section JET). Codes above 1000 are ours, for events the list does not name.
 * A clock set back is not an event here: the chain it happens on records it itself (CLOCK_BACK).
 */
class TechnicalEvents final : public AccessJournal
{
public:
    enum class Code
    {
        PeriodArchive = 20,
        YearArchive = 30,
        PeriodClosing = 50,
        YearClosing = 60,
        StartupLogin = 80,
        IntegrityDefect = 90,
        RightsChange = 130,
        TicketCancellation = 190,
        SoftwareVersion = 250,
        SettingsChange = 270,
        TaxAudit = 280,
        LoginRefused = 1020,
        /** A discount or a price changed at the counter, with its reason and who approved it. */
        PriceChange = 1030,
        /** A shift opened with its float counted, or closed with the drawer counted and its over or short. */
        ShiftOpened = 1040,
        ShiftClosed = 1041,
        /** Cash put in or taken out of the drawer, with its reason. */
        CashMovement = 1042,
        /** The drawer opened without a sale, with its reason (the list names no code for it). */
        DrawerOpened = 1043,
    };

    TechnicalEvents(Database& database, const Clock& clock, const QString& registerId,
                    std::optional<Ed25519Key> key = std::nullopt);

    static QString chainOf(const QString& registerId) { return registerId + QStringLiteral("-JET"); }

    /** Appends an event inside the caller's transaction. */
    Result<JournalEntry> record(Code code, const QString& operatorName, const QJsonObject& details = {});
    /** Appends an event in a transaction of its own. */
    Result<JournalEntry> recordNow(Code code, const QString& operatorName, const QJsonObject& details = {});

    /**
     * At start-up: the start itself, and a new software version when it differs from the one the chain last saw.
     */
    Result<void> recordStartup(const QString& operatorName);

    /** Logins (80), refused PINs (1020) and changes of rights or approvals (130). */
    Result<void> recordAccess(Event event, const QString& operatorName, const QJsonObject& details = {}) override;

private:
    Database& m_database;
    const Clock& m_clock;
    Journal m_journal;
};

} // namespace caisse
