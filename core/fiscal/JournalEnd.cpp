#include "fiscal/JournalEnd.h"

#include "fiscal/Ed25519Key.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcJournalEnd, "caisse.fiscal.end")

namespace caisse {

namespace {

const QString kSuffix = QStringLiteral(".end-");

/** Two connections (the counter's writer, the sync thread) may commit to the same chain at nearly the same time. */
QMutex& markerLock()
{
    static QMutex lock;
    return lock;
}

} // namespace

QString JournalEnd::pathFor(const QString& databasePath, const QString& chain)
{
    return databasePath + kSuffix + chain;
}

QByteArray JournalEnd::signedBytes() const
{
    return QByteArrayLiteral("caisse-journal-end\n") + chain.toUtf8() + '\n' + QByteArray::number(seq) + '\n'
        + hash.toLatin1();
}

Result<JournalEnd> JournalEnd::read(const QString& databasePath, const QString& chain)
{
    QFile file(pathFor(databasePath, chain));
    if (!file.exists())
        return failure(Error::Code::NotFound,
                       tr("The end marker of fiscal journal %1 (%2) is missing.").arg(chain, file.fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::Code::Storage,
                       tr("The end marker of fiscal journal %1 (%2) cannot be read: %3.")
                           .arg(chain, file.fileName(), file.errorString()));
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    JournalEnd end {object.value(QStringLiteral("chain")).toString(), object.value(QStringLiteral("seq")).toInteger(-1),
                    object.value(QStringLiteral("hash")).toString(),
                    QByteArray::fromBase64(object.value(QStringLiteral("sig")).toString().toLatin1())};
    if (end.chain != chain || end.seq < 0 || end.hash.size() != 64)
        return failure(Error::Code::Corrupt,
                       tr("The end marker of fiscal journal %1 (%2) is damaged.").arg(chain, file.fileName()));
    return end;
}

void JournalEnd::keep(const QString& databasePath, JournalEnd end, const Ed25519Key* key)
{
    if (key) {
        auto signature = key->sign(end.signedBytes());
        if (!signature) {
            qCWarning(lcJournalEnd) << "cannot sign the end of" << end.chain << signature.error().message;
            return;
        }
        end.signature = *signature;
    }
    const QMutexLocker locked(&markerLock());
    if (const auto kept = read(databasePath, end.chain); kept && kept->seq >= end.seq)
        return;
    QSaveFile file(pathFor(databasePath, end.chain));
    const QJsonObject object {{QStringLiteral("chain"), end.chain},
                              {QStringLiteral("seq"), end.seq},
                              {QStringLiteral("hash"), end.hash},
                              {QStringLiteral("sig"), QString::fromLatin1(end.signature.toBase64())}};
    // Readable by the register's user only, like the database it vouches for.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(QJsonDocument(object).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        // The sale is on disk already; the next commit writes the marker again, and a marker one step behind is fine.
        qCWarning(lcJournalEnd) << "cannot keep the end of" << end.chain << "at" << file.fileName()
                                << file.errorString();
}

Result<void> JournalEnd::retire(const QString& databasePath, const QString& chain)
{
    const QString path = pathFor(databasePath, chain);
    const QString aside = path + QStringLiteral(".retired-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmssZ"));
    if (QFile::exists(path) && !QFile::rename(path, aside))
        return failure(Error::Code::ReadOnly,
                       tr("The end marker of fiscal journal %1 (%2) cannot be moved aside.").arg(chain, path));
    return {};
}

QStringList JournalEnd::chainsBeside(const QString& databasePath)
{
    const QFileInfo database(databasePath);
    const QString prefix = database.fileName() + kSuffix;
    QStringList chains;
    for (const QString& name : database.dir().entryList({prefix + u'*'}, QDir::Files)) {
        if (!name.contains(QStringLiteral(".retired-")))
            chains.append(name.mid(prefix.size()));
    }
    return chains;
}

bool JournalEnd::signatureHolds(const QByteArray& publicKey) const
{
    if (publicKey.isEmpty())
        return signature.isEmpty();
    return Ed25519Key::verify(publicKey, signedBytes(), signature);
}

} // namespace caisse
