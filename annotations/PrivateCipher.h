#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace coachtrack::annotations {

// The key that seals private note text in an encrypted library: 32 random bytes, wiped from
// memory when the last copy goes. Any thread.
class PrivateKey
{
public:
    static constexpr int kBytes = 32;
    static PrivateKey generate();
    // A key from raw bytes (from the secret store); nullopt unless exactly kBytes long.
    static std::optional<PrivateKey> fromBytes(const QByteArray& bytes);
    PrivateKey(const PrivateKey& other);
    PrivateKey& operator=(const PrivateKey& other);
    ~PrivateKey();
    const QByteArray& bytes() const { return m_bytes; }

private:
    explicit PrivateKey(QByteArray bytes);
    QByteArray m_bytes;
};

// Authenticated encryption with libsodium's XChaCha20-Poly1305: the output is a random 24-byte
// nonce and the ciphertext with its 16-byte tag. `context` is bound to the ciphertext without
// being stored (a note's id), so a sealed text moved to another note no longer opens.
QByteArray seal(const PrivateKey& key, const QByteArray& plain, const QByteArray& context);
// nullopt when the key is wrong, or the bytes or their context were changed.
std::optional<QByteArray> unseal(const PrivateKey& key, const QByteArray& sealed,
                                 const QByteArray& context);

// Argon2id (libsodium's crypto_pwhash) of `passphrase` with a 16-byte `salt`: a key to wrap
// the library's key with. Costs about a tenth of a second and 64 MiB at the default limits.
struct PassphraseCost
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    static PassphraseCost interactive();
};
std::optional<PrivateKey> keyFromPassphrase(const QString& passphrase, const QByteArray& salt,
                                            const PassphraseCost& cost);
QByteArray randomBytes(int count);

} // namespace coachtrack::annotations
