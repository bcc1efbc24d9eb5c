#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

struct evp_pkey_st;

namespace caisse {

/**
 * A register's Ed25519 signing key (OpenSSL 3). Signatures are deterministic (RFC 8032), so the same record signed
 * twice gives the same bytes, and anyone holding the public key can check them.
 */
class Ed25519Key
{
    Q_DECLARE_TR_FUNCTIONS(caisse::Ed25519Key)

public:
    /** A new key from the system's random source. */
    static Result<Ed25519Key> generate();
    /** The key whose 32-byte private seed is given. */
    static Result<Ed25519Key> fromPrivateSeed(const QByteArray& seed);

    QByteArray publicKey() const;
    /** The 32-byte seed, to hand to the secret store; never to be written anywhere else. */
    QByteArray privateSeed() const;
    /** The 64-byte signature of message. */
    Result<QByteArray> sign(const QByteArray& message) const;
    /** True when signature is publicKey's signature of message. */
    static bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

private:
    struct Deleter
    {
        void operator()(evp_pkey_st* key) const;
    };
    explicit Ed25519Key(evp_pkey_st* key);

    std::shared_ptr<evp_pkey_st> m_key;
};

} // namespace caisse
