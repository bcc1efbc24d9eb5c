#include "sale/CounterSession.h"

#include "base/Money.h"
#include "base/MoneyFormat.h"
#include "base/Quantity.h"
#include "base/Rounding.h"
#include "fiscal/FiscalArchive.h"
#include "fiscal/FiscalSettings.h"
#include "fiscal/JournalVerifier.h"
#include "mail/MailQueue.h"
#include "sale/CardSwipe.h"
#include "sale/LineForScan.h"
#include "sale/ReceiptText.h"
#include "sale/Vouchers.h"
#include "sale/WedgeScanDetector.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>

Q_LOGGING_CATEGORY(lcCounter, "caisse.counter")

namespace caisse {

CounterSession::CounterSession(Database& database, DatabaseWriter& writer, const Clock& clock, RegisterProfile profile,
                               PaymentTerminal& terminal, QLocale locale, Operator cashier,
                               std::optional<Ed25519Key> journalKey, SaleStore::Mode mode, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_writer(writer)
    , m_clock(clock)
    , m_settings(database)
    , m_profile(std::move(profile))
    , m_catalog(database)
    , m_cashier(std::move(cashier))
    , m_journalKey(std::move(journalKey))
    , m_mode(mode)
    , m_store(database, m_clock, m_profile.registerId, m_journalKey, mode)
    , m_saleWriter(writer, m_clock, m_profile.registerId, m_journalKey, mode)
    , m_operators(database, m_clock, m_store.technicalEvents())
    , m_printQueue(database, writer, m_clock)
    , m_parser(BarcodeParser::rulesOf(m_settings))
    , m_cardFlow(m_store, m_saleWriter, terminal)
    , m_locale(std::move(locale))
    , m_ticket(m_profile.currency)
    , m_cashDesk(database, m_saleWriter, m_clock, m_profile, m_locale,
                 m_journalKey ? m_journalKey->publicKey() : QByteArray(), mode == SaleStore::Mode::Live)
    , m_stockDesk(database, m_saleWriter, m_clock, m_profile.registerId)
{
    connect(&m_cashDesk, &CashDesk::info, this, &CounterSession::info);
    connect(&m_cashDesk, &CashDesk::error, this, &CounterSession::error);
    connect(&m_cashDesk, &CashDesk::shown, this, &CounterSession::receiptTextChanged);
    connect(&m_cashDesk, &CashDesk::drawerKickRequested, this, &CounterSession::drawerKickRequested);
    m_ticket.setCashRoundingStep(m_profile.cashRoundingStep);
    // After a restart the last ticket can still be reprinted; whether its original was printed is not known, so the
    // next print is a duplicate: an original is never printed twice.
    m_lastTicketUuid = m_store.lastTicketUuid().value_or(QString());
    m_lastOriginalPrinted = true;
    connect(&m_cardFlow, &CardPaymentFlow::stepChanged, this, [this](PaymentTerminal::Step step) {
        if (step == PaymentTerminal::Step::Connecting)
            info(tr("Connecting to the card terminal…"));
        else if (step == PaymentTerminal::Step::WaitingForCustomer)
            info(tr("Insert or tap the card on the terminal, then wait for the bank's answer."));
        emit ticketChanged();
    });
    connect(&m_cardFlow, &CardPaymentFlow::approved, this, [this] { info(tr("Card approved. Recording the sale…")); });
    connect(&m_cardFlow, &CardPaymentFlow::recorded, this, &CounterSession::showRecorded);
    connect(&m_cardFlow, &CardPaymentFlow::notCharged, this, [this](const PaymentOutcome& outcome) {
        error(tr("Card not charged: %1. Take the payment again or another way.").arg(outcome.message));
        emit ticketChanged();
    });
    connect(&m_cardFlow, &CardPaymentFlow::notRecorded, this, [this](const QString& message) {
        error(tr("The card payment is approved but the sale is NOT recorded: %1. Press \"Pay by card\" again once the "
                 "problem is solved: the card will not be charged again.")
                  .arg(message));
        emit ticketChanged();
    });
    connect(&m_cardFlow, &CardPaymentFlow::outcomeUnknown, this,
            [this](const QString& attemptId, const QString& reason) {
                emit chargeUnknown(attemptId, reason, amountOf(attemptId));
            });
}

CounterSession::Actions CounterSession::actions() const
{
    if (!m_integrityFault.isEmpty())
        return {.resumes = false};
    const bool card = m_cardFlow.busy();
    // A card payment under way or a sale being written: the ticket is not to be touched.
    const bool busy = card || m_recording;
    const bool empty = m_ticket.isEmpty();
    const bool paying = !m_ticket.payments().isEmpty();
    Actions actions;
    actions.pay = !empty && !busy;
    actions.removeLine = !empty && !paying && !busy;
    // A refund is recorded or cancelled, never put aside: its manager's approval is for now.
    actions.parkOrResume = !paying && !busy && m_ticket.kind() == Ticket::Kind::Sale;
    actions.resumes = empty;
    // A ticket partly paid can be given up too (the cash is handed back): the cashier is never stuck with it.
    actions.cancel = (!empty && !busy) || card;
    actions.cancelStopsCard = card;
    actions.printLastReceipt = !m_lastTicketUuid.isEmpty();
    actions.closeDay = empty && !busy;
    return actions;
}

QString CounterSession::summary(const Ticket& ticket) const
{
    return tr("%n article(s), %1", nullptr, static_cast<int>(ticket.lines().size()))
        .arg(formatMoney(ticket.totals().totalMinor));
}

QString CounterSession::formatMoney(qint64 minor) const
{
    return MoneyFormat::format({minor, m_ticket.currency()}, m_locale);
}

void CounterSession::closeOpenPeriods()
{
    if (m_mode != SaleStore::Mode::Live)
        return;
    m_saleWriter.run<Result<QList<ClosureRecord>>>(
        [](SaleStore& store) { return store.closing().closeOpenPeriodsNow(); }, this,
        [this](const Result<QList<ClosureRecord>>& closed) {
            if (!closed)
                error(closed.error().message);
            else if (!closed->isEmpty())
                info(tr("The day of %1 was left open; it was closed now.").arg(closed->first().period));
        });
}

bool CounterSession::settleCardPayments()
{
    const auto unsettled = m_cardFlow.unsettled();
    if (!unsettled) {
        error(unsettled.error().message);
        return false;
    }
    bool approvedNotRecorded = false;
    for (const CardAttempt& attempt : *unsettled) {
        if (attempt.state == CardAttempt::State::ApprovedNotRecorded)
            approvedNotRecorded = true;
        else
            emit chargeUnknown(attempt.id, tr("the register stopped during this card payment"), attempt.amount);
    }
    if (approvedNotRecorded)
        writeTicket<Result<QList<CommittedTicket>>>(
            [cashier = m_cashier](SaleStore& store) { return CardPaymentFlow::recordApproved(store, cashier); },
            [this](const Result<QList<CommittedTicket>>& recorded) {
                if (!recorded)
                    error(recorded.error().message);
                else
                    for (const CommittedTicket& committed : *recorded)
                        showRecorded(committed);
            });
    return !approvedNotRecorded;
}

namespace {

/** Whole pieces as a cashier types them: 1 to 9,999. */
std::optional<qint64> piecesOf(const QString& typed)
{
    bool isNumber = false;
    const qint64 pieces = typed.trimmed().toLongLong(&isNumber);
    return isNumber && pieces >= 1 && pieces <= 9'999 ? std::optional(pieces) : std::nullopt;
}

} // namespace

void CounterSession::setNextQuantity(const QString& typed)
{
    const auto pieces = piecesOf(typed);
    if (!pieces) {
        error(tr("Type a number of pieces from 1 to 9,999, then ×."));
        return;
    }
    m_nextQuantity = *pieces;
    emit ticketChanged();
    info(tr("× %1: scan the article.").arg(m_locale.toString(*pieces)));
}

void CounterSession::changeQuantity(int row, const QString& typed)
{
    if (m_recording || stoppedSelling())
        return;
    if (row < 0 || row >= m_ticket.lines().size()) {
        error(tr("Select the line, type its number of pieces, then press Quantity."));
        return;
    }
    const auto pieces = piecesOf(typed);
    if (!pieces) {
        error(tr("Type a number of pieces from 1 to 9,999, then press Quantity."));
        return;
    }
    if (m_ticket.lines().at(row).soldByWeight) {
        error(tr("%1 is sold by weight: its quantity is its label's weight.").arg(m_ticket.lines().at(row).label));
        return;
    }
    if (auto changed = m_ticket.setQuantity(row, *pieces * 1000); !changed) {
        error(changed.error().message);
        return;
    }
    emit ticketChanged();
    const TicketLine& line = m_ticket.lines().at(row);
    info(tr("%1 × %2").arg(m_locale.toString(*pieces), line.label));
    emit displayChanged(tr("%1 × %2").arg(m_locale.toString(*pieces), line.label),
                        formatMoney(*pieces * line.unitPriceMinor));
}

namespace {

const QString kDiscountLimitKey = QStringLiteral("discount_limit_milli_percent");
/** Seconds without input before the counter locks itself. */
const QString kLockAfterKey = QStringLiteral("lock_after_seconds");
/** The barcodes on the quick keys, separated by spaces, in the manager's order. */
const QString kQuickKeysKey = QStringLiteral("quick_keys");
constexpr qint32 kDefaultDiscountLimit = 10'000;

QString priceChangeKey(CounterSession::PriceChange change)
{
    switch (change) {
    case CounterSession::PriceChange::LineDiscount:
        return QStringLiteral("line_discount");
    case CounterSession::PriceChange::TicketDiscount:
        return QStringLiteral("ticket_discount");
    case CounterSession::PriceChange::LinePrice:
        return QStringLiteral("price");
    }
    return {};
}

/** What the line or the ticket was worth before any cut (at the catalog's prices), and after the change. */
std::pair<qint64, qint64> worthBeforeAndAfter(const Ticket& ticket, CounterSession::PriceChange change, int row)
{
    const TicketTotals totals = ticket.totals();
    if (change == CounterSession::PriceChange::TicketDiscount)
        return {totals.totalMinor + totals.ticketDiscountMinor, totals.totalMinor};
    const TicketLine& line = ticket.lines().at(row);
    const LineAmounts& amounts = totals.lines.at(row);
    const qint64 listGross = divideRounded(
        static_cast<Int128>(line.listPriceMinor.value_or(line.unitPriceMinor)) * line.quantityMilli, 1000);
    return {listGross, amounts.grossMinor - amounts.lineDiscountMinor};
}

} // namespace

Result<void> CounterSession::changePrice(PriceChange change, int row, const QString& typed, const QString& reason,
                                         const Operator& by)
{
    if (!m_integrityFault.isEmpty())
        return failure(Error::Code::BusinessRule, m_integrityFault);
    if (m_recording)
        return failure(Error::Code::BusinessRule, tr("The last sale is being recorded: try again in a moment."));
    const bool onLine = change != PriceChange::TicketDiscount;
    if (m_ticket.isEmpty() || (onLine && (row < 0 || row >= m_ticket.lines().size())))
        return failure(Error::Code::InvalidInput, onLine ? tr("Select the line first.") : tr("The ticket is empty."));
    if (reason.trimmed().isEmpty())
        return failure(Error::Code::InvalidInput, tr("Give the reason for the discount or the price."));
    Ticket changed = m_ticket;
    Result<void> applied;
    if (change == PriceChange::LinePrice) {
        const auto price = MoneyFormat::parse(typed, m_ticket.currency(), m_locale);
        if (!price)
            return failure(Error::Code::InvalidInput,
                           tr("Type the new price of one unit, such as %1.").arg(m_locale.toString(2.5, 'f', 2)));
        applied = changed.setUnitPrice(row, *price);
    } else {
        std::optional<Discount> discount;
        if (typed.trimmed().endsWith(u'%')) {
            if (const auto rate = parseRate(typed, m_locale))
                discount = Discount::percent(*rate);
        } else if (const auto amount = MoneyFormat::parse(typed, m_ticket.currency(), m_locale)) {
            discount = Discount::amount(*amount);
        }
        if (!discount)
            return failure(
                Error::Code::InvalidInput,
                tr("Type the discount as a percentage (10 %) or an amount (%1).").arg(m_locale.toString(1.5, 'f', 2)));
        applied = change == PriceChange::LineDiscount ? changed.setLineDiscount(row, *discount)
                                                      : changed.setTicketDiscount(*discount);
    }
    if (!applied)
        return applied;

    const auto [before, after] = worthBeforeAndAfter(changed, change, row);
    const qint64 cut = before > 0 ? divideRounded(static_cast<Int128>(before - after) * 100'000, before) : 0;
    if (cut > discountLimit() && !by.may(Permission::LargeDiscount))
        return failure(Error::Code::Forbidden,
                       tr("A cut of %1 is above the %2 a cashier gives alone: a manager approves it with their PIN.")
                           .arg(formatRate(static_cast<qint32>(cut), m_locale), formatRate(discountLimit(), m_locale)));
    m_ticket = changed;
    emit ticketChanged();
    const QString label = onLine ? m_ticket.lines().at(row).label : tr("Ticket");
    info(tr("%1: %2 instead of %3 (%4).").arg(label, formatMoney(after), formatMoney(before), reason.trimmed()));

    QJsonObject details {{QStringLiteral("change"), priceChangeKey(change)},
                         {QStringLiteral("before"), before},
                         {QStringLiteral("after"), after},
                         {QStringLiteral("reason"), reason.trimmed()}};
    if (onLine) {
        details.insert(QStringLiteral("sku"), m_ticket.lines().at(row).sku);
        details.insert(QStringLiteral("label"), label);
    }
    if (by.approved == Permission::LargeDiscount)
        details.insert(QStringLiteral("approved_by"), by.approvedBy);
    m_saleWriter.run<Result<JournalEntry>>(
        [name = by.name, details](SaleStore& store) {
            return store.technicalEvents().recordNow(TechnicalEvents::Code::PriceChange, name, details);
        },
        this,
        [this](const Result<JournalEntry>& recorded) {
            if (!recorded)
                error(tr("The price change could not be journaled: %1").arg(recorded.error().message));
        });
    return {};
}

qint32 CounterSession::discountLimit() const
{
    bool valid = false;
    const qint32 limit = m_settings.value(kDiscountLimitKey).toInt(&valid);
    return valid ? limit : kDefaultDiscountLimit;
}

void CounterSession::setDiscountLimit(const QString& typed, const Operator& by)
{
    if (auto allowed = by.require(Permission::SetUpCounter); !allowed) {
        error(allowed.error().message);
        return;
    }
    const auto limit = parseRate(typed, m_locale);
    if (!limit) {
        error(tr("Type the limit as a percentage from 0 to 100."));
        return;
    }
    m_saleWriter.run<Result<void>>(
        [limit = *limit, by, previous = discountLimit()](SaleStore& store) -> Result<void> {
            auto transaction = Transaction::begin(store.database());
            if (!transaction)
                return std::unexpected(transaction.error());
            if (auto written = Settings(store.database()).setValue(kDiscountLimitKey, QString::number(limit)); !written)
                return written;
            const QJsonObject details {{QStringLiteral("key"), kDiscountLimitKey},
                                       {QStringLiteral("from"), QString::number(previous)},
                                       {QStringLiteral("to"), QString::number(limit)}};
            if (auto recorded = store.technicalEvents().record(TechnicalEvents::Code::SettingsChange, by.name, details);
                !recorded)
                return std::unexpected(recorded.error());
            return transaction->commit();
        },
        this,
        [this, limit = *limit](const Result<void>& saved) {
            if (saved)
                info(tr("Cashiers give up to %1 off alone.").arg(formatRate(limit, m_locale)));
            else
                error(saved.error().message);
        });
}

void CounterSession::sellVoucher(const QString& typedAmount)
{
    if (m_recording || stoppedSelling())
        return;
    const auto amount = MoneyFormat::parse(typedAmount, m_ticket.currency(), m_locale);
    if (!amount || *amount <= 0) {
        error(tr("Type the gift card's amount in the scan field, then press Gift card."));
        return;
    }
    // One card per line: each has its own code.
    m_nextQuantity.reset();
    const QString code = Vouchers::newCode();
    TicketLine line;
    line.sku = Vouchers::lineSku(code);
    line.label = tr("Gift card %1").arg(Vouchers::readable(code));
    line.unitPriceMinor = *amount;
    addToTicket(line, true);
}

void CounterSession::payWithVoucher(const QString& code)
{
    if (m_recording || stoppedSelling())
        return;
    const QString shown = Vouchers::readable(code);
    const auto found = Vouchers(m_database).find(code);
    if (!found || !*found) {
        error(found ? tr("There is no voucher %1: it may have been sold on another register.").arg(shown)
                    : tr("The voucher cannot be read: %1").arg(found.error().message));
        emit scanRefused();
        return;
    }
    const Voucher& voucher = **found;
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    const QString expiry = m_locale.toString(voucher.expiresOn, QLocale::ShortFormat);
    if (voucher.currency != m_ticket.currency().code()) {
        error(tr("Voucher %1 is in %2: it cannot pay here.").arg(shown, voucher.currency));
        emit scanRefused();
        return;
    }
    if (today > voucher.expiresOn) {
        error(tr("Voucher %1 expired on %2.").arg(shown, expiry));
        emit scanRefused();
        return;
    }
    qint64 left = voucher.balanceMinor;
    for (const Payment& payment : m_ticket.payments())
        if (payment.method == PaymentMethod::Voucher && payment.reference == code)
            left -= payment.amountMinor;
    if (m_ticket.isEmpty() || m_ticket.kind() == Ticket::Kind::Refund) {
        info(tr("Voucher %1: %2 left, valid until %3.").arg(shown, formatMoney(left), expiry));
        return;
    }
    if (left <= 0) {
        error(tr("Voucher %1 is used up.").arg(shown));
        emit scanRefused();
        return;
    }
    const qint64 taken = std::min(left, m_ticket.amountDueMinor());
    if (auto paid = m_ticket.payOther(PaymentMethod::Voucher, taken, code); !paid) {
        error(paid.error().message);
        return;
    }
    emit ticketChanged();
    info(tr("Voucher %1: %2 taken, %3 left on it.").arg(shown, formatMoney(taken), formatMoney(left - taken)));
    if (m_ticket.isSettled())
        finishSale();
}

void CounterSession::refundToVoucher(const QString& typedAmount)
{
    if (m_recording || stoppedSelling())
        return;
    if (m_ticket.kind() != Ticket::Kind::Refund || m_ticket.isSettled()) {
        error(tr("Only a refund is given as a voucher."));
        return;
    }
    const qint64 left = -m_ticket.amountDueMinor();
    const auto typed = typedAmount.trimmed().isEmpty() ? Result<qint64>(left)
                                                       : MoneyFormat::parse(typedAmount, m_ticket.currency(), m_locale);
    if (!typed || *typed <= 0 || *typed > left) {
        error(tr("Type the voucher's amount, up to %1, or nothing for all of it.").arg(formatMoney(left)));
        return;
    }
    if (auto paid = m_ticket.payOther(PaymentMethod::Voucher, -*typed, Vouchers::newCode()); !paid) {
        error(paid.error().message);
        return;
    }
    emit ticketChanged();
    if (m_ticket.isSettled())
        finishSale();
    else
        info(tr("Voucher of %1. Still to give back: %2, in cash or to the card.")
                 .arg(formatMoney(*typed), formatMoney(-m_ticket.amountDueMinor())));
}

QList<std::pair<QString, QString>> CounterSession::quickKeys()
{
    QList<std::pair<QString, QString>> keys;
    for (const QString& code : m_settings.value(kQuickKeysKey).split(u' ', Qt::SkipEmptyParts)) {
        const auto key = BarcodeParser::lookupKeyOf(code);
        const auto item = key ? m_catalog.findByLookupKey(*key) : Result<CatalogItem>(std::unexpected(key.error()));
        if (item && !item->archived)
            keys.append({code, item->displayName()});
    }
    return keys;
}

void CounterSession::setQuickKeys(const QString& typed, const Operator& by)
{
    if (auto allowed = by.require(Permission::SetUpCounter); !allowed) {
        error(allowed.error().message);
        return;
    }
    const QStringList codes = typed.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString& code : codes) {
        const auto key = BarcodeParser::lookupKeyOf(code);
        if (!key || !m_catalog.findByLookupKey(*key)) {
            error(tr("%1 is no barcode of the catalog: the quick keys are unchanged.").arg(code));
            return;
        }
    }
    m_saleWriter.run<Result<void>>(
        [value = codes.join(u' ')](SaleStore& store) {
            return Settings(store.database()).setValue(kQuickKeysKey, value);
        },
        this,
        [this, count = codes.size()](const Result<void>& saved) {
            if (!saved) {
                error(saved.error().message);
                return;
            }
            info(tr("%n article(s) on the quick keys.", nullptr, static_cast<int>(count)));
            emit quickKeysChanged();
        });
}

QList<qint32> CounterSession::vatRates()
{
    QList<qint32> rates;
    QSqlQuery query(m_database.connection());
    if (auto ran = Database::run(
            query,
            // One index seek per rate (SQLite has no skip scan for DISTINCT on a partial index).
            QStringLiteral("WITH RECURSIVE rates(rate) AS (SELECT MIN(vat_rate_milli_percent) FROM products "
                           "WHERE archived = 0 UNION ALL SELECT (SELECT MIN(vat_rate_milli_percent) FROM "
                           "products WHERE archived = 0 AND vat_rate_milli_percent > rates.rate) FROM rates "
                           "WHERE rates.rate IS NOT NULL) SELECT rate FROM rates WHERE rate IS NOT NULL"),
            {});
        !ran) {
        error(ran.error().message);
        return rates;
    }
    while (query.next())
        rates.append(query.value(0).toInt());
    // The country's rates too: a shop whose catalog is still empty sells with them from its first day.
    for (const qint32 rate : m_settings.countryVatRates())
        if (!rates.contains(rate))
            rates.append(rate);
    std::sort(rates.begin(), rates.end());
    return rates;
}

QString CounterSession::miscellaneousLabel(qint32 vatMilliPercent) const
{
    return tr("Miscellaneous %1").arg(formatRate(vatMilliPercent, m_locale));
}

void CounterSession::addMiscellaneous(qint32 vatMilliPercent, const QString& typedPrice)
{
    if (m_recording || stoppedSelling())
        return;
    const auto price = MoneyFormat::parse(typedPrice, m_ticket.currency(), m_locale);
    if (!price || *price <= 0) {
        error(
            tr("Type the article's price in the scan field, then press %1.").arg(miscellaneousLabel(vatMilliPercent)));
        return;
    }
    TicketLine line;
    line.sku = QStringLiteral("MISC-%1").arg(vatMilliPercent);
    line.label = miscellaneousLabel(vatMilliPercent);
    line.unitPriceMinor = *price;
    line.vatRateMilliPercent = vatMilliPercent;
    addToTicket(line, true);
}

void CounterSession::scan(const QString& scanned)
{
    QString code = scanned;
    if (code.trimmed().isEmpty() || stoppedSelling())
        return;
    if (m_recording) {
        m_pendingScans.append(code);
        return;
    }
    // "12*3760001000016": the quantity typed before the scan, in the same field.
    static const QRegularExpression quantityAndCode(QStringLiteral("^\\s*(\\d{1,4})\\s*[*×xX]\\s*(\\S.*)$"));
    if (const auto match = quantityAndCode.match(code); match.hasMatch()) {
        const auto pieces = piecesOf(match.captured(1));
        if (!pieces) {
            setNextQuantity(match.captured(1));
            return;
        }
        m_nextQuantity = *pieces;
        code = match.captured(2);
    }
    if (const auto receipt = ReceiptText::ticketOfQrReference(code)) {
        if (!m_ticket.isEmpty()) {
            error(tr("That is a receipt: finish or put aside this ticket, then scan it again to take articles back."));
            emit scanRefused();
            return;
        }
        emit receiptScanned(*receipt);
        return;
    }
    const CardSwipe swipe = CardSwipe::classify(code, m_settings.value(QStringLiteral("shop_card_prefix")));
    if (swipe.kind == CardSwipe::Kind::BankCard) {
        // PCI DSS: card data is neither kept, nor logged, nor shown.
        code.fill(u'0');
        error(tr("This is a bank card: it goes in the payment terminal. Nothing of it was kept."));
        return;
    }
    if (swipe.kind == CardSwipe::Kind::ShopCard) {
        m_ticket.setCustomerRef(swipe.shopCardNumber);
        info(tr("Shop card %1 on this ticket.").arg(swipe.shopCardNumber));
        return;
    }
    if (m_cardFlow.busy()) {
        error(tr("Wait for the card payment to finish before changing the ticket."));
        return;
    }
    const auto digits = WedgeScanDetector::digitsFromAzertyRow(code);
    if (digits) {
        // A scanner set for a QWERTY keyboard types the digit row of a French one: read it, and say how to fix it.
        code = *digits;
        error(tr("The scanner is set for a QWERTY keyboard: scan the \"French keyboard (AZERTY)\" or \"USB HID\" setup "
                 "code of its manual. This scan was read as %1.")
                  .arg(code));
    }
    if (Vouchers::isCode(code)) {
        payWithVoucher(code);
        return;
    }
    const auto line = lineForScan(m_catalog, code, m_parser, m_ticket.currency());
    if (!line) {
        error(line.error().message);
        emit scanRefused();
        return;
    }
    addToTicket(*line, !digits);
}

QList<CatalogItem> CounterSession::search(const QString& text)
{
    const auto found = m_catalog.search(text);
    if (!found) {
        error(found.error().message);
        return {};
    }
    return *found;
}

void CounterSession::addFound(const CatalogItem& item)
{
    if (m_recording || stoppedSelling())
        return;
    if (m_cardFlow.busy()) {
        error(tr("Wait for the card payment to finish before changing the ticket."));
        return;
    }
    const auto line = lineForItem(item);
    if (!line) {
        error(line.error().message);
        return;
    }
    addToTicket(*line, true);
}

void CounterSession::addToTicket(TicketLine line, bool say)
{
    // The quantity typed waits for an article that takes it; a weighed one keeps its label's weight.
    const std::optional<qint64> pieces = std::exchange(m_nextQuantity, std::nullopt);
    const bool multiplied = pieces && !line.soldByWeight;
    if (multiplied)
        line.quantityMilli = *pieces * 1000;
    const auto added = m_ticket.addLine(line);
    if (!added) {
        error(added.error().message);
        emit ticketChanged();
        return;
    }
    m_toGiveBack.reset();
    emit ticketChanged();
    emit lineAdded(static_cast<int>(*added));
    const QString shown = multiplied ? tr("%1 × %2").arg(m_locale.toString(*pieces), line.label) : line.label;
    const qint64 amount = multiplied ? *pieces * line.unitPriceMinor : line.unitPriceMinor;
    if (pieces && !multiplied)
        error(tr("%1 is sold by weight: it keeps its label's weight, and × %2 was not applied.")
                  .arg(line.label, m_locale.toString(*pieces)));
    else if (say)
        info(tr("%1 — %2").arg(shown, formatMoney(amount)));
    emit displayChanged(shown, formatMoney(amount));
}

bool CounterSession::payCash(const QString& tendered)
{
    if (m_recording || stoppedSelling())
        return false;
    if (m_ticket.isSettled()) {
        finishSale();
        return true;
    }
    // Nothing typed: the customer hands over the exact amount, in coins that exist.
    qint64 amount = m_ticket.cashDueMinor();
    if (!tendered.trimmed().isEmpty()) {
        const auto parsed = MoneyFormat::parse(tendered, m_ticket.currency(), m_locale);
        if (!parsed) {
            error(parsed.error().message);
            return false;
        }
        amount = *parsed;
    }
    if (auto paid = m_ticket.payCash(amount); !paid) {
        error(paid.error().message);
        return false;
    }
    if (m_ticket.isSettled())
        finishSale();
    else
        emit ticketChanged();
    return true;
}

void CounterSession::payCard()
{
    if (m_recording || stoppedSelling())
        return;
    if (m_ticket.isSettled()) {
        finishSale();
        return;
    }
    // Card payments of an earlier ticket come first: an approved one not yet recorded, an unknown one to check.
    if (!settleCardPayments())
        return;
    if (auto started = m_cardFlow.pay(m_ticket, ticketOperator()); !started)
        error(started.error().message);
    emit ticketChanged();
}

void CounterSession::confirmCharge(const QString& attemptId, bool charged)
{
    writeTicket<Result<std::optional<CommittedTicket>>>(
        [attemptId, charged, by = ticketOperator()](SaleStore& store) {
            return CardPaymentFlow::confirm(store, attemptId, charged, {}, by);
        },
        [this](const Result<std::optional<CommittedTicket>>& confirmed) {
            if (!confirmed)
                error(confirmed.error().message);
            else if (*confirmed)
                showRecorded(**confirmed);
            else
                info(tr("Not charged: take the payment again."));
        });
}

void CounterSession::removeLine(int row)
{
    if (row < 0) {
        error(tr("Select the line to remove first."));
        return;
    }
    if (auto removed = m_ticket.removeLine(row); !removed)
        error(removed.error().message);
    emit ticketChanged();
}

void CounterSession::parkOrResume()
{
    if (m_recording)
        return;
    if (m_ticket.kind() == Ticket::Kind::Refund) {
        error(tr("A refund is not put aside: record it, or cancel it."));
        return;
    }
    if (!m_ticket.isEmpty()) {
        const QString label = summary(m_ticket);
        writeTicket<Result<qint64>>([ticket = m_ticket, label](SaleStore& store) { return store.park(ticket, label); },
                                    [this, label](const Result<qint64>& parked) {
                                        if (!parked) {
                                            error(parked.error().message);
                                            return;
                                        }
                                        startNewTicket();
                                        info(tr("Ticket put aside: %1.").arg(label));
                                    });
        return;
    }
    const auto parked = m_store.parkedTickets();
    if (!parked || parked->isEmpty()) {
        error(parked ? tr("No ticket is put aside.") : parked.error().message);
        return;
    }
    writeTicket<Result<Ticket>>([id = parked->last().id](SaleStore& store) { return store.resume(id); },
                                [this](const Result<Ticket>& resumed) {
                                    if (!resumed) {
                                        error(resumed.error().message);
                                        return;
                                    }
                                    m_ticket = *resumed;
                                    // Said from the ticket, not from the label kept when it was put aside: the
                                    // register's language may have changed since.
                                    info(tr("Ticket taken back: %1.").arg(summary(m_ticket)));
                                });
}

void CounterSession::cancel()
{
    if (m_recording)
        return;
    if (m_cardFlow.busy()) {
        m_cardFlow.cancel();
        if (m_cardFlow.busy())
            info(tr("The terminal has the payment: press its red key to stop it."));
        return;
    }
    // A card charged stays charged when the ticket is given up: the sale is finished instead, and refunded if need be.
    qint64 cashBack = 0;
    for (const Payment& payment : m_ticket.payments()) {
        if (payment.method != PaymentMethod::Cash) {
            error(tr("A card payment of %1 was approved on this ticket: take the rest to finish the sale, then refund "
                     "it if the customer does not want it.")
                      .arg(formatMoney(payment.amountMinor)));
            return;
        }
        cashBack += payment.amountMinor;
    }
    // Given up before it was paid: NF525 wants what was rung up journaled all the same.
    writeTicket<Result<void>>(
        [ticket = m_ticket, cashier = m_cashier](SaleStore& store) { return store.abandon(ticket, cashier); },
        [this, cashBack](const Result<void>& abandoned) {
            if (!abandoned) {
                error(abandoned.error().message);
                return;
            }
            startNewTicket(cashBack > 0 ? std::optional(cashBack) : std::nullopt);
            if (cashBack == 0) {
                info(tr("Ticket cancelled; it is kept in the fiscal journal."));
                return;
            }
            if (m_printerAttached) // the drawer opens through the receipt printer
                emit drawerKickRequested();
            info(tr("Ticket cancelled: give %1 back to the customer. It is kept in the fiscal journal, with the cash "
                    "handed back.")
                     .arg(formatMoney(cashBack)));
        });
}

QString CounterSession::cancelQuestion() const
{
    const qint64 paid = m_ticket.totals().totalMinor - m_ticket.amountDueMinor();
    const QString question = tr("Cancel this ticket (%1)? It is kept in the fiscal journal.").arg(summary(m_ticket));
    return paid > 0 ? question + u'\n' + tr("%1 already paid will be handed back.").arg(formatMoney(paid)) : question;
}

void CounterSession::attachCustomer(const QString& reference, const QString& firstName, const QString& lastName)
{
    m_ticket.setCustomerRef(reference);
    info(tr("Customer %1 %2 on this ticket.").arg(firstName, lastName));
}

void CounterSession::printLastReceipt()
{
    // Receipts print on the customer's request (French AGEC law): the first print is the original, later ones are
    // duplicates, each journaled and marked "DUPLICATA n".
    const bool duplicate = m_lastOriginalPrinted || !m_printerAttached;
    m_lastOriginalPrinted = true;
    printReceipt(m_lastTicketUuid, duplicate);
}

void CounterSession::emailReceipt(const QString& address)
{
    const auto recipient = MailQueue::checkAddress(address);
    if (!recipient) {
        error(recipient.error().message);
        return;
    }
    const auto committed = m_store.load(m_lastTicketUuid);
    const auto shop = shopForReceipt();
    if (!committed || !shop) {
        if (!committed)
            error(committed.error().message);
        return;
    }
    const QString subject = tr("Your receipt from %1, ticket %2").arg(shop->name).arg(committed->number);
    const QString body = ReceiptText::render(*committed, *shop, m_locale);
    m_saleWriter.run<Result<qint64>>(
        [uuid = m_lastTicketUuid, to = *recipient, subject, body, at = m_clock.nowUtc()](SaleStore& store) {
            return MailQueue(store.database()).queue(uuid, to, subject, body, at);
        },
        this,
        [this, to = *recipient](const Result<qint64>& queued) {
            if (!queued) {
                error(tr("The receipt is not queued for e-mail: %1").arg(queued.error().message));
                return;
            }
            info(tr("Receipt queued for %1: it leaves as soon as the mail server answers.").arg(to));
            emit mailQueued();
        });
}

void CounterSession::reprint(const QString& ticketUuid)
{
    if (ticketUuid == m_lastTicketUuid)
        printLastReceipt();
    else
        printReceipt(ticketUuid, true);
}

QList<TicketSummary> CounterSession::history(const QString& typed)
{
    const QString text = typed.trimmed();
    TicketQuery query;
    static const QRegularExpression number(QStringLiteral("^\\d{1,9}$"));
    static const QRegularExpression day(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}))?$"));
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    QDate from;
    if (text.isEmpty()) {
        from = today;
    } else if (number.match(text).hasMatch()) {
        query.number = text.toLongLong();
    } else if (const auto match = day.match(text); match.hasMatch()) {
        // Day first, as French, Belgian, Swiss and Quebec receipts write it.
        from = QDate(match.captured(3).isEmpty() ? today.year() : match.captured(3).toInt(), match.captured(2).toInt(),
                     match.captured(1).toInt());
        if (!from.isValid()) {
            error(tr("%1 is not a date.").arg(text));
            return {};
        }
    } else if (const auto amount = MoneyFormat::parse(text, m_ticket.currency(), m_locale); amount) {
        query.amountMinor = *amount;
    } else {
        query.customer = text;
    }
    if (from.isValid()) {
        query.from = from.startOfDay();
        query.until = from.addDays(1).startOfDay();
    }
    constexpr int kShown = 200;
    auto found = m_store.history(query, kShown);
    if (!found) {
        error(tr("The tickets cannot be read: %1").arg(found.error().message));
        return {};
    }
    return *found;
}

