#pragma once

#include <QByteArray>
#include <QString>

namespace caisse {

/** Where the terminal listens and how long each step may take. */
struct CaisseApSettings
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8888;
    /** The till's number at the terminal (CA). */
    QByteArray tillNumber = "01";
    int connectTimeoutMs = 5'000;
    /** The customer inserts the card, types the PIN, the bank answers: three minutes, as terminals allow. */
    int answerTimeoutMs = 180'000;
};

} // namespace caisse
