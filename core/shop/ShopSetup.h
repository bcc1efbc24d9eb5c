#pragma once

#include "access/OperatorStore.h"
#include "shop/Country.h"
#include "storage/ShopIdentity.h"

#include <QCoreApplication>

namespace caisse {

class Database;

/** What the first-start assistant asked: the shop, its country, this register and its first administrator. */
struct ShopSetupChoices
{
    ShopIdentity shop;
    Country country;
    /** "R01": printed on receipts, and the name of the register's fiscal journal. */
    QString registerId;
    QString administrator;
    QString pin;
};

/**
 * A real shop's register set up on its first start, from the assistant's choices: the settings first (before the
 * journal begins, so that its genesis names the shop), then the first administrator once the journal can record it.
 * Every choice can be changed later by a manager; the fiscal ones only through FiscalSettings.
 */
class ShopSetup
{
    Q_DECLARE_TR_FUNCTIONS(caisse::ShopSetup)

public:
    /** Whether the choices can be applied, or the sentence that says what to fix. */
    static Result<void> check(const ShopSetupChoices& choices);
    /** The shop's settings, in one transaction (the caller's, if open); refused once the journal has begun. */
    static Result<void> applySettings(Database& database, const ShopSetupChoices& choices);
    /** The first administrator, with their PIN (hashed by the operator store). */
    static Result<void> createAdministrator(OperatorStore& operators, const ShopSetupChoices& choices);
};

} // namespace caisse