Result<CommittedTicket> CounterSession::committedTicket(const QString& ticketUuid)
{
    return m_store.load(ticketUuid);
}

qint64 CounterSession::returnableQuantity(const QString& ticketUuid, int lineNo)
{
    return m_store.refundableQuantityMilli(ticketUuid, lineNo).value_or(0);
}

Result<void> CounterSession::startRefund(const QString& ticketUuid, const QList<RefundRequest>& requests,
                                         const Operator& by)
{
    if (!m_integrityFault.isEmpty())
        return failure(Error::Code::BusinessRule, m_integrityFault);
    if (m_recording || !m_ticket.isEmpty())
        return failure(Error::Code::BusinessRule, tr("Finish or put aside the ticket under way first."));
    if (requests.isEmpty())
        return failure(Error::Code::InvalidInput, tr("Choose what is brought back: at least one article."));
    if (auto allowed = by.require(Permission::Refund); !allowed)
        return allowed;
    auto refund = m_store.prepareRefund(ticketUuid, requests);
    if (!refund)
        return std::unexpected(refund.error());
    m_ticket = *refund;
    m_refundBy = by;
    m_toGiveBack.reset();
    emit ticketChanged();
    const QString amount = formatMoney(-m_ticket.totals().totalMinor);
    info(tr("Refund of %1: give it back in cash or credit it to the card.").arg(amount));
    emit displayChanged(tr("Refund"), amount);
    return {};
}

