#include "sale/Ticket.h"

#include <QTest>

using namespace caisse;

namespace {

TicketLine article(qint64 variantId, qint64 priceMinor, qint32 rate = 20000)
{
    TicketLine line;
    line.variantId = variantId;
    line.sku = QStringLiteral("SKU-%1").arg(variantId);
    line.label = QStringLiteral("Article %1").arg(variantId);
    line.unitPriceMinor = priceMinor;
    line.vatRateMilliPercent = rate;
    return line;
}

} // namespace

class TestTicket : public QObject
{
    Q_OBJECT

private slots:
    void secondScanAddsToTheLine();
    void quantityAndDiscountRules();
    void cashGivesChange();
    void splitTender();
    void cardNeverGivesChange();
    void noEditAfterPaymentStarted();
    void cashRoundingOnlyOnCash();
    void parkedFormRoundTrips();
};

void TestTicket::secondScanAddsToTheLine()
{
    Ticket ticket;
    QCOMPARE(*ticket.addLine(article(1, 399)), 0);
    QCOMPARE(*ticket.addLine(article(1, 399)), 0);
    QCOMPARE(ticket.lines().first().quantityMilli, 2000);
    QCOMPARE(*ticket.addLine(article(2, 120)), 1);
    QCOMPARE(*ticket.addLine(article(1, 399)), 2);
    QCOMPARE(ticket.totals().totalMinor, 399 * 3 + 120);
}

void TestTicket::quantityAndDiscountRules()
{
    Ticket ticket;
    ticket.addLine(article(1, 500));
    QVERIFY(!ticket.setQuantity(0, 0));
    QVERIFY(!ticket.setQuantity(0, -1000));
    QVERIFY(!ticket.setQuantity(5, 1000));
    QVERIFY(ticket.setQuantity(0, 3000));
    QVERIFY(!ticket.setLineDiscount(0, Discount::amount(1501)));
    QVERIFY(!ticket.setLineDiscount(0, Discount::percent(100001)));
    QVERIFY(ticket.setLineDiscount(0, Discount::percent(10000)));
    QCOMPARE(ticket.totals().totalMinor, 1350);
    QVERIFY(!ticket.setTicketDiscount(Discount::amount(1351)));
    QVERIFY(ticket.setTicketDiscount(Discount::amount(350)));
    QCOMPARE(ticket.totals().totalMinor, 1000);
    TicketLine negative = article(2, 100);
    negative.quantityMilli = -1000;
    QVERIFY(!ticket.addLine(negative));
    QVERIFY(ticket.removeLine(0));
    QVERIFY(ticket.isEmpty());
}

void TestTicket::cashGivesChange()
{
    Ticket ticket;
    ticket.addLine(article(1, 1234));
    QVERIFY(!ticket.payCash(0));
    const auto payment = ticket.payCash(2000);
    QVERIFY(payment);
    QCOMPARE(payment->amountMinor, 1234);
    QCOMPARE(payment->changeMinor, 766);
    QVERIFY(ticket.isSettled());
    QVERIFY(!ticket.payCash(100));
}

void TestTicket::splitTender()
{
    Ticket ticket;
    ticket.addLine(article(1, 5000));
    QCOMPARE(ticket.payCash(2000)->changeMinor, 0);
    QCOMPARE(ticket.amountDueMinor(), 3000);
    QVERIFY(!ticket.isSettled());
    QVERIFY(ticket.payOther(PaymentMethod::Card, 3000, QStringLiteral("A1B2C3")));
    QVERIFY(ticket.isSettled());
    QCOMPARE(ticket.payments().size(), 2);
}

void TestTicket::cardNeverGivesChange()
{
    Ticket ticket;
    ticket.addLine(article(1, 5000));
    QVERIFY(!ticket.payOther(PaymentMethod::Card, 5001, {}));
    QVERIFY(!ticket.payOther(PaymentMethod::Card, -10, {}));
    QVERIFY(ticket.payOther(PaymentMethod::Card, 5000, {}));
}

void TestTicket::noEditAfterPaymentStarted()
{
    Ticket ticket;
    ticket.addLine(article(1, 5000));
    ticket.payCash(1000);
    QVERIFY(!ticket.addLine(article(2, 100)));
    QVERIFY(!ticket.removeLine(0));
    QVERIFY(!ticket.setQuantity(0, 2000));
    ticket.clearPayments();
    QVERIFY(ticket.addLine(article(2, 100)));
}

void TestTicket::cashRoundingOnlyOnCash()
{
    // A Swiss shop: 4.92 is paid 4.90 in cash, 4.92 by card.
    Ticket cash(Currency::fromCode(QStringLiteral("CHF")));
    cash.setCashRoundingStep(5);
    cash.addLine(article(1, 492, 8100));
    const auto payment = cash.payCash(1000);
    QCOMPARE(payment->amountMinor, 490);
    QCOMPARE(payment->changeMinor, 510);
    QCOMPARE(cash.cashRoundingMinor(), -2);
    QVERIFY(cash.isSettled());

    Ticket card(Currency::fromCode(QStringLiteral("CHF")));
    card.setCashRoundingStep(5);
    card.addLine(article(1, 492, 8100));
    QVERIFY(card.payOther(PaymentMethod::Card, 492, {}));
    QVERIFY(card.isSettled());
    QCOMPARE(card.cashRoundingMinor(), 0);
}

void TestTicket::parkedFormRoundTrips()
{
    Ticket ticket;
    ticket.addLine(article(1, 399, 5500));
    TicketLine weighed = article(2, 1290, 5500);
    weighed.quantityMilli = 347;
    weighed.soldByWeight = true;
    ticket.addLine(weighed);
    ticket.setLineDiscount(0, Discount::percent(15000));
    ticket.setTicketDiscount(Discount::amount(10));
    ticket.setCustomerRef(QStringLiteral("marie@example.fr"));
    const auto back = Ticket::fromJson(ticket.toJson());
    QVERIFY(back);
    QCOMPARE(back->lines(), ticket.lines());
    QCOMPARE(back->ticketDiscount(), ticket.ticketDiscount());
    QCOMPARE(back->customerRef(), ticket.customerRef());
    QCOMPARE(back->totals().totalMinor, ticket.totals().totalMinor);
    QVERIFY(!Ticket::fromJson(QJsonObject {{QStringLiteral("kind"), QStringLiteral("bogus")}}));
}

QTEST_GUILESS_MAIN(TestTicket)
#include "TestTicket.moc"
