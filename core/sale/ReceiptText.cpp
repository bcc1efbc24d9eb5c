#include "sale/ReceiptText.h"

#include "base/Money.h"
#include "base/MoneyFormat.h"
#include "base/Quantity.h"
#include "sale/Vouchers.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace caisse {

namespace {

QString centered(const QString& text)
{
    const qsizetype padding = (ReceiptText::kWidth - text.size()) / 2;
    return padding > 0 ? QString(padding, u' ') + text : text;
}

// Label on the left, amount on the right; a label too long for the line keeps its own line.
QString leftRight(const QString& left, const QString& right)
{
    const qsizetype gap = ReceiptText::kWidth - left.size() - right.size();
    if (gap >= 1)
        return left + QString(gap, u' ') + right;
    return left + u'\n' + right.rightJustified(ReceiptText::kWidth);
}

} // namespace

QString ReceiptText::paymentLabel(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return tr("Cash");
    case PaymentMethod::Card:
        return tr("Card");
    case PaymentMethod::Voucher:
        return tr("Voucher");
    case PaymentMethod::Other:
        break;
    }
    return tr("Other");
}

QString ReceiptText::renderClosure(const ClosureRecord& closure, const QString& registerId, const Currency& currency,
                                   const ShopIdentity& shop, const QLocale& locale, const JournalEnd& journalEnd,
                                   const QByteArray& publicKey, ClosurePaper paper)
{
    const auto money = [&](qint64 minor) {
        return MoneyFormat::format({minor, currency}, locale);
    };
    const QString rule(kWidth, u'-');
    QStringList out;
    out << centered(shop.name) << rule;
    if (paper == ClosurePaper::Report) {
        out << centered(tr("X REPORT %1").arg(closure.period));
        out << centered(tr("Not a closure: nothing is reset"));
    } else {
        out << centered(closure.number ? tr("Z No. %1 - CLOSURE %2").arg(*closure.number).arg(closure.period)
                                       : tr("CLOSURE %1").arg(closure.period));
        if (paper == ClosurePaper::Duplicate)
            out << centered(tr("DUPLICATA"));
    }
    out << leftRight(tr("Register"), registerId);
    out << leftRight(tr("Tickets"), QString::number(closure.tickets));
    if (closure.firstTicket && closure.lastTicket)
        out << leftRight(tr("Numbers"), tr("%1 to %2").arg(*closure.firstTicket).arg(*closure.lastTicket));
    out << leftRight(tr("Duplicates printed"), QString::number(closure.duplicatesPrinted));
    out << rule;
    for (const ClosureRecord::VatRow& row : closure.vat) {
        // Basis points (the reference vectors') are tenths of the thousandths of a percent the register uses.
        const auto rate = static_cast<qint32>(row.rateField == u"rate_bp" ? row.rate * 10 : row.rate);
        out << tr("VAT %1").arg(formatRate(rate, locale));
        out << leftRight(QStringLiteral("  ") + tr("Excl."), money(row.base));
        out << leftRight(QStringLiteral("  ") + tr("VAT"), money(row.vat));
        out << leftRight(QStringLiteral("  ") + tr("Incl."), money(row.total));
    }
    out << leftRight(tr("TOTAL"), money(closure.total));
    out << rule;
    for (const ClosureRecord::PaymentTotal& payment : closure.payments)
        out << leftRight(paymentLabel(paymentMethodFromKey(payment.method.toLower()).value_or(PaymentMethod::Other)),
                         money(payment.amount));
    out << rule;
    out << leftRight(tr("Refunds (%n ticket(s))", nullptr, static_cast<int>(closure.refundTickets)),
                     money(closure.refunds));
    out << leftRight(tr("Discounts given"), money(closure.discounts));
    if (closure.cash) {
        out << rule << tr("Cash drawer");
        out << leftRight(QStringLiteral("  ") + tr("Floats counted"), money(closure.cash->floats));
        out << leftRight(QStringLiteral("  ") + tr("Cash in"), money(closure.cash->cashIn));
        out << leftRight(QStringLiteral("  ") + tr("Cash out"), money(-closure.cash->cashOut));
        out << leftRight(QStringLiteral("  ") + tr("Drawer opened without a sale"),
                         QString::number(closure.cash->drawerOpenings));
        out << leftRight(QStringLiteral("  ") + tr("Shifts closed"), QString::number(closure.cash->shiftsClosed));
        out << leftRight(QStringLiteral("  ") + tr("Over (+) or short (-)"), money(closure.cash->overShort));
    }
    out << rule;
    out << leftRight(tr("Perpetual grand total"), money(closure.grandTotal));
    out << leftRight(tr("Grand total, absolute"), money(closure.grandTotalAbsolute));
    out << rule;
    if (paper == ClosurePaper::Report) {
        out << tr("Caisse %1").arg(QStringLiteral(CAISSE_VERSION));
        return out.join(u'\n') + u'\n';
    }
    out << tr("Journal %1, record %2").arg(registerId).arg(journalEnd.seq);
    // Hex in halves: a line of the roll holds 42 characters, a SHA-256 or a key 64.
    const auto halves = [&](const QString& label, const QString& hex) {
        out << label << hex.left(32) << hex.mid(32);
    };
    halves(tr("Hash:"), journalEnd.hash);
    halves(tr("Signing key:"), publicKey.isEmpty() ? tr("none") : QString::fromLatin1(publicKey.toHex()));
    out << tr("Caisse %1").arg(QStringLiteral(CAISSE_VERSION));
    return out.join(u'\n') + u'\n';
}