void CounterSession::printReceipt(const QString& ticketUuid, bool duplicate)
{
    using Copy = std::pair<CommittedTicket, int>;
    m_saleWriter.run<Result<Copy>>(
        [uuid = ticketUuid, cashier = m_cashier, duplicate](SaleStore& store) -> Result<Copy> {
            const Result<int> copy = duplicate ? store.recordDuplicate(uuid, cashier) : Result<int>(0);
            if (!copy)
                return std::unexpected(copy.error());
            auto committed = store.load(uuid);
            if (!committed)
                return std::unexpected(committed.error());
            return Copy {*committed, *copy};
        },
        this,
        [this](const Result<Copy>& printed) {
            if (!printed) {
                error(printed.error().message);
                return;
            }
            const auto& [committed, copy] = *printed;
            if (const auto shop = shopForReceipt())
                emit receiptTextChanged(ReceiptText::render(committed, *shop, m_locale, copy));
            if (m_printerAttached)
                emit printRequested(committed, copy);
            info(copy > 0 ? tr("Duplicate %1 of ticket %2.").arg(copy).arg(committed.number)
                          : tr("Receipt of ticket %1 sent to the printer.").arg(committed.number));
        });
}

QList<OperatorStore::Member> CounterSession::staff()
{
    return m_operators.staff().value_or(QList<OperatorStore::Member>());
}

