#pragma once

#include "base/Result.h"
#include "mail/MailQueue.h"

#include <QUrl>

namespace caisse {

/** The shop's SMTP server, from the register's settings (the password from the keychain). */
struct SmtpSettings
{
    /** smtps://host:465 (TLS from the start) or smtp://host:587 (STARTTLS, required but on this very machine). */
    QUrl url;
    QString from;
    QString user;
    QString password;
};

/**
 * Sends one e-mail through the shop's SMTP server with libcurl (a well-kept client, rather than one written here):
 * UTF-8 text, its subject encoded as RFC 2047 asks. Blocks until the server accepted it or refused: run it off the GUI
 * thread (MailOutbox).
 */
class SmtpSender
{
    Q_DECLARE_TR_FUNCTIONS(caisse::SmtpSender)

public:
    static Result<void> send(const SmtpSettings& settings, const QueuedMail& mail, const QDateTime& date);
    /** The message as it goes on the wire (RFC 5322 headers, base64 body). */
    static QByteArray message(const SmtpSettings& settings, const QueuedMail& mail, const QDateTime& date);
};

} // namespace caisse
