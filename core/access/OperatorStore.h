#pragma once

#include "access/AccessJournal.h"
#include "access/Operator.h"
#include "base/Clock.h"

#include <QCoreApplication>
#include <QList>

namespace caisse {

class Database;

/**
 * The register's operators and their PINs. PINs are kept as salted scrypt hashes (OpenSSL), slow enough that a stolen
 * database does not give four-digit PINs away in seconds; every change of rights and every override is journaled as
 * a technical event (code 130).
 */
class OperatorStore
{
    Q_DECLARE_TR_FUNCTIONS(caisse::OperatorStore)

public:
    OperatorStore(Database& database, const Clock& clock, AccessJournal& journal);

    /** Someone of the staff, as the manager's list shows them. */
    struct Member
    {
        Operator person;
        bool active = true;
    };

    /**
     * Adds an operator or changes their role and PIN (an empty PIN keeps an existing operator's). by must be allowed to
     * manage operators, except for the first administrator of a register that has no operator yet.
     */
    Result<void> save(const QString& name, Role role, const QString& pin, const Operator& by);
    /**
     * Deactivates (or reactivates) name: a deactivated operator cannot log in nor approve, and their tickets keep their
     * name. Never oneself, nor the last active administrator. Journaled (130).
     */
    Result<void> setActive(const QString& name, bool active, const Operator& by);
    /** Everyone who ever worked at the register, active or not, by name. */
    Result<QList<Member>> staff();
    /**
     * The operator whose PIN this is; a wrong PIN is refused and journaled. After kFreeTries wrong PINs in a row, each
     * one makes the operator wait before the next is even checked (30 s, then twice as long each time); after
     * kLockAfter, the operator is locked out (journaled) until a manager unlocks them.
     */
    Result<Operator> login(const QString& name, const QString& pin);
    /** Lifts the lock-out and the wait of name; journaled. */
    Result<void> unlock(const QString& name, const Operator& by);
    /** The operators locked out or waiting after wrong PINs. */
    Result<QStringList> lockedOut();
    /**
     * The operator with permission granted for one operation by a manager who typed their PIN; journaled.
     */
    Result<Operator> approve(const Operator& asking, Permission permission, const QString& managerName,
                             const QString& managerPin);
    /** Those who may log in: the active operators. */
    Result<QList<Operator>> list();

    static constexpr int kFreeTries = 3;
    static constexpr int kLockAfter = 8;

    static QString hashPin(const QString& pin);
    static bool pinMatches(const QString& pin, const QString& stored);

private:
    Result<Operator> check(const QString& name, const QString& pin);
    /** Counts a wrong PIN of a known operator, in the caller's transaction: the refusal in words. */
    Result<Error> refuse(const QString& name, int failedBefore);

    Database& m_database;
    const Clock& m_clock;
    AccessJournal& m_journal;
};

} // namespace caisse
