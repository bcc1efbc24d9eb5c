#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

namespace caisse {

class Database;

/**
 * Where the register keeps secrets (signing keys, API tokens): the system keychain through QtKeychain (Secret Service,
 * macOS Keychain, Windows Credential Manager); where there is none, encrypted at rest: AES-256-GCM, the ciphertext in
 * the database, the key that opens it in a file readable by this user only, outside the database (a copied database
 * alone does not give the secret away). Never in plain text, never logged.
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

    /** NotFound when no secret has that name. */
    Result<QByteArray> read(const QString& name);
    Result<void> write(const QString& name, const QByteArray& secret);
    /** The backend the last read or write used. */
    Backend backend() const { return m_backend; }

private:
    Result<QByteArray> wrappingKey(bool create);
    Result<void> writeEncrypted(const QString& name, const QByteArray& secret);
    Result<QByteArray> readEncrypted(const QString& name);

    Database& m_database;
    QString m_wrappingKeyDir;
    Backend m_backend;
};

} // namespace caisse
