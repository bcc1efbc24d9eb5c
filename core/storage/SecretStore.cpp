#include "storage/SecretStore.h"

#include "storage/Database.h"
#include "storage/Settings.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <openssl/evp.h>
#include <openssl/rand.h>

Q_LOGGING_CATEGORY(lcSecrets, "caisse.secrets")

namespace caisse {

namespace {

const QString kService = QStringLiteral("caisse");
constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;

QString settingName(const QString& name)
{
    return QStringLiteral("secret:") + name;
}

// Runs a keychain job to its end; the keychain answers asynchronously, start-up needs the answer before going on.
bool runJob(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

auto bytes(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}

auto bytes(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}

} // namespace

QString SecretStore::defaultWrappingKeyDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("caisse"));
}

SecretStore::SecretStore(Database& database, QString wrappingKeyDir, Backend preferred)
    : m_database(database)
    , m_wrappingKeyDir(std::move(wrappingKeyDir))
    , m_backend(preferred)
{ }

Result<QByteArray> SecretStore::read(const QString& name)
{
    if (!Settings(m_database).value(settingName(name)).isEmpty()) {
        m_backend = Backend::EncryptedFile;
        return readEncrypted(name);
    }
    if (m_backend == Backend::SystemKeychain) {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(name);
        if (runJob(job))
            return job.binaryData();
        if (job.error() != QKeychain::EntryNotFound)
            qCInfo(lcSecrets) << "system keychain not available:" << job.errorString();
    }
    return failure(Error::Code::NotFound, tr("No secret named %1 is stored.").arg(name));
}

Result<void> SecretStore::write(const QString& name, const QByteArray& secret)
{
    if (m_backend == Backend::SystemKeychain) {
        QKeychain::WritePasswordJob job(kService);
        job.setKey(name);
        job.setBinaryData(secret);
        if (runJob(job))
            return {};
        qCInfo(lcSecrets) << "system keychain not available, keeping the secret encrypted at rest:"
                          << job.errorString();
        m_backend = Backend::EncryptedFile;
    }
    return writeEncrypted(name, secret);
}

Result<QByteArray> SecretStore::wrappingKey(bool create)
{
    const QString path = QDir(m_wrappingKeyDir).filePath(QStringLiteral("secrets.key"));
    if (!QFile::exists(path)) {
        if (!create)
            return failure(Error::Code::NotFound,
                           tr("The key file %1 is missing: the register's secrets cannot be opened. Restore it from "
                              "the backup of this computer's configuration.")
                               .arg(path));
        // Written whole under another name, then renamed, which never replaces: two registers starting together end
        // up with the same complete key file.
        QByteArray key(kKeyBytes, '\0');
        QFile temporary(path + QStringLiteral(".new-") + QString::number(QCoreApplication::applicationPid()));
        if (!QDir().mkpath(m_wrappingKeyDir) || RAND_bytes(bytes(key), kKeyBytes) != 1
            || !temporary.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || !temporary.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || temporary.write(key) != kKeyBytes || !temporary.flush())
            return failure(Error::Code::ReadOnly, tr("The key file %1 cannot be written.").arg(path));
        temporary.close();
        if (!temporary.rename(path))
            temporary.remove();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error::Code::ReadOnly, tr("The key file %1 cannot be read.").arg(path));
    const QByteArray key = file.readAll();
    if (key.size() != kKeyBytes)
        return failure(Error::Code::Corrupt,
                       tr("The key file %1 is damaged: the register's secrets cannot be opened.").arg(path));
    return key;
}

Result<void> SecretStore::writeEncrypted(const QString& name, const QByteArray& secret)
{
    const auto key = wrappingKey(true);
    if (!key)
        return std::unexpected(key.error());
    QByteArray nonce(kNonceBytes, '\0');
    QByteArray ciphertext(secret.size(), '\0');
    QByteArray tag(kTagBytes, '\0');
    CipherContext context(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int length = 0;
    int finalLength = 0;
    // The secret's name is authenticated with it, so a ciphertext moved to another name does not open.
    const QByteArray associated = name.toUtf8();
    if (RAND_bytes(bytes(nonce), kNonceBytes) != 1 || !context
        || EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(*key), bytes(nonce)) != 1
        || EVP_EncryptUpdate(context.get(), nullptr, &length, bytes(associated), static_cast<int>(associated.size()))
            != 1
        || EVP_EncryptUpdate(context.get(), bytes(ciphertext), &length, bytes(secret), static_cast<int>(secret.size()))
            != 1
        || EVP_EncryptFinal_ex(context.get(), bytes(ciphertext) + length, &finalLength) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag.data()) != 1)
        return failure(Error::Code::Storage, tr("A secret could not be encrypted."));
    return Settings(m_database).setValue(settingName(name), QString::fromLatin1((nonce + ciphertext + tag).toBase64()));
}

Result<QByteArray> SecretStore::readEncrypted(const QString& name)
{
    const QByteArray sealed = QByteArray::fromBase64(Settings(m_database).value(settingName(name)).toLatin1());
    if (sealed.size() < kNonceBytes + kTagBytes)
        return failure(Error::Code::Corrupt, tr("The stored secret %1 is damaged.").arg(name));
    const auto key = wrappingKey(false);
    if (!key)
        return std::unexpected(key.error());
    const QByteArray nonce = sealed.left(kNonceBytes);
    const QByteArray ciphertext = sealed.mid(kNonceBytes, sealed.size() - kNonceBytes - kTagBytes);
    QByteArray tag = sealed.right(kTagBytes);
    QByteArray plain(ciphertext.size(), '\0');
    CipherContext context(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int length = 0;
    int finalLength = 0;
    const QByteArray associated = name.toUtf8();
    if (!context || EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(*key), bytes(nonce)) != 1
        || EVP_DecryptUpdate(context.get(), nullptr, &length, bytes(associated), static_cast<int>(associated.size()))
            != 1
        || EVP_DecryptUpdate(context.get(), bytes(plain), &length, bytes(ciphertext),
                             static_cast<int>(ciphertext.size()))
            != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) != 1
        || EVP_DecryptFinal_ex(context.get(), bytes(plain) + length, &finalLength) != 1)
        return failure(Error::Code::Corrupt,
                       tr("The stored secret %1 does not open with this computer's key file: it was changed, or the "
                          "key file is not the one it was sealed with.")
                           .arg(name));
    return plain;
}

} // namespace caisse
