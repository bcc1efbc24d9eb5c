#include "mail/SmtpSender.h"

#include <QHostAddress>
#include <QLocale>

#include <curl/curl.h>
#include <memory>

namespace caisse {

namespace {

struct Upload
{
    QByteArray bytes;
    qsizetype at = 0;
};

size_t readUpload(char* buffer, size_t size, size_t count, void* context)
{
    auto* upload = static_cast<Upload*>(context);
    const auto room = static_cast<qsizetype>(size * count);
    const qsizetype chunk = std::min(room, upload->bytes.size() - upload->at);
    std::memcpy(buffer, upload->bytes.constData() + upload->at, static_cast<size_t>(chunk));
    upload->at += chunk;
    return static_cast<size_t>(chunk);
}

/** Non-ASCII header text as an RFC 2047 encoded word. */
QByteArray headerText(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const bool ascii = std::ranges::all_of(utf8, [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    return ascii ? utf8 : "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

bool onThisMachine(const QUrl& url)
{
    const QString host = url.host();
    return host == u"localhost" || QHostAddress(host).isLoopback();
}

} // namespace

QByteArray SmtpSender::message(const SmtpSettings& settings, const QueuedMail& mail, const QDateTime& date)
{
    QByteArray out;
    // RFC 5322 dates are in English whatever the register's language.
    out += "Date: " + QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()
        + " +0000\r\n";
    out += "From: <" + settings.from.toUtf8() + ">\r\n";
    out += "To: <" + mail.recipient.toUtf8() + ">\r\n";
    out += "Subject: " + headerText(mail.subject) + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray body = mail.body.toUtf8().toBase64();
    for (qsizetype at = 0; at < body.size(); at += 76)
        out += body.mid(at, 76) + "\r\n";
    return out;
}

Result<void> SmtpSender::send(const SmtpSettings& settings, const QueuedMail& mail, const QDateTime& date)
{
    if (!settings.url.isValid() || (settings.url.scheme() != u"smtp" && settings.url.scheme() != u"smtps")
        || settings.from.isEmpty())
        return failure(Error::Code::InvalidInput,
                       tr("The shop's mail server is not set: give its address and the sender in the settings."));
    const std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl)
        return failure(Error::Code::Storage, tr("The mail client cannot start."));
    Upload upload {message(settings, mail, date)};
    const QByteArray url = settings.url.toEncoded();
    const QByteArray from = '<' + settings.from.toUtf8() + '>';
    const QByteArray to = '<' + mail.recipient.toUtf8() + '>';
    const QByteArray user = settings.user.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    const std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipients(
        curl_slist_append(nullptr, to.constData()), &curl_slist_free_all);
    CURL* handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, &readUpload);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, 60L);
    // Receipts carry what a customer bought: never in clear over a network. A relay on this very machine may be plain.
    curl_easy_setopt(handle, CURLOPT_USE_SSL,
                     static_cast<long>(onThisMachine(settings.url) ? CURLUSESSL_TRY : CURLUSESSL_ALL));
    if (!user.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, password.constData());
    }
    const CURLcode result = curl_easy_perform(handle);
    if (result != CURLE_OK)
        return failure(
            Error::Code::Storage,
            tr("The mail server did not take the e-mail: %1.").arg(QString::fromUtf8(curl_easy_strerror(result))));
    return {};
}

} // namespace caisse
