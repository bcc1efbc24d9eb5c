#include "terminal/CaisseApTerminal.h"

#include "terminal/CaisseApMessage.h"

#include <QLoggingCategory>
#include <QTcpSocket>

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
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish(m_sent ? PaymentOutcome::Status::Unknown : PaymentOutcome::Status::Unreachable,
               m_sent ? tr("the terminal did not answer in time") : tr("the terminal cannot be reached"));
    });
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
    request.set("CA", m_settings.tillNumber);
    request.set("CB", QByteArray::number(m_amount.minor).rightJustified(2, '0'));
    request.set("CD", m_refund ? "1" : "0");
    request.set("CE", m_amount.currency.numericCode().toLatin1());
    request.set("BA", "0");
    m_socket->write(request.encode());
    m_sent = true;
    m_timer.start(m_settings.answerTimeoutMs);
    emit stepChanged(Step::WaitingForCustomer);
}

void CaisseApTerminal::read()
{
    m_received += m_socket->readAll();
    auto [parsed, answer] = CaisseApMessage::parse(m_received);
    if (parsed == CaisseApMessage::Parsed::Incomplete
        || (parsed == CaisseApMessage::Parsed::Complete && !answer.contains("AE")))
        return;
    m_received.fill('\0');
    if (parsed == CaisseApMessage::Parsed::Invalid) {
        finish(PaymentOutcome::Status::Unknown, tr("the terminal's answer could not be read"));
        return;
    }
    const QByteArray status = answer.value("AE");
    const QByteArray amount = answer.value("CB");
    if (status == caisse_ap::kDone && !amount.isEmpty() && amount.toLongLong() != m_amount.minor) {
        answer.wipe();
        finish(PaymentOutcome::Status::Unknown, tr("the terminal answered for another amount"));
        return;
    }
    if (status == caisse_ap::kDone) {
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
    else if (reason == caisse_ap::kAbandoned)
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
    m_socket->abort();
    const PaymentOutcome outcome {status, m_amount, authorisationCode, cardLastFour, message};
    qCInfo(lcCaisseAp) << "request ended" << static_cast<int>(status) << message;
    emit stepChanged(Step::Finished);
    emit finished(outcome);
}

} // namespace caisse
