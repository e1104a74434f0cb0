#include "media/Fingerprint.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

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
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const quint64 sizeLe = qToLittleEndian(quint64(size));
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(&sizeLe), sizeof sizeLe));
    hash.addData(file.read(kChunk));
    if (size > kChunk) {
        file.seek(std::max(kChunk, size - kChunk));
        hash.addData(file.read(kChunk));
    }
    if (file.error() != QFileDevice::NoError)
        return std::unexpected(Error{
            ErrorCode::IoError,
            QStringLiteral("%1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString())});
    return QString::fromLatin1(hash.result().toHex().left(32));
}

} // namespace coachtrack::media
