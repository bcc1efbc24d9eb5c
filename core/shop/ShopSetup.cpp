#include "shop/ShopSetup.h"

#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

namespace caisse {

Result<void> ShopSetup::check(const ShopSetupChoices& choices)
{
    if (choices.shop.name.trimmed().isEmpty())
        return failure(Error::Code::InvalidInput, tr("Type the shop's name: every receipt prints it."));
    static const QRegularExpression registerShape(QStringLiteral("^[A-Za-z0-9]{1,8}$"));
    if (!registerShape.match(choices.registerId).hasMatch())
        return failure(Error::Code::InvalidInput,
                       tr("The register's number is one to eight letters or digits, such as R01."));
    if (choices.administrator.trimmed().isEmpty())
        return failure(Error::Code::InvalidInput, tr("Type the administrator's name."));
    static const QRegularExpression pinShape(QStringLiteral("^\\d{4,8}$"));
    if (!pinShape.match(choices.pin).hasMatch())
        return failure(Error::Code::InvalidInput, tr("The PIN is four to eight digits."));
    return {};
}

Result<void> ShopSetup::applySettings(Database& database, const ShopSetupChoices& choices)
{
    if (auto checked = check(choices); !checked)
        return checked;
    auto transaction = Transaction::beginUnlessOpen(database);
    if (!transaction)
        return std::unexpected(transaction.error());
    Settings settings(database);
    ShopIdentity shop = choices.shop;
    if (shop.receiptFooter.isEmpty())
        shop.receiptFooter = choices.country.receiptFooter;
    for (auto written :
         {settings.setShop(shop), settings.setValue(QStringLiteral("register_id"), choices.registerId),
          settings.setValue(QStringLiteral("currency"), choices.country.currency),
          settings.setValue(QStringLiteral("cash_rounding_step"), QString::number(choices.country.cashRoundingStep)),
          settings.setValue(QStringLiteral("country"), choices.country.code),
          settings.setCountryVatRates(choices.country.vatRates)}) {
        if (!written)
            return written;
    }
    return *transaction ? (*transaction)->commit() : Result<void>();
}

Result<void> ShopSetup::createAdministrator(OperatorStore& operators, const ShopSetupChoices& choices)
{
    const Operator administrator {choices.administrator.trimmed(), Role::Administrator, std::nullopt, {}};
    return operators.save(administrator.name, administrator.role, choices.pin, administrator);
}

} // namespace caisse