QFuture<Result<void>> CounterSession::saveOperator(const QString& name, Role role, const QString& pin,
                                                   const Operator& by)
{
    return m_saleWriter.run<Result<void>>([&clock = m_clock, name, role, pin, by](SaleStore& store) {
        return OperatorStore(store.database(), clock, store.technicalEvents()).save(name.trimmed(), role, pin, by);
    });
}

QFuture<Result<void>> CounterSession::setOperatorActive(const QString& name, bool active, const Operator& by)
{
    return m_saleWriter.run<Result<void>>([&clock = m_clock, name, active, by](SaleStore& store) {
        return OperatorStore(store.database(), clock, store.technicalEvents()).setActive(name, active, by);
    });
}

QList<Operator> CounterSession::operators()
{
    return m_operators.list().value_or(QList<Operator>());
}

QFuture<Result<Operator>> CounterSession::login(const QString& name, const QString& pin)
{
    return m_saleWriter.run<Result<Operator>>([&clock = m_clock, name, pin](SaleStore& store) {
        return OperatorStore(store.database(), clock, store.technicalEvents()).login(name, pin);
    });
}

Result<void> CounterSession::setCashier(const Operator& cashier)
{
    if (cashier.name != m_cashier.name && (!m_ticket.isEmpty() || m_recording))
        return failure(Error::Code::BusinessRule,
                       tr("%1 has a ticket under way: finish it or put it aside first.").arg(m_cashier.name));
    m_cashier = cashier;
    emit cashierChanged();
    info(tr("%1 is at the counter.").arg(cashier.name));
    return {};
}

