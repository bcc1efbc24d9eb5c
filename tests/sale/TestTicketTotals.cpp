#include "sale/TicketTotals.h"

#include <QTest>

using namespace caisse;

namespace {

TicketLine line(qint64 unitPriceMinor, qint64 quantityMilli, qint32 rateMilliPercent, Discount discount = {})
{
    TicketLine result;
    result.unitPriceMinor = unitPriceMinor;
    result.quantityMilli = quantityMilli;
    result.vatRateMilliPercent = rateMilliPercent;
    result.discount = discount;
    return result;
}

TicketLine refunded(qint64 totalMinor, qint32 rateMilliPercent)
{
    TicketLine result = line(-totalMinor, -1000, rateMilliPercent);
    result.fixedTotalMinor = totalMinor;
    return result;
}

QList<TicketLine> fr1Lines()
{
    return {line(399, 2000, 5500), line(1250, 1000, 20000), line(115, 3000, 10000), line(801, 1000, 20000),
            line(420, 1000, 2100)};
}

} // namespace

using VatTable = QList<VatRow>;
Q_DECLARE_METATYPE(QList<caisse::TicketLine>)
Q_DECLARE_METATYPE(caisse::Discount)
Q_DECLARE_METATYPE(VatTable)

class TestTicketTotals : public QObject
{
    Q_OBJECT

private slots:
    void vatPerRateOnTheTicketTotal_data();
    void vatPerRateOnTheTicketTotal();
    void ticketDiscountSharesAddUp();
};

void TestTicketTotals::vatPerRateOnTheTicketTotal_data()
{
    QTest::addColumn<QList<TicketLine>>("lines");
    QTest::addColumn<Discount>("ticketDiscount");
    QTest::addColumn<VatTable>("vat"); // rate, HT, TVA, TTC

    // French vectors of ../shared/reference/fiscal/DESIGN.md section 4.
    QTest::newRow("FR-1 mixed rates") << fr1Lines() << Discount {}
                                      << VatTable {{2100, 411, 9, 420},
                                                   {5500, 756, 42, 798},
                                                   {10000, 314, 31, 345},
                                                   {20000, 1709, 342, 2051}};
    QTest::newRow("FR-2 10 % ticket discount")
        << fr1Lines() << Discount::percent(10000)
        << VatTable {{2100, 370, 8, 378}, {5500, 681, 37, 718}, {10000, 283, 28, 311}, {20000, 1538, 308, 1846}};
    QTest::newRow("FR-3 5 euro ticket discount")
        << fr1Lines() << Discount::amount(500)
        << VatTable {{2100, 355, 7, 362}, {5500, 652, 36, 688}, {10000, 270, 27, 297}, {20000, 1472, 295, 1767}};
    QTest::newRow("FR-4 weight and line discount")
        << QList<TicketLine> {line(1290, 347, 5500), line(1999, 1000, 20000, Discount::percent(15000))} << Discount {}
        << VatTable {{5500, 425, 23, 448}, {20000, 1416, 283, 1699}};
    QTest::newRow("FR-7 refund mirrors the sale")
        << QList<TicketLine> {refunded(-801, 20000), refunded(-798, 5500)} << Discount {}
        << VatTable {{5500, -756, -42, -798}, {20000, -667, -134, -801}};
    QList<TicketLine> tenLines;
    for (int i = 0; i < 10; ++i)
        tenLines << line(99, 1000, 20000);
    QTest::newRow("FR-8 ten lines, VAT on the total") << tenLines << Discount {} << VatTable {{20000, 825, 165, 990}};

    // Pitfalls other registers fell into (DESIGN.md section 4, recomputed).
    QTest::newRow("odoo#45701 21 %") << QList<TicketLine> {line(1190, 1000, 21000), line(280, 1000, 21000)}
                                     << Discount {} << VatTable {{21000, 1215, 255, 1470}};
    QTest::newRow("odoo#2594 5 %") << QList<TicketLine> {line(110, 3000, 5000)} << Discount {}
                                   << VatTable {{5000, 314, 16, 330}};
    QTest::newRow("odoo#34842 HT+TVA=TTC")
        << QList<TicketLine> {line(801, 1000, 20000)} << Discount {} << VatTable {{20000, 667, 134, 801}};
    QTest::newRow("PR#230726 22 % and 10 %")
        << QList<TicketLine> {line(2890, 1000, 22000), line(125, 1000, 10000)} << Discount {}
        << VatTable {{10000, 114, 11, 125}, {22000, 2369, 521, 2890}};

    // Hand-checked tickets: 10.00 at 20 % holds 1.6667 of VAT; 11.00 at 10 % exactly 1.00; 10.55 at 5.5 % exactly
    // 0.55; 1.02 at 2.1 % holds 0.02098.
    QTest::newRow("20 %") << QList<TicketLine> {line(1000, 1000, 20000)} << Discount {}
                          << VatTable {{20000, 833, 167, 1000}};
    QTest::newRow("10 %") << QList<TicketLine> {line(1100, 1000, 10000)} << Discount {}
                          << VatTable {{10000, 1000, 100, 1100}};
    QTest::newRow("5.5 %") << QList<TicketLine> {line(1055, 1000, 5500)} << Discount {}
                           << VatTable {{5500, 1000, 55, 1055}};
    QTest::newRow("2.1 %") << QList<TicketLine> {line(102, 1000, 2100)} << Discount {}
                           << VatTable {{2100, 100, 2, 102}};
    // 2 x 5.00 - 1.50 = 8.50 at 20 %: VAT 1.4167.
    QTest::newRow("line discount amount") << QList<TicketLine> {line(500, 2000, 20000, Discount::amount(150))}
                                          << Discount {} << VatTable {{20000, 708, 142, 850}};
    // 10.00 at 20 % and 10.00 at 5.5 %, 2.00 off the ticket: 1.00 off each. 9.00 at 20 % holds 1.50; 9.00 at 5.5 %
    // holds 0.4692.
    QTest::newRow("mixed rates with ticket discount")
        << QList<TicketLine> {line(1000, 1000, 20000), line(1000, 1000, 5500)} << Discount::amount(200)
        << VatTable {{5500, 853, 47, 900}, {20000, 750, 150, 900}};
}

