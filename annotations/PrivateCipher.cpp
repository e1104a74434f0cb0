#include "annotations/PrivateCipher.h"

#include <sodium.h>

namespace coachtrack::annotations {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

const unsigned char* u8(const QByteArray& bytes)
{
    return reinterpret_cast<const unsigned char*>(bytes.constData());
}

} // namespace

PrivateKey::PrivateKey(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
}

PrivateKey::PrivateKey(const PrivateKey& other)
    : m_bytes(other.m_bytes.constData(), other.m_bytes.size()) // a copy of its own to wipe
{
}

PrivateKey& PrivateKey::operator=(const PrivateKey& other)
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = QByteArray(other.m_bytes.constData(), other.m_bytes.size());
    }
    return *this;
}

PrivateKey::~PrivateKey()
{
    wipe(m_bytes);
}

PrivateKey PrivateKey::generate()
{
    return PrivateKey(randomBytes(kBytes));
}

std::optional<PrivateKey> PrivateKey::fromBytes(const QByteArray& bytes)
{
    if (bytes.size() != kBytes)
        return std::nullopt;
    return PrivateKey(QByteArray(bytes.constData(), bytes.size()));
}

QByteArray randomBytes(int count)
{
    sodiumReady();
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(count));
    return bytes;
}

QByteArray seal(const PrivateKey& key, const QByteArray& plain, const QByteArray& context)
{
    sodiumReady();
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QByteArray out = randomBytes(nonceBytes);
    out.resize(nonceBytes + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(out.data()) + nonceBytes, &written, u8(plain),
        quint64(plain.size()), u8(context), quint64(context.size()), nullptr, u8(out),
        u8(key.bytes()));
    out.resize(nonceBytes + int(written));
    return out;
}

std::optional<QByteArray> unseal(const PrivateKey& key, const QByteArray& sealed,
                                 const QByteArray& context)
{
    sodiumReady();
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr int tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (sealed.size() < nonceBytes + tagBytes)
        return std::nullopt;
    QByteArray plain(sealed.size() - nonceBytes - tagBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &written, nullptr,
            u8(sealed) + nonceBytes, quint64(sealed.size() - nonceBytes), u8(context),
            quint64(context.size()), u8(sealed), u8(key.bytes())) != 0)
        return std::nullopt;
    plain.resize(int(written));
    return plain;
}

PassphraseCost PassphraseCost::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

std::optional<PrivateKey> keyFromPassphrase(const QString& passphrase, const QByteArray& salt,
                                            const PassphraseCost& cost)
{
    sodiumReady();
    if (salt.size() != crypto_pwhash_SALTBYTES || cost.opsLimit < crypto_pwhash_OPSLIMIT_MIN ||
        cost.memLimit < crypto_pwhash_MEMLIMIT_MIN || cost.opsLimit > crypto_pwhash_OPSLIMIT_MAX ||
        cost.memLimit > (quint64(1) << 32))
        return std::nullopt;
    QByteArray utf8 = passphrase.toUtf8();
    QByteArray derived(PrivateKey::kBytes, Qt::Uninitialized);
    const int rc =
        crypto_pwhash(reinterpret_cast<unsigned char*>(derived.data()), quint64(derived.size()),
                      utf8.constData(), quint64(utf8.size()), u8(salt), cost.opsLimit,
                      size_t(cost.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    wipe(utf8);
    std::optional<PrivateKey> key;
    if (rc == 0)
        key = PrivateKey::fromBytes(derived);
    wipe(derived);
    return key;
}

} // namespace coachtrack::annotations
