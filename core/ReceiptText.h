#pragma once

#include "SaleStore.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QLocale>

namespace caisse {

/**
 * The receipt of a committed ticket as plain text, the same the screen shows and a printer will print: shop identity,
 * lines with a VAT code letter, totals, the VAT table per rate, tenders and change.
 */
class ReceiptText
{
    Q_DECLARE_TR_FUNCTIONS(caisse::ReceiptText)

public:
    static constexpr int kWidth = 42;

    static QString render(const CommittedTicket& committed, const ShopIdentity& shop, const QLocale& locale);
};

} // namespace caisse
