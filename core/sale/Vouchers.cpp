#include "sale/Vouchers.h"

#include "base/Clock.h"
#include "base/Money.h"
#include "base/MoneyFormat.h"
#include "storage/Database.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace caisse {

namespace {

const QString kLinePrefix = QStringLiteral("VOUCHER-");
/**
 * "99", eleven random digits and a check digit: shorter than a card number (15 to 19 digits, which the counter refuses
 * as bank card data, sale/CardSwipe), longer than the EAN and UPC codes of articles.
 */
const QString kCodePrefix = QStringLiteral("99");
constexpr int kCodeLength = 14;

/** The Luhn check digit of digits (ISO/IEC 7812), as on payment and gift cards. */
int luhnDigit(QStringView digits)
{
    int sum = 0;
    bool doubled = true;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int digit = digits[i].digitValue();
        if (doubled) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
        doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
}

} // namespace

Vouchers::Vouchers(Database& database)
    : m_database(database)
{ }

QString Vouchers::newCode()
{
    QString digits = kCodePrefix;
    while (digits.size() < kCodeLength - 1)
        digits += QChar(u'0' + static_cast<char16_t>(QRandomGenerator::system()->bounded(10)));
    return digits + QChar(u'0' + static_cast<char16_t>(luhnDigit(digits)));
}

bool Vouchers::isCode(const QString& text)
{
    if (text.size() != kCodeLength || !text.startsWith(kCodePrefix)
        || !std::ranges::all_of(text, [](QChar c) { return c.isDigit(); }))
        return false;
    return luhnDigit(QStringView(text).left(kCodeLength - 1)) == text.back().digitValue();
}

QString Vouchers::readable(const QString& code)
{
    QStringList groups;
    for (qsizetype at = 0; at < code.size(); at += 4)
        groups << code.mid(at, 4);
    return groups.join(u' ');
}

QString Vouchers::lineSku(const QString& code)
{
    return kLinePrefix + code;
}

std::optional<QString> Vouchers::codeSoldBy(const TicketLine& line)
{
    if (!line.sku.startsWith(kLinePrefix))
        return std::nullopt;
    return line.sku.mid(kLinePrefix.size());
}

Result<std::optional<Voucher>> Vouchers::find(const QString& code)
{
    QSqlQuery query(m_database.connection());
    if (auto ran
        = Database::run(query,
                        QStringLiteral("SELECT v.currency, v.expires_on, (SELECT COALESCE(SUM(m.amount_minor), "
                                       "0) FROM voucher_movements m WHERE m.code = v.code) FROM vouchers v "
                                       "WHERE v.code = ?"),
                        {code});
        !ran)
        return std::unexpected(ran.error());
    if (!query.next())
        return std::optional<Voucher>();
    return Voucher {code, query.value(0).toString(), QDate::fromString(query.value(1).toString(), Qt::ISODate),
                    query.value(2).toLongLong()};
}

Result<QList<Voucher>> Vouchers::issuedBy(const QString& ticketUuid)
{
    QSqlQuery query(m_database.connection());
    if (auto ran
        = Database::run(query,
                        QStringLiteral("SELECT v.code, v.currency, v.expires_on, m.amount_minor FROM vouchers v JOIN "
                                       "voucher_movements m ON m.code = v.code AND m.ticket_uuid = v.ticket_uuid WHERE "
                                       "v.ticket_uuid = ? ORDER BY m.id"),
                        {ticketUuid});
        !ran)
        return std::unexpected(ran.error());
    QList<Voucher> issued;
    while (query.next())
        issued.append({query.value(0).toString(), query.value(1).toString(),
                       QDate::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toLongLong()});
    return issued;
}

bool Vouchers::issuesAny(const Ticket& ticket)
{
    return std::ranges::any_of(ticket.lines(), [](const TicketLine& line) { return codeSoldBy(line).has_value(); })
        || std::ranges::any_of(ticket.payments(), [](const Payment& payment) {
               return payment.method == PaymentMethod::Voucher && payment.amountMinor < 0;
           });
}

