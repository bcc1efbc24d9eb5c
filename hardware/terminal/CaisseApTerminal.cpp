#include "terminal/CaisseApTerminal.h"

#include "terminal/CaisseApMessage.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QTcpSocket>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCaisseAp, "caisse.terminal.caisseap")

namespace caisse {

namespace {

// The protocol identifier (CJ) the known Caisse-AP implementations send; the terminals check only its presence
// (unverified: the specification is not public).
constexpr char kProtocolId[] = "012345678901";

QString reasonOf(const QByteArray& code)
{
    if (code == caisse_ap::kRefused)
        return CaisseApTerminal::tr("refused by the card or the bank");
    if (code == caisse_ap::kForbidden)
        return CaisseApTerminal::tr("this card is not accepted here");
    if (code == caisse_ap::kBadRequest)
        return CaisseApTerminal::tr("the terminal did not understand the request");
    return CaisseApTerminal::tr("not done (code %1)").arg(QString::fromLatin1(code));
}

} // namespace

CaisseApTerminal::CaisseApTerminal(CaisseApSettings settings, QObject* parent)
    : PaymentTerminal(parent)
    , m_settings(std::move(settings))
    , m_socket(new QTcpSocket(this))
{
    m_timer.setSingleShot(true);
    connect(m_socket, &QTcpSocket::connected, this, &CaisseApTerminal::send);
    connect(m_socket, &QTcpSocket::readyRead, this, &CaisseApTerminal::read);
    connect(m_socket, &QTcpSocket::disconnected, this, &CaisseApTerminal::lost);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &CaisseApTerminal::lost);
    m_silence.setSingleShot(true);
    connect(&m_silence, &QTimer::timeout, this, &CaisseApTerminal::conclude);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // A terminal still busy with an earlier payment takes the connection and ignores the request.
        finish(m_sent ? PaymentOutcome::Status::Unknown : PaymentOutcome::Status::Unreachable,
               m_sent ? tr("the terminal did not answer: it may still be busy with an earlier payment. Finish or "
                           "cancel what its screen shows, then check on its last slip whether this payment went "
                           "through before asking again")
                      : tr("the terminal cannot be reached"));
    });
}