int CounterSession::lockAfterSeconds() const
{
    constexpr int kDefaultSeconds = 5 * 60;
    bool set = false;
    const int seconds = m_settings.value(kLockAfterKey).toInt(&set);
    return set && seconds >= 0 ? seconds : kDefaultSeconds;
}

void CounterSession::setLockAfterMinutes(int minutes, const Operator& by)
{
    if (auto allowed = by.require(Permission::SetUpCounter); !allowed) {
        error(allowed.error().message);
        return;
    }
    m_saleWriter.run<Result<void>>(
        [seconds = std::max(0, minutes) * 60](SaleStore& store) {
            return Settings(store.database()).setValue(kLockAfterKey, QString::number(seconds));
        },
        this,
        [this, minutes](const Result<void>& saved) {
            if (!saved) {
                error(saved.error().message);
                return;
            }
            info(minutes > 0 ? tr("The counter locks itself after %n minute(s) without use.", nullptr, minutes)
                             : tr("The counter no longer locks itself."));
            emit lockTimeChanged();
        });
}

QList<Operator> CounterSession::approversOf(Permission permission)
{
    QList<Operator> approvers;
    for (const Operator& person : m_operators.list().value_or(QList<Operator>()))
        if (person.may(permission))
            approvers.append(person);
    return approvers;
}