QString ReceiptText::render(const CommittedTicket& committed, const ShopIdentity& shop, const QLocale& locale,
                            int duplicate)
{
    const Ticket& ticket = committed.ticket;
    const TicketTotals& totals = committed.totals;
    const auto money = [&](qint64 minor) {
        return MoneyFormat::format({minor, ticket.currency()}, locale);
    };
    const QString rule(kWidth, u'-');
    const QString training = tr("TRAINING - NOT A VALID RECEIPT");
    QStringList out;
    if (committed.training)
        out << centered(training) << rule;

    for (const QString& line : {shop.name, shop.address})
        if (!line.isEmpty())
            out << centered(line);
    if (!shop.siret.isEmpty())
        out << centered(tr("SIRET %1").arg(shop.siret));
    if (!shop.vatNumber.isEmpty())
        out << centered(tr("VAT no. %1").arg(shop.vatNumber));
    out << rule;
    if (ticket.kind() == Ticket::Kind::Refund) {
        out << centered(tr("REFUND"));
        if (committed.correctsTicketNumber > 0)
            out << tr("This ticket corrects ticket no. %1").arg(committed.correctsTicketNumber);
    }
    out << leftRight(tr("Ticket %1").arg(committed.number), committed.registerId);
    out << locale.toString(committed.occurredAt.toLocalTime(), QLocale::ShortFormat);
    out << tr("Operator: %1").arg(committed.operatorName);
    out << rule;

    QList<qint32> rates;
    for (const VatRow& row : totals.vat)
        rates << row.rateMilliPercent;
    const auto codeOf = [&](qint32 rate) {
        return QChar(u'A' + static_cast<char16_t>(rates.indexOf(rate)));
    };

    for (qsizetype i = 0; i < ticket.lines().size(); ++i) {
        const TicketLine& line = ticket.lines()[i];
        const LineAmounts& amounts = totals.lines[i];
        out << line.label.left(kWidth);
        const QString quantity = line.soldByWeight
            ? tr("%1 kg x %2/kg").arg(formatQuantity(line.quantityMilli, locale), money(line.unitPriceMinor))
            : tr("%1 x %2").arg(formatQuantity(line.quantityMilli, locale), money(line.unitPriceMinor));
        out << leftRight(QStringLiteral("  ") + quantity,
                         money(amounts.grossMinor) + u' ' + codeOf(line.vatRateMilliPercent));
        if (amounts.lineDiscountMinor != 0)
            out << leftRight(QStringLiteral("  ") + tr("Discount"),
                             money(-amounts.lineDiscountMinor) + QStringLiteral("  "));
    }
    out << rule;
    if (totals.ticketDiscountMinor != 0)
        out << leftRight(tr("Ticket discount"), money(-totals.ticketDiscountMinor));
    out << leftRight(tr("TOTAL"), money(totals.totalMinor));
    if (ticket.cashRoundingMinor() != 0)
        out << leftRight(tr("Cash rounding"), money(ticket.cashRoundingMinor()));
    out << tr("%n article(s)", nullptr, static_cast<int>(ticket.lines().size()));
    out << QString();
    const auto vatColumns = [](const QString& rate, const QString& base, const QString& vat, const QString& total) {
        return QStringLiteral("%1 %2 %3 %4").arg(rate, 11).arg(base, 10).arg(vat, 9).arg(total, 9);
    };
    out << vatColumns(tr("VAT rate"), tr("Excl."), tr("VAT"), tr("Incl."));
    for (const VatRow& row : totals.vat) {
        out << vatColumns(QString(codeOf(row.rateMilliPercent)) + u' '
                              + formatRate(row.rateMilliPercent, locale).rightJustified(9),
                          MoneyFormat::formatAmount(row.baseMinor, ticket.currency(), locale),
                          MoneyFormat::formatAmount(row.vatMinor, ticket.currency(), locale),
                          MoneyFormat::formatAmount(row.totalMinor, ticket.currency(), locale));
    }
    out << leftRight(tr("Total excl. VAT"), money(totals.baseMinor));
    out << leftRight(tr("Total VAT"), money(totals.vatMinor));
    out << rule;
    for (const Payment& payment : ticket.payments()) {
        out << leftRight(paymentLabel(payment.method), money(payment.tenderedMinor));
        if (payment.method == PaymentMethod::Card && !payment.reference.isEmpty())
            out << QStringLiteral("  ") + tr("Authorisation %1").arg(payment.reference);
        if (payment.method == PaymentMethod::Voucher)
            out << QStringLiteral("  ") + Vouchers::readable(payment.reference);
        if (payment.changeMinor != 0)
            out << leftRight(tr("Change"), money(payment.changeMinor));
    }
    for (const Voucher& voucher : committed.vouchersIssued) {
        out << rule;
        out << leftRight(tr("VOUCHER"), money(voucher.balanceMinor));
        out << QStringLiteral("  ") + Vouchers::readable(voucher.code);
        out << QStringLiteral("  ")
                + tr("Valid until %1").arg(locale.toString(voucher.expiresOn, QLocale::ShortFormat));
    }
    // NF525's fiscal block: a reprint differs from the original by this mention only.
    out << rule;
    out << (duplicate > 0 ? tr("DUPLICATA %1").arg(duplicate) : tr("ORIGINAL"));
    out << tr("Caisse %1 - %n line(s)", nullptr, static_cast<int>(ticket.lines().size()))
               .arg(QStringLiteral(CAISSE_VERSION));
    const QByteArray proof = committed.journalSignature.isEmpty() ? committed.journalHash.toLatin1()
                                                                  : committed.journalSignature.toBase64();
    out << tr("Signature: %1").arg(QString::fromLatin1(proof.left(8)));
    if (!shop.receiptFooter.isEmpty()) {
        out << rule;
        out << centered(shop.receiptFooter);
    }
    if (committed.training)
        out << rule << centered(training);
    return out.join(u'\n') + u'\n';
}

QString ReceiptText::qrReference(const CommittedTicket& committed)
{
    return QStringLiteral("CAISSE:%1:%2:%3").arg(committed.registerId).arg(committed.number).arg(committed.uuid);
}

std::optional<QString> ReceiptText::ticketOfQrReference(const QString& scanned)
{
    static const QRegularExpression reference(
        QStringLiteral("^CAISSE:[^:]+:\\d+:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = reference.match(scanned.trimmed());
    return match.hasMatch() ? std::optional(match.captured(1).toLower()) : std::nullopt;
}

} // namespace caisse
