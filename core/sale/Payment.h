#pragma once

#include <QString>

#include <optional>

namespace caisse {

enum class PaymentMethod
{
    Cash,
    Card,
    Other,
    /** A voucher or gift card of the shop (sale/Vouchers); the payment's reference is its code. */
    Voucher,
};

QString paymentMethodKey(PaymentMethod method);
std::optional<PaymentMethod> paymentMethodFromKey(const QString& key);

/** One tender of a ticket. On a refund amounts are negative: money given back. */
struct Payment
{
    PaymentMethod method = PaymentMethod::Cash;
    /** What this tender settles of the ticket. */
    qint64 amountMinor = 0;
    /** Cash handed over by the customer; change = tendered - amount. Equal to amount for other methods. */
    qint64 tenderedMinor = 0;
    qint64 changeMinor = 0;
    /** Authorisation code or voucher number; never a card number. */
    QString reference;
    /** The card terminal attempt that took this payment (core/CardPaymentFlow); a payment records it once only. */
    QString cardAttemptId;

    friend bool operator==(const Payment&, const Payment&) = default;
};

} // namespace caisse