Result<QList<Voucher>> Vouchers::record(const CommittedTicket& committed, int validityMonths)
{
    const Ticket& ticket = committed.ticket;
    QList<Voucher> issued;
    const auto issuing = [&](const QString& code, qint64 amount) -> Result<void> {
        auto voucher = issue(code, amount, committed, validityMonths);
        if (!voucher)
            return std::unexpected(voucher.error());
        issued.append(*voucher);
        return {};
    };
    for (qsizetype i = 0; i < ticket.lines().size(); ++i) {
        const auto code = codeSoldBy(ticket.lines().at(i));
        if (!code)
            continue;
        // What the customer paid for it is what is on it; a refund of a gift card takes it back off.
        const qint64 amount = committed.totals.lines.at(i).totalMinor;
        auto recorded = ticket.kind() == Ticket::Kind::Sale ? issuing(*code, amount) : move(*code, amount, committed);
        if (!recorded)
            return std::unexpected(recorded.error());
    }
    for (const Payment& payment : ticket.payments()) {
        if (payment.method != PaymentMethod::Voucher)
            continue;
        // Paid with a voucher, its balance goes down; refunded as a voucher, a new one is issued.
        auto recorded = payment.amountMinor > 0 ? move(payment.reference, -payment.amountMinor, committed)
                                                : issuing(payment.reference, -payment.amountMinor);
        if (!recorded)
            return std::unexpected(recorded.error());
    }
    return issued;
}

Result<Voucher> Vouchers::issue(const QString& code, qint64 amountMinor, const CommittedTicket& committed,
                                int validityMonths)
{
    if (!isCode(code) || amountMinor <= 0)
        return failure(Error::Code::InvalidInput, tr("A voucher is issued for more than nothing, with a valid code."));
    const QDate expires = committed.occurredAt.toLocalTime().date().addMonths(validityMonths);
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(query,
                                 QStringLiteral("INSERT INTO vouchers(code, currency, issued_at, expires_on, "
                                                "ticket_uuid) VALUES(?, ?, ?, ?, ?)"),
                                 {code, committed.ticket.currency().code(), toStorageTime(committed.occurredAt),
                                  expires.toString(Qt::ISODate), committed.uuid});
        !ran)
        return std::unexpected(ran.error());
    if (auto moved = move(code, amountMinor, committed); !moved)
        return std::unexpected(moved.error());
    return Voucher {code, committed.ticket.currency().code(), expires, amountMinor};
}

Result<void> Vouchers::move(const QString& code, qint64 amountMinor, const CommittedTicket& committed)
{
    const auto voucher = find(code);
    if (!voucher)
        return std::unexpected(voucher.error());
    const QString shown = readable(code);
    if (!*voucher)
        return failure(Error::Code::NotFound, tr("There is no voucher %1.").arg(shown));
    const Voucher& found = **voucher;
    const Currency currency = committed.ticket.currency();
    if (found.currency != currency.code())
        return failure(Error::Code::BusinessRule, tr("Voucher %1 is in %2.").arg(shown, found.currency));
    if (amountMinor < 0 && committed.occurredAt.toLocalTime().date() > found.expiresOn)
        return failure(Error::Code::BusinessRule,
                       tr("Voucher %1 expired on %2.").arg(shown, QLocale().toString(found.expiresOn)));
    if (found.balanceMinor + amountMinor < 0)
        return failure(Error::Code::BusinessRule,
                       tr("Voucher %1 has only %2 left.")
                           .arg(shown, MoneyFormat::format({found.balanceMinor, currency}, QLocale())));
    QSqlQuery query(m_database.connection());
    return Database::run(query,
                         QStringLiteral("INSERT INTO voucher_movements(code, amount_minor, ticket_uuid, occurred_at) "
                                        "VALUES(?, ?, ?, ?)"),
                         {code, amountMinor, committed.uuid, toStorageTime(committed.occurredAt)});
}

} // namespace caisse