QStringList CounterSession::lockedOutOperators()
{
    return m_operators.lockedOut().value_or(QStringList());
}

void CounterSession::unlockOperator(const QString& name, const Operator& by)
{
    m_saleWriter.run<Result<void>>(
        [&clock = m_clock, name, by](SaleStore& store) {
            return OperatorStore(store.database(), clock, store.technicalEvents()).unlock(name, by);
        },
        this,
        [this, name](const Result<void>& unlocked) {
            if (unlocked)
                info(tr("%1 may log in again.").arg(name));
            else
                error(unlocked.error().message);
        });
}

QFuture<Result<Operator>> CounterSession::approve(Permission permission, const QString& managerName,
                                                  const QString& managerPin)
{
    return m_saleWriter.run<Result<Operator>>(
        [&clock = m_clock, asking = m_cashier, permission, managerName, managerPin](SaleStore& store) {
            return OperatorStore(store.database(), clock, store.technicalEvents())
                .approve(asking, permission, managerName, managerPin);
        });
}

Result<void> CounterSession::changeShop(const ShopIdentity& shop, const Operator& by)
{
    if (auto allowed = by.require(Permission::ChangeSettings); !allowed)
        return allowed;
    if (shop.name.trimmed().isEmpty())
        return failure(Error::Code::InvalidInput, tr("Type the shop's name: every receipt prints it."));
    m_saleWriter.run<Result<void>>(
        [shop, by](SaleStore& store) -> Result<void> {
            FiscalSettings settings(store.database(), store.technicalEvents());
            for (const auto& [key, value] : Settings::shopSettings(shop))
                if (auto changed = settings.change(key, value.trimmed(), by); !changed)
                    return changed;
            return {};
        },
        this,
        [this](const Result<void>& changed) {
            if (changed)
                info(tr("The shop's details are changed; the next receipts print them, and the journal keeps the "
                        "change."));
            else
                error(changed.error().message);
        });
    return {};
}

