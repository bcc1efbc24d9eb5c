#include "TerminalEmulator.h"

#include "terminal/CaisseApMessage.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcEmulator, "caisse.terminal.emulator")

namespace caisse {

TerminalEmulator::TerminalEmulator(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &TerminalEmulator::accept);
}

bool TerminalEmulator::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 TerminalEmulator::port() const
{
    return m_server->serverPort();
}

void TerminalEmulator::setScript(const QList<Behaviour>& script)
{
    m_script = script.isEmpty() ? QList<Behaviour> {Behaviour::Approve} : script;
}

std::optional<TerminalEmulator::Behaviour> TerminalEmulator::behaviourFromName(const QString& name)
{
    static const QList<std::pair<QString, Behaviour>> names {
        {QStringLiteral("approve"), Behaviour::Approve},
        {QStringLiteral("decline"), Behaviour::Decline},
        {QStringLiteral("abandon"), Behaviour::Abandon},
        {QStringLiteral("card-timeout"), Behaviour::CardTimeout},
        {QStringLiteral("forbid"), Behaviour::Forbid},
        {QStringLiteral("drop-on-connect"), Behaviour::DropOnConnect},
        {QStringLiteral("drop-before-charge"), Behaviour::DropBeforeCharge},
        {QStringLiteral("charge-then-drop"), Behaviour::ChargeThenDrop},
        {QStringLiteral("drop-mid-answer"), Behaviour::DropMidAnswer},
        {QStringLiteral("charge-then-silence"), Behaviour::ChargeThenSilence},
        {QStringLiteral("split-after-status"), Behaviour::SplitAfterStatus},
        {QStringLiteral("busy"), Behaviour::Busy},
    };
    for (const auto& [key, behaviour] : names) {
        if (key == name)
            return behaviour;
    }
    return std::nullopt;
}

TerminalEmulator::Behaviour TerminalEmulator::next()
{
    const Behaviour behaviour = m_script.first();
    if (m_script.size() > 1)
        m_script.removeFirst();
    return behaviour;
}

void TerminalEmulator::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (m_script.first() == Behaviour::DropOnConnect) {
            next();
            ++m_requests;
            socket->abort();
            socket->deleteLater();
            continue;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handle(socket); });
    }
}

void TerminalEmulator::handle(QTcpSocket* socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    auto [parsed, request] = CaisseApMessage::parse(buffer);
    if (parsed == CaisseApMessage::Parsed::Incomplete
        || (parsed == CaisseApMessage::Parsed::Complete && !request.contains("BA"))) {
        socket->setProperty("buffer", buffer);
        return;
    }
    socket->setProperty("buffer", QByteArray());
    const int number = ++m_requests;
    const Behaviour behaviour = next();
    CaisseApMessage answer = request;
    bool missing = parsed == CaisseApMessage::Parsed::Invalid;
    for (const char* tag : {"CZ", "CJ", "CA", "CB", "CD", "CE"})
        missing = missing || !request.contains(tag);
    // The widths the public Caisse-AP implementations hold to (akretion/caisse-ap-ip, caisse_ap_ip_client.py: till
    // "01", amount of at most 12 digits, currency as its 3-digit ISO 4217 number), kept here as refusals (AF 09).
    const auto digits = [&](const char* tag, qsizetype least, qsizetype most) {
        const QByteArray value = request.value(tag);
        return value.size() >= least && value.size() <= most
            && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    missing
        = missing || !digits("CA", 2, 2) || !digits("CB", 2, 12) || !digits("CE", 3, 3) || request.value("CE") == "000";
    const bool approves = behaviour == Behaviour::Approve || behaviour == Behaviour::DropMidAnswer
        || behaviour == Behaviour::SplitAfterStatus;
    const bool charges
        = !missing && (approves || behaviour == Behaviour::ChargeThenDrop || behaviour == Behaviour::ChargeThenSilence);
    const QByteArray authorisation = QByteArray::number(100000 + number * 7919 % 900000);
    if (charges)
        m_charges.append({request.value("CB").toLongLong(), request.value("CD") == "1", authorisation});
    qCInfo(lcEmulator) << "request" << number << "amount" << request.value("CB") << "behaviour"
                       << static_cast<int>(behaviour);
    if (behaviour == Behaviour::DropBeforeCharge || behaviour == Behaviour::ChargeThenDrop) {
        socket->abort();
        return;
    }
    if (behaviour == Behaviour::ChargeThenSilence || behaviour == Behaviour::Busy)
        return;
    if (missing) {
        answer.set("AE", caisse_ap::kNotDone);
        answer.set("AF", caisse_ap::kBadRequest);
    } else if (approves) {
        answer.set("AE", caisse_ap::kDone);
        answer.set("AC", authorisation);
        // The masked number a real terminal returns: first six and last four digits at most.
        answer.set("AA", "497010######" + QByteArray::number(1000 + number % 9000));
        answer.set("CC", "001");
    } else {
        answer.set("AE", caisse_ap::kNotDone);
        answer.set("AF",
                   behaviour == Behaviour::Decline       ? caisse_ap::kRefused
                       : behaviour == Behaviour::Abandon ? caisse_ap::kAbandoned
                       : behaviour == Behaviour::Forbid  ? caisse_ap::kForbidden
                                                         : caisse_ap::kCardTimeout);
    }
    for (const auto& [tag, value] : m_answerFields)
        answer.set(tag, value);
    QByteArray bytes = answer.encode();
    if (behaviour == Behaviour::DropMidAnswer)
        bytes.truncate(bytes.size() / 2);
    // The rest of the answer a moment later, long enough for the register to have read the first piece on its own.
    int delayMs = m_answerDelayMs;
    if (behaviour == Behaviour::SplitAfterStatus) {
        // CZ (always first) and AE: a piece that ends on a field boundary and holds the status alone.
        const auto field = [&](const QByteArray& tag) {
            return tag + QByteArray::number(answer.value(tag).size()).rightJustified(3, '0') + answer.value(tag);
        };
        const QByteArray head = field("CZ") + field("AE");
        bytes = bytes.mid(field("CZ").size()).replace(field("AE"), QByteArray());
        socket->write(head);
        socket->flush();
        delayMs = std::max(delayMs, 100);
    }
    QTimer::singleShot(delayMs, socket, [this, socket, bytes, behaviour, number] {
        socket->write(bytes);
        socket->flush();
        if (behaviour == Behaviour::DropMidAnswer)
            socket->disconnectFromHost();
        emit requestAnswered(number);
    });
}

} // namespace caisse
