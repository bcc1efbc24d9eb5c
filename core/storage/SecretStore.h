#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QLoggingCategory>

#include <functional>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

namespace caisse {

class Database;

/**
 * Where the register keeps secrets (signing keys, API tokens): the system keychain through QtKeychain (Secret Service,
 * macOS Keychain, Windows Credential Manager); where there is none, encrypted at rest: AES-256-GCM, the ciphertext in
 * the database, the key that opens it in a file readable by this user only, outside the database (a copied database
 * alone does not give the secret away). Never in plain text, never logged.
 *
 * The keychain answers asynchronously (over D-Bus on Linux, up to seconds): its jobs run on a thread of their own, and
 * what was read or written is kept in memory, so that after start-up no read waits on the keychain and writes answer
 * later (write with a context); the GUI thread never runs a nested event loop for it.
 */
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(caisse::SecretStore)

public:
    enum class Backend
    {
        SystemKeychain,
        EncryptedFile,
    };

    /** The user's configuration folder for Caisse, where the fallback's key file lives for every Caisse program. */
    static QString defaultWrappingKeyDir();

    /** wrappingKeyDir: where the fallback's key file lives. */
    SecretStore(Database& database, QString wrappingKeyDir, Backend preferred = Backend::SystemKeychain);

    /**
     * NotFound when no secret has that name. The first read of a name may wait for the keychain's thread (start-up
     * reads every secret the register uses); later ones answer from memory.
     */
    Result<QByteArray> read(const QString& name);
    /** Waits for the keychain's thread: for start-up, before any window. */
    Result<void> write(const QString& name, const QByteArray& secret);
    /** done on context's thread once the secret is kept (or could not be); the caller does not wait. */
    void write(const QString& name, const QByteArray& secret, QObject* context,
               std::function<void(const Result<void>&)> done);
    /** The backend the last read or write used. */
    Backend backend() const { return m_backend; }

    /** What a keychain job ended with, on the keychain's thread. */
    struct KeychainAnswer
    {
        bool ok = false;
        bool notFound = false;
        QString message;
        QByteArray data;
    };

private:
    QFuture<KeychainAnswer> readKeychain(const QString& name);
    QFuture<KeychainAnswer> writeKeychain(const QString& name, const QByteArray& secret);
    /** On the caller's thread: where the keychain failed, the secret is encrypted at rest instead. */
    Result<void> kept(const QString& name, const QByteArray& secret, const KeychainAnswer& answer);
    Result<QByteArray> wrappingKey(bool create);
    Result<void> writeEncrypted(const QString& name, const QByteArray& secret);
    Result<QByteArray> readEncrypted(const QString& name);

    Database& m_database;
    QString m_wrappingKeyDir;
    Backend m_backend;
    /** Secrets read or written, and names known to have none (nullopt). */
    QHash<QString, std::optional<QByteArray>> m_known;
};

} // namespace caisse
