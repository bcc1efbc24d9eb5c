#pragma once

#include "base/Clock.h"
#include "mail/SmtpSender.h"

#include <QObject>
#include <QThread>

namespace caisse {

/**
 * Sends the queued e-mails (MailQueue) on a thread of its own with a database connection of its own, whenever the
 * shop's mail server answers: at start, when kicked (a receipt was queued) and every intervalMs. A message is marked
 * sent once the server accepted it; one the server did not take stays queued with the reason, for the next pass.
 */
class MailOutbox : public QObject
{
    Q_OBJECT

public:
    MailOutbox(QString databasePath, const Clock& clock, SmtpSettings settings, int intervalMs = 60'000,
               QObject* parent = nullptr);
    ~MailOutbox() override;

    void start();

public slots:
    void kick();

signals:
    /** After each pass: how many wait, and why the last one could not leave (empty when all went). */
    void passed(int waiting, const QString& problem);

private:
    QThread m_thread;
    QObject* m_runner = nullptr;
};

} // namespace caisse
