#include "sale/Payment.h"

#include <optional>

namespace caisse {

QString paymentMethodKey(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QStringLiteral("cash");
    case PaymentMethod::Card:
        return QStringLiteral("card");
    case PaymentMethod::Voucher:
        return QStringLiteral("voucher");
    case PaymentMethod::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<PaymentMethod> paymentMethodFromKey(const QString& key)
{
    for (const PaymentMethod method :
         {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Other, PaymentMethod::Voucher}) {
        if (paymentMethodKey(method) == key)
            return method;
    }
    return std::nullopt;
}

} // namespace caisse