QString CaisseApTerminal::unsendable() const
{
    if (m_amount.currency.numericCode().size() != 3)
        return tr("the terminal cannot be asked in %1: the currency has no ISO number it knows")
            .arg(m_amount.currency.code());
    if (m_amount.minor < 0 || m_amount.minor > kLargestAmount)
        return tr("the amount does not fit the terminal's twelve digits");
    const QByteArray& till = m_settings.tillNumber;
    if (till.isEmpty() || till.size() > 2
        || !std::all_of(till.begin(), till.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return tr("the till number \"%1\" is not one or two digits: correct it in the terminal's settings")
            .arg(QString::fromLatin1(till));
    return {};
}

void CaisseApTerminal::startPayment(const Money& amount)
{
    start(amount, false);
}

void CaisseApTerminal::startRefund(const Money& amount)
{
    start(amount, true);
}

void CaisseApTerminal::start(const Money& amount, bool refund)
{
    if (m_busy) {
        qCWarning(lcCaisseAp) << "a request is already under way";
        return;
    }
    m_busy = true;
    m_sent = false;
    m_amount = amount;
    m_refund = refund;
    m_received.clear();
    if (const QString refused = unsendable(); !refused.isEmpty()) {
        // Answered once the caller is back from asking, as every outcome is.
        QMetaObject::invokeMethod(
            this, [this, refused] { finish(PaymentOutcome::Status::Unreachable, refused); }, Qt::QueuedConnection);
        return;
    }
    emit stepChanged(Step::Connecting);
    m_timer.start(m_settings.connectTimeoutMs);
    m_socket->connectToHost(m_settings.host, m_settings.port);
}

void CaisseApTerminal::send()
{
    if (!m_busy || m_sent)
        return;
    CaisseApMessage request;
    request.set("CZ", caisse_ap::kVersion);
    request.set("CJ", kProtocolId);
    request.set("CA", m_settings.tillNumber.rightJustified(2, '0'));
    request.set("CB", QByteArray::number(m_amount.minor).rightJustified(2, '0'));
    request.set("CD", m_refund ? "1" : "0");
    request.set("CE", m_amount.currency.numericCode().toLatin1());
    request.set("BA", "0");
    m_request = request.encode();
    m_socket->write(m_request);
    m_sent = true;
    m_timer.start(m_settings.answerTimeoutMs);
    emit stepChanged(Step::WaitingForCustomer);
}

void CaisseApTerminal::read()
{
    m_received += m_socket->readAll();
    auto [parsed, answer] = CaisseApMessage::parse(m_received);
    if (parsed == CaisseApMessage::Parsed::Invalid) {
        m_received.fill('\0');
        finish(PaymentOutcome::Status::Unknown, tr("the terminal's answer could not be read"));
        return;
    }
    if (parsed == CaisseApMessage::Parsed::Incomplete || !answer.contains("AE"))
        return;
    const bool done = answer.value("AE") == caisse_ap::kDone;
    bool whole = true;
    for (const char* tag : {"CA", "CD", "CE", done ? "CB" : "AF"})
        whole = whole && answer.contains(tag);
    if (done)
        whole = whole && answer.contains("AC") && answer.contains("AA");
    answer.wipe();
    if (whole)
        conclude();
    else
        m_silence.start(kSilenceMs);
}

void CaisseApTerminal::conclude()
{
    m_silence.stop();
    auto [parsed, answer] = CaisseApMessage::parse(m_received);
    m_received.fill('\0');
    if (parsed != CaisseApMessage::Parsed::Complete || !answer.contains("AE")) {
        answer.wipe();
        finish(PaymentOutcome::Status::Unknown, tr("the terminal's answer was cut short"));
        return;
    }
    const CaisseApMessage request = CaisseApMessage::parse(m_request).second;
    const QByteArray status = answer.value("AE");
    // An answer that does not repeat this request is another request's (an earlier one, another till's).
    for (const char* tag : {"CA", "CD", "CE"}) {
        if (answer.value(tag) != request.value(tag)) {
            answer.wipe();
            finish(PaymentOutcome::Status::Unknown,
                   tr("the terminal answered another request (its %1 is not this one's)").arg(QLatin1String(tag)));
            return;
        }
    }
    if (status == caisse_ap::kDone) {
        const QByteArray amount = answer.value("CB");
        if (amount.isEmpty() || amount.toLongLong() != m_amount.minor) {
            answer.wipe();
            finish(PaymentOutcome::Status::Unknown,
                   amount.isEmpty() ? tr("the terminal's approval does not say its amount")
                                    : tr("the terminal answered for another amount"));
            return;
        }
        const QString authorisationCode = QString::fromLatin1(answer.value("AC"));
        const QString lastFour = QString::fromLatin1(answer.value("AA").right(4));
        answer.wipe();
        finish(PaymentOutcome::Status::Approved, {}, authorisationCode, lastFour);
        return;
    }
    const QByteArray reason = answer.value("AF");
    answer.wipe();
    if (status != caisse_ap::kNotDone)
        finish(PaymentOutcome::Status::Unknown, tr("the terminal gave an unexpected answer"));
    else if (reason == caisse_ap::kAbandoned || reason == caisse_ap::kAbandonedAtTerminal)
        finish(PaymentOutcome::Status::Cancelled, tr("given up on the terminal"));
    else if (reason == caisse_ap::kCardTimeout)
        finish(PaymentOutcome::Status::TimedOut, tr("the card was not presented in time"));
    else
        finish(PaymentOutcome::Status::Declined, reasonOf(reason));
}

void CaisseApTerminal::lost()
{
    if (!m_busy)
        return;
    // A terminal that closes once it has answered: the answer is all there is.
    if (m_sent && m_received.contains("AE")) {
        m_received += m_socket->readAll();
        conclude();
        return;
    }
    // Lost before the request left: nothing was asked of the card. After: the terminal may have charged it.
    finish(m_sent ? PaymentOutcome::Status::Unknown : PaymentOutcome::Status::Unreachable,
           m_sent ? tr("the connection to the terminal was lost during the payment")
                  : tr("the terminal cannot be reached: %1").arg(m_socket->errorString()));
}

void CaisseApTerminal::cancel()
{
    if (m_busy && !m_sent)
        finish(PaymentOutcome::Status::Cancelled, tr("cancelled before the terminal was asked"));
}

void CaisseApTerminal::finish(PaymentOutcome::Status status, const QString& message, const QString& authorisationCode,
                              const QString& cardLastFour)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_timer.stop();
    m_silence.stop();
    m_socket->abort();
    const PaymentOutcome outcome {status, m_amount, authorisationCode, cardLastFour, message};
    qCInfo(lcCaisseAp) << "request ended" << static_cast<int>(status) << message;
    emit stepChanged(Step::Finished);
    emit finished(outcome);
}

} // namespace caisse
