#include "workflows/PrivateKeyring.h"

#include <QFileInfo>
#include <QObject>
#include <libsecret/secret.h>

namespace coachtrack::workflows::keyring {

using annotations::PrivateKey;

namespace {

const SecretSchema* schema()
{
    static const SecretSchema s = {
        "org.coachtrack.PrivateNotesKey",
        SECRET_SCHEMA_NONE,
        {{"library", SECRET_SCHEMA_ATTRIBUTE_STRING}, {nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING}},
        0,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        nullptr};
    return &s;
}

// The message of a GError, which is then freed.
QString take(GError* error)
{
    const QString message = QString::fromUtf8(error->message);
    g_error_free(error);
    return QObject::tr("the desktop's secret store: %1").arg(message);
}

} // namespace

QString unavailableReason()
{
    GError* error = nullptr;
    SecretService* service = secret_service_get_sync(SECRET_SERVICE_NONE, nullptr, &error);
    if (!service)
        return take(error);
    g_object_unref(service);
    return {};
}

std::expected<std::optional<PrivateKey>, QString> load(const QString& libraryId)
{
    GError* error = nullptr;
    const QByteArray id = libraryId.toUtf8();
    gchar* secret =
        secret_password_lookup_sync(schema(), nullptr, &error, "library", id.constData(), nullptr);
    if (error)
        return std::unexpected(take(error));
    if (!secret)
        return std::nullopt;
    QByteArray raw = QByteArray::fromBase64(QByteArray(secret));
    secret_password_free(secret);
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
    GError* error = nullptr;
    const QByteArray id = libraryId.toUtf8();
    const QByteArray label = QStringLiteral("Coachtrack private notes key (%1)")
                                 .arg(QFileInfo(libraryPath).fileName())
                                 .toUtf8();
    QByteArray secret = key.bytes().toBase64();
    const gboolean stored = secret_password_store_sync(
        schema(), SECRET_COLLECTION_DEFAULT, label.constData(), secret.constData(), nullptr, &error,
        "library", id.constData(), nullptr);
    secret.fill('\0');
    if (!stored)
        return std::unexpected(
            error ? take(error) : QStringLiteral("the desktop's secret store refused the key"));
    return {};
}

std::expected<void, QString> forget(const QString& libraryId)
{
    GError* error = nullptr;
    const QByteArray id = libraryId.toUtf8();
    secret_password_clear_sync(schema(), nullptr, &error, "library", id.constData(), nullptr);
    if (error)
        return std::unexpected(take(error));
    return {};
}

} // namespace coachtrack::workflows::keyring
