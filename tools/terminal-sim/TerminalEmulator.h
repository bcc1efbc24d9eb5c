#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace caisse {

/**
 * A payment terminal speaking Caisse-AP over TCP, for tests, benchmarks and the demo store: it answers each request as
 * its script says, and keeps the bank's side of the story (what was really charged), so that a test can check the
 * customer was charged once.
 */
class TerminalEmulator : public QObject
{
    Q_OBJECT

public:
    enum class Behaviour
    {
        Approve,
        Decline,
        /** The customer gives up (red key). */
        Abandon,
        /** The card is not presented in time. */
        CardTimeout,
        /** This kind of card is not accepted. */
        Forbid,
        /** The connection is closed as soon as it opens: the request never arrives. */
        DropOnConnect,
        /** The request arrives, the connection is closed, nothing is charged. */
        DropBeforeCharge,
        /** The request arrives, the card is charged, the connection is closed before the answer. */
        ChargeThenDrop,
        /** The card is charged and half of the answer is sent before the connection is closed. */
        DropMidAnswer,
        /** The card is charged and no answer ever comes (a frozen terminal). */
        ChargeThenSilence,
        /**
         * Approved, the answer sent in two pieces a moment apart, cut right after its status: the first piece ends on
         * a field boundary, holds AE, and not yet the amount nor the authorisation.
         */
        SplitAfterStatus,
        /** Still busy with an earlier payment: takes the connection, reads the request, charges nothing, never answers.
         */
        Busy,
    };

    struct Charge
    {
        qint64 amountMinor = 0;
        bool refund = false;
        QByteArray authorisationCode;
    };

    explicit TerminalEmulator(QObject* parent = nullptr);

    /** Listens on 127.0.0.1; port 0 picks a free one. */
    bool listen(quint16 port = 0);
    quint16 port() const;
    /** One behaviour per request, in order; the last one goes on for the requests after. Approve by default. */
    void setScript(const QList<Behaviour>& script);
    void setAnswerDelayMs(int delay) { m_answerDelayMs = delay; }
    /** Every answer from now on says value for tag, whatever the request was (a terminal misbehaving). */
    void setAnswerField(const QByteArray& tag, const QByteArray& value) { m_answerFields.append({tag, value}); }
    /** What the bank saw: every charge and credit made. */
    const QList<Charge>& charges() const { return m_charges; }
    int requests() const { return m_requests; }

    static std::optional<Behaviour> behaviourFromName(const QString& name);

signals:
    void requestAnswered(int request);

private:
    void accept();
    void handle(QTcpSocket* socket);
    Behaviour next();

    QTcpServer* m_server;
    QList<Behaviour> m_script {Behaviour::Approve};
    QList<Charge> m_charges;
    int m_requests = 0;
    int m_answerDelayMs = 0;
    QList<std::pair<QByteArray, QByteArray>> m_answerFields;
};

} // namespace caisse
