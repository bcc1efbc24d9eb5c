#include "access/Operator.h"

#include <QCoreApplication>

namespace caisse {

namespace {

bool roleAllows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::Sell:
    case Permission::Reprint:
    case Permission::AbandonTicket:
        return true;
    case Permission::Refund:
    case Permission::CloseDay:
    case Permission::Archive:
    case Permission::UnlockOperator:
    case Permission::LargeDiscount:
    case Permission::SetUpCounter:
    case Permission::ManageCash:
    case Permission::ManageStock:
    case Permission::ViewReports:
    case Permission::ManageProducts:
        return role != Role::Cashier;
    case Permission::ChangeSettings:
    case Permission::ManageOperators:
        return role == Role::Administrator;
    }
    return false;
}

} // namespace

QString permissionKey(Permission permission)
{
    switch (permission) {
    case Permission::Sell:
        return QStringLiteral("sell");
    case Permission::Reprint:
        return QStringLiteral("reprint");
    case Permission::AbandonTicket:
        return QStringLiteral("abandon_ticket");
    case Permission::Refund:
        return QStringLiteral("refund");
    case Permission::CloseDay:
        return QStringLiteral("close_day");
    case Permission::Archive:
        return QStringLiteral("archive");
    case Permission::ChangeSettings:
        return QStringLiteral("change_settings");
    case Permission::ManageOperators:
        return QStringLiteral("manage_operators");
    case Permission::UnlockOperator:
        return QStringLiteral("unlock_operator");
    case Permission::LargeDiscount:
        return QStringLiteral("large_discount");
    case Permission::SetUpCounter:
        return QStringLiteral("set_up_counter");
    case Permission::ManageCash:
        return QStringLiteral("manage_cash");
    case Permission::ManageStock:
        return QStringLiteral("manage_stock");
    case Permission::ViewReports:
        return QStringLiteral("view_reports");
    case Permission::ManageProducts:
        return QStringLiteral("manage_products");
    }
    return {};
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::Cashier:
        return QStringLiteral("cashier");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role role : {Role::Cashier, Role::Manager, Role::Administrator}) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString Operator::signature() const
{
    return approvedBy.isEmpty() ? name : name + QStringLiteral(" / ") + approvedBy;
}

bool Operator::may(Permission permission) const
{
    return roleAllows(role, permission) || approved == permission;
}

Result<void> Operator::require(Permission permission) const
{
    if (may(permission))
        return {};
    return failure(Error::Code::Forbidden,
                   QCoreApplication::translate("caisse::Operator",
                                               "%1 may not do this alone: a manager must approve it with their PIN.")
                       .arg(name));
}

} // namespace caisse