void TestTicketTotals::vatPerRateOnTheTicketTotal()
{
    QFETCH(QList<TicketLine>, lines);
    QFETCH(Discount, ticketDiscount);
    QFETCH(VatTable, vat);

    const TicketTotals totals = TicketTotals::compute(lines, ticketDiscount);
    QCOMPARE(totals.vat.size(), vat.size());
    qint64 base = 0, tax = 0, total = 0;
    for (qsizetype i = 0; i < vat.size(); ++i) {
        QCOMPARE(totals.vat[i].rateMilliPercent, vat[i].rateMilliPercent);
        QCOMPARE(totals.vat[i].baseMinor, vat[i].baseMinor);
        QCOMPARE(totals.vat[i].vatMinor, vat[i].vatMinor);
        QCOMPARE(totals.vat[i].totalMinor, vat[i].totalMinor);
        base += vat[i].baseMinor;
        tax += vat[i].vatMinor;
        total += vat[i].totalMinor;
    }
    QCOMPARE(totals.baseMinor, base);
    QCOMPARE(totals.vatMinor, tax);
    QCOMPARE(totals.totalMinor, total);
    QCOMPARE(totals.baseMinor + totals.vatMinor, totals.totalMinor);
}

void TestTicketTotals::ticketDiscountSharesAddUp()
{
    const TicketTotals totals = TicketTotals::compute(fr1Lines(), Discount::percent(10000));
    QCOMPARE(totals.ticketDiscountMinor, 361);
    QList<qint64> shares;
    for (const LineAmounts& amounts : totals.lines)
        shares << amounts.ticketDiscountShareMinor;
    QCOMPARE(shares, (QList<qint64> {80, 125, 34, 80, 42}));
    QCOMPARE(totals.totalMinor, 3253);
}

QTEST_GUILESS_MAIN(TestTicketTotals)
#include "TestTicketTotals.moc"
