#pragma once

#include <QString>

namespace caisse {

/**
 * What a magnetic-stripe reader typed into the register, told apart by its track sentinels (ISO 7813: track 1
 * "%B…^…^…?", track 2 ";digits=digits?"). Only the shop's own cards (gift, loyalty) are used; bank card data is
 * refused and never kept, nor is a card number typed by hand (15 to 19 digits passing the Luhn check).
 */
struct CardSwipe
{
    enum class Kind
    {
        NotACard,
        /** One of the shop's own cards: its number starts with the shop's prefix. */
        ShopCard,
        /** A payment card: the text must be dropped at once. */
        BankCard,
    };
    Kind kind = Kind::NotACard;
    QString shopCardNumber;

    static CardSwipe classify(const QString& typed, const QString& shopCardPrefix);
};

} // namespace caisse
