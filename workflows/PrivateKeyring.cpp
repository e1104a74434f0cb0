#include "workflows/PrivateKeyring.h"

#include "workflows/SecretStore.h"

#include <QFileInfo>

namespace coachtrack::workflows::keyring {

using annotations::PrivateKey;

namespace {

const secrets::SecretKind kKey{"org.coachtrack.PrivateNotesKey", "library"};

} // namespace

QString unavailableReason()
{
    return secrets::unavailableReason();
}

std::expected<std::optional<PrivateKey>, QString> load(const QString& libraryId)
{
    auto secret = secrets::lookup(kKey, libraryId);
    if (!secret)
        return std::unexpected(secret.error());
    if (!*secret)
        return std::nullopt;
    QByteArray raw = QByteArray::fromBase64(**secret);
    (*secret)->fill('\0');
    std::optional<PrivateKey> key = PrivateKey::fromBytes(raw);
    raw.fill('\0');
    if (!key)
        return std::unexpected(
            QStringLiteral("the desktop's secret store holds something else under this "
                           "library's id"));
    return key;
}

std::expected<void, QString> save(const QString& libraryId, const PrivateKey& key,
                                  const QString& libraryPath)
{
    QByteArray secret = key.bytes().toBase64();
    auto stored = secrets::store(
        kKey, libraryId,
        QStringLiteral("Coachtrack private notes key (%1)").arg(QFileInfo(libraryPath).fileName()),
        secret);
    secret.fill('\0');
    return stored;
}

std::expected<void, QString> forget(const QString& libraryId)
{
    return secrets::clear(kKey, libraryId);
}

} // namespace coachtrack::workflows::keyring