QString CounterSession::lastMonth() const
{
    return m_clock.nowUtc().toLocalTime().date().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
}

void CounterSession::archive(const QString& period, const QString& folder, const Operator& by)
{
    if (!canArchive()) {
        error(tr("This register has no signing key: it cannot sign an archive."));
        return;
    }
    m_saleWriter.run<Result<QString>>(
        [&clock = m_clock, key = *m_journalKey, period, folder, by](SaleStore& store) {
            return FiscalArchive(store.database(), clock, store.chain(), store.technicalEvents(), key)
                .create(period, folder, by);
        },
        this,
        [this, period](const Result<QString>& written) {
            if (written)
                info(tr("Archive of %1 written to %2. Keep it six years, on two different media.")
                         .arg(period, *written));
            else
                error(written.error().message);
        });
}

void CounterSession::readAndCheck(bool wholeFile, std::function<void(const Result<JournalCheck>&)> done)
{
    auto promise = std::make_shared<QPromise<Result<JournalCheck>>>();
    promise->start();
    QThread* reader = QThread::create([promise, wholeFile, path = m_database.path()] {
        auto database = Database::open(path, Database::Access::ReadOnly);
        if (!database) {
            promise->addResult(std::unexpected(database.error()));
            promise->finish();
            return;
        }
        (*database)->stopWhenThreadInterrupted();
        JournalCheck check;
        if (wholeFile) {
            QSqlQuery query((*database)->connection());
            QStringList problems;
            if (auto ran = Database::exec(query, QStringLiteral("PRAGMA quick_check")); !ran)
                problems << ran.error().message;
            while (query.next() && problems.size() < 3) {
                if (query.value(0).toString() != QStringLiteral("ok"))
                    problems << query.value(0).toString();
            }
            if (!problems.isEmpty())
                check.faults << tr("The sales database is damaged (%1).").arg(problems.join(QStringLiteral("; ")));
        }
        const auto reports = JournalVerifier::verifyDatabase(**database, JournalVerifier::Signatures::Anchors);
        if (!reports) {
            promise->addResult(std::unexpected(reports.error()));
            promise->finish();
            return;
        }
        for (const ChainReport& report : *reports) {
            if (report.fault.isEmpty())
                check.intact
                    << tr("%1: %n record(s), intact.", nullptr, static_cast<int>(report.records)).arg(report.chain);
            else
                check.faults << report.fault;
        }
        promise->addResult(check);
        promise->finish();
    });
    connect(reader, &QThread::finished, reader, &QObject::deleteLater);
    m_readers.removeAll(nullptr);
    m_readers.append(reader);
    reader->start();
    DatabaseWriter::whenDone<Result<JournalCheck>>(promise->future(), this, std::move(done));
}

