#pragma once

#include "base/Result.h"

#include <QString>

#include <optional>

namespace caisse {

enum class Role
{
    Cashier,
    Manager,
    Administrator,
};

/** What the core checks before doing something on someone's behalf; the screens only hide what is not allowed. */
enum class Permission
{
    Sell,
    Reprint,
    AbandonTicket,
    Refund,
    CloseDay,
    Archive,
    ChangeSettings,
    ManageOperators,
    /** A discount or a price cut above the limit the manager set for cashiers. */
    LargeDiscount,
    /** How the counter is set up for the cashiers: the discount limit, the quick keys. */
    SetUpCounter,
    /** Lifting the lock-out of an operator who typed too many wrong PINs. */
    UnlockOperator,
    /** Cash put in or taken out of the drawer, and the drawer opened without a sale. */
    ManageCash,
    /** Stock adjusted by hand with a reason, deliveries received, stocktakes. */
    ManageStock,
    /** The sales reports: what the shop sells, its margins and its stock's value. */
    ViewReports,
    /** Products created and changed at the register: names, prices, variants, barcodes. */
    ManageProducts,
};

QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString& key);

/** Someone logged in at the register, possibly with a manager's approval for one permission their role lacks. */
struct Operator
{
    QString name;
    Role role = Role::Cashier;
    /** Granted by approvedBy for this operation only (a manager override). */
    std::optional<Permission> approved;
    QString approvedBy;

    bool may(Permission permission) const;
    /** Forbidden when not allowed, with a sentence for the person at the counter. */
    Result<void> require(Permission permission) const;
    /** Who did it, as records keep it: "Camille", or "Camille / Dominique" when a manager approved. */
    QString signature() const;
};

/** The key under which a permission is journaled ("close_day"). */
QString permissionKey(Permission permission);

} // namespace caisse
