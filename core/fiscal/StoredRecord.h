#pragma once

#include <QByteArray>
#include <QString>

namespace caisse {

/** A journal record as stored: the exact bytes that were hashed, their hash and signature. */
struct StoredRecord
{
    qint64 seq = 0;
    QByteArray payload;
    QString hash;
    QByteArray signature;
};

} // namespace caisse
