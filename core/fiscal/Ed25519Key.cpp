#include "fiscal/Ed25519Key.h"

#include <openssl/evp.h>

namespace caisse {

namespace {

using DigestContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

QByteArray rawKey(const EVP_PKEY* key, int (*get)(const EVP_PKEY*, unsigned char*, size_t*))
{
    size_t length = 0;
    if (get(key, nullptr, &length) != 1)
        return {};
    QByteArray bytes(static_cast<qsizetype>(length), '\0');
    if (get(key, reinterpret_cast<unsigned char*>(bytes.data()), &length) != 1)
        return {};
    return bytes;
}

} // namespace

void Ed25519Key::Deleter::operator()(evp_pkey_st* key) const
{
    EVP_PKEY_free(key);
}

Ed25519Key::Ed25519Key(evp_pkey_st* key)
    : m_key(key, Deleter {})
{ }

Result<Ed25519Key> Ed25519Key::generate()
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!key)
        return failure(Error::Code::Storage, tr("No signing key could be made for the fiscal journal."));
    return Ed25519Key(key);
}

Result<Ed25519Key> Ed25519Key::fromPrivateSeed(const QByteArray& seed)
{
    EVP_PKEY* key = seed.size() == 32 ? EVP_PKEY_new_raw_private_key(
                        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(seed.constData()), 32)
                                      : nullptr;
    if (!key)
        return failure(Error::Code::Corrupt, tr("The fiscal journal's signing key is not a valid Ed25519 key."));
    return Ed25519Key(key);
}

QByteArray Ed25519Key::publicKey() const
{
    return rawKey(m_key.get(), EVP_PKEY_get_raw_public_key);
}

QByteArray Ed25519Key::privateSeed() const
{
    return rawKey(m_key.get(), EVP_PKEY_get_raw_private_key);
}

Result<QByteArray> Ed25519Key::sign(const QByteArray& message) const
{
    DigestContext context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    QByteArray signature(64, '\0');
    size_t length = 64;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, m_key.get()) != 1
        || EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                          reinterpret_cast<const unsigned char*>(message.constData()),
                          static_cast<size_t>(message.size()))
            != 1)
        return failure(Error::Code::Storage, tr("A fiscal record could not be signed."));
    return signature;
}

bool Ed25519Key::verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                    reinterpret_cast<const unsigned char*>(publicKey.constData()),
                                    static_cast<size_t>(publicKey.size())),
        EVP_PKEY_free);
    DigestContext context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    return key && context && EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) == 1
        && EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                            static_cast<size_t>(signature.size()),
                            reinterpret_cast<const unsigned char*>(message.constData()),
                            static_cast<size_t>(message.size()))
        == 1;
}

} // namespace caisse
