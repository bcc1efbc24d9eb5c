#include "mail/MailOutbox.h"

#include "mail/MailQueue.h"
#include "storage/Database.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcMail, "caisse.mail")

namespace caisse {

namespace {

class Runner : public QObject
{
    Q_OBJECT

public:
    Runner(QString databasePath, const Clock& clock, SmtpSettings settings, int intervalMs)
        : m_databasePath(std::move(databasePath))
        , m_clock(clock)
        , m_settings(std::move(settings))
        , m_intervalMs(intervalMs)
    { }

    void begin()
    {
        auto database = Database::open(m_databasePath);
        if (!database) {
            emit passed(0, database.error().message);
            return;
        }
        m_database = std::move(*database);
        m_next = new QTimer(this);
        m_next->setSingleShot(true);
        connect(m_next, &QTimer::timeout, this, &Runner::pass);
        pass();
    }

    void kick()
    {
        if (m_next)
            m_next->start(0);
    }

signals:
    void passed(int waiting, const QString& problem);

private:
    void pass()
    {
        constexpr int kPerPass = 20;
        MailQueue queue(*m_database);
        QString problem;
        const auto waiting = queue.waiting(kPerPass);
        if (!waiting)
            problem = waiting.error().message;
        for (const QueuedMail& mail : waiting.value_or(QList<QueuedMail>())) {
            const auto sent = SmtpSender::send(m_settings, mail, m_clock.nowUtc());
            // The address is the customer's: the log names the message by its number only.
            if (sent) {
                qCInfo(lcMail) << "sent" << mail.id;
                if (auto marked = queue.markSent(mail.id, m_clock.nowUtc()); !marked)
                    problem = marked.error().message;
                continue;
            }
            qCWarning(lcMail) << "not sent" << mail.id << sent.error().message;
            problem = sent.error().message;
            (void)queue.markFailed(mail.id, problem);
            break; // the server is away: the others wait for the next pass
        }
        emit passed(static_cast<int>(queue.waiting(kPerPass).value_or(QList<QueuedMail>()).size()), problem);
        m_next->start(m_intervalMs);
    }

    QString m_databasePath;
    const Clock& m_clock;
    SmtpSettings m_settings;
    int m_intervalMs;
    std::unique_ptr<Database> m_database;
    QTimer* m_next = nullptr;
};

} // namespace

MailOutbox::MailOutbox(QString databasePath, const Clock& clock, SmtpSettings settings, int intervalMs, QObject* parent)
    : QObject(parent)
{
    auto* runner = new Runner(std::move(databasePath), clock, std::move(settings), intervalMs);
    runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, runner, &QObject::deleteLater);
    connect(runner, &Runner::passed, this, &MailOutbox::passed);
    m_runner = runner;
    m_thread.setObjectName(QStringLiteral("mail outbox"));
}

MailOutbox::~MailOutbox()
{
    m_thread.quit();
    m_thread.wait();
}

void MailOutbox::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(static_cast<Runner*>(m_runner), &Runner::begin, Qt::QueuedConnection);
}

void MailOutbox::kick()
{
    QMetaObject::invokeMethod(static_cast<Runner*>(m_runner), &Runner::kick, Qt::QueuedConnection);
}

} // namespace caisse

#include "MailOutbox.moc"
