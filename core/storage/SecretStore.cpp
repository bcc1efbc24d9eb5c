#include "storage/SecretStore.h"

#include "storage/Database.h"
#include "storage/DatabaseWriter.h"
#include "storage/Settings.h"

#include <QDir>
#include <QFile>
#include <QPromise>
#include <QStandardPaths>
#include <QThread>
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

constexpr int kKeychainTimeoutMs = 10'000;

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

/**
 * A thread with its own event loop where keychain jobs are made, run and answered: the keychain's asynchronous
 * answers (D-Bus) arrive there, never in a nested loop of the caller's. One for the whole process: QtKeychain keeps
 * its job queue in an object of the thread that first used it, so that thread must outlive every job.
 */
class KeychainThread
{
public:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("keychain"));
        m_thread.start();
        m_context.moveToThread(&m_thread);
    }
    ~KeychainThread()
    {
        m_thread.quit();
        m_thread.wait();
    }

    /** makeJob runs on the keychain's thread; the job's answer, or a timeout, is the future's. */
    QFuture<SecretStore::KeychainAnswer> run(std::function<QKeychain::Job*(QObject* parent)> makeJob)
    {
        auto promise = std::make_shared<QPromise<SecretStore::KeychainAnswer>>();
        promise->start();
        QFuture<SecretStore::KeychainAnswer> future = promise->future();
        QMetaObject::invokeMethod(&m_context, [this, promise, makeJob = std::move(makeJob)] {
            QKeychain::Job* job = makeJob(&m_context);
            auto* timeout = new QTimer(job);
            timeout->setSingleShot(true);
            const auto answer = [promise, job](SecretStore::KeychainAnswer reply) {
                if (promise->future().isFinished())
                    return;
                promise->addResult(std::move(reply));
                promise->finish();
                job->deleteLater();
            };
            QObject::connect(job, &QKeychain::Job::finished, job, [job, answer] {
                const auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(job);
                answer({job->error() == QKeychain::NoError, job->error() == QKeychain::EntryNotFound,
                        job->errorString(), read ? read->binaryData() : QByteArray()});
            });
            QObject::connect(timeout, &QTimer::timeout, job, [answer] {
                answer({false, false, QStringLiteral("no answer from the keychain"), {}});
            });
            job->setAutoDelete(false);
            timeout->start(kKeychainTimeoutMs);
            job->start();
        });
        return future;
    }

private:
    QThread m_thread;
    QObject m_context;
};

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

Q_GLOBAL_STATIC(KeychainThread, g_keychain)

QFuture<SecretStore::KeychainAnswer> SecretStore::readKeychain(const QString& name)
{
    return g_keychain->run([name](QObject* parent) {
        auto* job = new QKeychain::ReadPasswordJob(kService, parent);
        job->setKey(name);
        return job;
    });
}

QFuture<SecretStore::KeychainAnswer> SecretStore::writeKeychain(const QString& name, const QByteArray& secret)
{
    return g_keychain->run([name, secret](QObject* parent) {
        auto* job = new QKeychain::WritePasswordJob(kService, parent);
        job->setKey(name);
        job->setBinaryData(secret);
        return job;
    });
}

Result<QByteArray> SecretStore::read(const QString& name)
{
    if (const auto known = m_known.constFind(name); known != m_known.cend()) {
        if (*known)
            return **known;
        return failure(Error::Code::NotFound, tr("No secret named %1 is stored.").arg(name));
    }
    if (!Settings(m_database).value(settingName(name)).isEmpty()) {
        m_backend = Backend::EncryptedFile;
        auto opened = readEncrypted(name);
        if (opened)
            m_known.insert(name, *opened);
        return opened;
    }
    if (m_backend == Backend::SystemKeychain) {
        const KeychainAnswer answer = readKeychain(name).result();
        if (answer.ok) {
            m_known.insert(name, answer.data);
            return answer.data;
        }
        // Unavailable is remembered as absent too: no later read waits for it. Writing the secret again keeps it,
        // encrypted at rest when the keychain still does not answer.
        if (!answer.notFound)
            qCInfo(lcSecrets) << "system keychain not available:" << answer.message;
    }
    m_known.insert(name, std::nullopt);
    return failure(Error::Code::NotFound, tr("No secret named %1 is stored.").arg(name));
}

Result<void> SecretStore::write(const QString& name, const QByteArray& secret)
{
    if (m_backend == Backend::SystemKeychain)
        return kept(name, secret, writeKeychain(name, secret).result());
    return kept(name, secret, {});
}

void SecretStore::write(const QString& name, const QByteArray& secret, QObject* context,
                        std::function<void(const Result<void>&)> done)
{
    if (m_backend != Backend::SystemKeychain) {
        done(kept(name, secret, {}));
        return;
    }
    DatabaseWriter::whenDone<KeychainAnswer>(writeKeychain(name, secret), context,
                                             [this, name, secret, done = std::move(done)](
                                                 const KeychainAnswer& answer) { done(kept(name, secret, answer)); });
}

Result<void> SecretStore::kept(const QString& name, const QByteArray& secret, const KeychainAnswer& answer)
{
    if (!answer.ok) {
        if (m_backend == Backend::SystemKeychain)
            qCInfo(lcSecrets) << "system keychain not available, keeping the secret encrypted at rest:"
                              << answer.message;
        m_backend = Backend::EncryptedFile;
        if (auto written = writeEncrypted(name, secret); !written)
            return written;
    }
    m_known.insert(name, secret);
    return {};
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