void CounterSession::verifyJournal(std::function<void(const Result<JournalCheck>&)> done)
{
    readAndCheck(false, [this, done = std::move(done)](const Result<JournalCheck>& check) {
        if (!check) {
            done(check);
            return;
        }
        // A check is itself an audit operation (280); what it finds wrong is an integrity defect (90).
        m_saleWriter.run<Result<JournalEntry>>(
            [operatorName = m_cashier.name, faults = check->faults](SaleStore& store) {
                return store.technicalEvents().recordNow(
                    faults.isEmpty() ? TechnicalEvents::Code::TaxAudit : TechnicalEvents::Code::IntegrityDefect,
                    operatorName, {{QStringLiteral("faults"), QJsonArray::fromStringList(faults)}});
            },
            this,
            [check = *check, done](const Result<JournalEntry>& recorded) mutable {
                if (!recorded)
                    check.faults << recorded.error().message;
                done(check);
            });
    });
}

void CounterSession::checkIntegrity()
{
    readAndCheck(true, [this](const Result<JournalCheck>& check) {
        const QStringList faults = check ? check->faults : QStringList {check.error().message};
        if (faults.isEmpty())
            return;
        m_integrityFault = tr("The register found a fault in its data and stops selling: %1 Keep its files as they "
                              "are and call support.")
                               .arg(faults.join(u' '));
        emit ticketChanged();
        error(m_integrityFault);
        m_saleWriter.run<Result<JournalEntry>>(
            [operatorName = m_cashier.name, faults](SaleStore& store) {
                return store.technicalEvents().recordNow(
                    TechnicalEvents::Code::IntegrityDefect, operatorName,
                    {{QStringLiteral("faults"), QJsonArray::fromStringList(faults)}});
            },
            this, [](const Result<JournalEntry>&) {});
    });
}

CounterSession::~CounterSession()
{
    for (const QPointer<QThread>& reader : std::as_const(m_readers)) {
        if (reader) {
            reader->requestInterruption();
            reader->wait();
        }
    }
}

bool CounterSession::stoppedSelling()
{
    if (m_integrityFault.isEmpty())
        return false;
    error(m_integrityFault);
    return true;
}

void CounterSession::finishSale()
{
    writeTicket<Result<CommittedTicket>>(
        [ticket = m_ticket, by = ticketOperator()](SaleStore& store) { return store.commit(ticket, by); },
        [this](const Result<CommittedTicket>& committed) {
            if (committed) {
                showRecorded(*committed);
                return;
            }
            // The ticket stays on screen, paid and not recorded: paying again retries the recording.
            qCWarning(lcCounter) << "commit failed:" << committed.error().message;
            error(tr("The sale is NOT recorded. %1").arg(committed.error().message));
        });
}

void CounterSession::showRecorded(const CommittedTicket& committed)
{
    qint64 change = 0;
    for (const Payment& payment : committed.ticket.payments())
        change += payment.changeMinor;
    if (const auto shop = shopForReceipt())
        emit receiptTextChanged(ReceiptText::render(committed, *shop, m_locale));
    m_lastTicketUuid = committed.uuid;
    m_lastOriginalPrinted = false;
    m_lastCustomerEmail = committed.ticket.customerRef().contains(u'@') ? committed.ticket.customerRef() : QString();
    const QList<Payment>& payments = committed.ticket.payments();
    if (m_printerAttached && std::any_of(payments.begin(), payments.end(), [](const Payment& payment) {
            return payment.method == PaymentMethod::Cash;
        }))
        emit drawerKickRequested();
    startNewTicket(change > 0 ? std::optional(change) : std::nullopt);
    info(change > 0 ? tr("Ticket %1 recorded. Change to give: %2").arg(committed.number).arg(formatMoney(change))
                    : tr("Ticket %1 recorded.").arg(committed.number));
    emit displayChanged(change > 0 ? tr("Change") : tr("Thank you!"),
                        formatMoney(change > 0 ? change : committed.ticket.totals().totalMinor));
    emit this->committed(committed);
}

Money CounterSession::amountOf(const QString& attemptId)
{
    for (const CardAttempt& attempt : m_cardFlow.unsettled().value_or(QList<CardAttempt>()))
        if (attempt.id == attemptId)
            return attempt.amount;
    return {m_ticket.amountDueMinor(), m_ticket.currency()};
}

std::optional<ShopIdentity> CounterSession::shopForReceipt()
{
    auto shop = m_settings.shop();
    if (!shop) {
        error(tr("The receipt cannot be shown: the shop's details cannot be read (%1).").arg(shop.error().message));
        return std::nullopt;
    }
    return *shop;
}

void CounterSession::startNewTicket(std::optional<qint64> toGiveBack)
{
    m_toGiveBack = toGiveBack;
    m_refundBy.reset();
    m_ticket = Ticket(m_profile.currency);
    m_ticket.setCashRoundingStep(m_profile.cashRoundingStep);
    emit ticketChanged();
}

} // namespace caisse
