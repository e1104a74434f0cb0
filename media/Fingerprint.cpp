#include "media/Fingerprint.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <memory>
#include <openssl/evp.h>

namespace coachtrack::media {

std::expected<QString, Error> fingerprintFile(const QString& path)
{
    if (auto problem = checkReadableFile(path))
        return std::unexpected(*problem);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error{
            ErrorCode::IoError,
            QStringLiteral("%1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString())});
    constexpr qint64 kChunk = 1 << 20;
    const qint64 size = file.size();
    // OpenSSL's SHA-256 uses the CPU's SHA instructions: 2 MiB in about a millisecond, where
    // a portable implementation took 12 ms of a cached reopen.
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> hash(EVP_MD_CTX_new(),
                                                                       &EVP_MD_CTX_free);
    const auto add = [&](const QByteArray& bytes) {
        EVP_DigestUpdate(hash.get(), bytes.constData(), size_t(bytes.size()));
    };
    EVP_DigestInit_ex(hash.get(), EVP_sha256(), nullptr);
    const quint64 sizeLe = qToLittleEndian(quint64(size));
    add(QByteArray(reinterpret_cast<const char*>(&sizeLe), sizeof sizeLe));
    add(file.read(kChunk));
    if (size > kChunk) {
        file.seek(std::max(kChunk, size - kChunk));
        add(file.read(kChunk));
    }
    if (file.error() != QFileDevice::NoError)
        return std::unexpected(Error{
            ErrorCode::IoError,
            QStringLiteral("%1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString())});
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(hash.get(), digest, &length);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex().left(32));
}

} // namespace coachtrack::media
