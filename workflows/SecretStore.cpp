#include "workflows/SecretStore.h"

#include <QObject>
#include <libsecret/secret.h>

namespace coachtrack::workflows::secrets {

namespace {

// libsecret keeps the schema's address: one per kind, made once.
SecretSchema schemaOf(const SecretKind& kind)
{
    SecretSchema s{};
    s.name = kind.schemaName;
    s.flags = SECRET_SCHEMA_NONE;
    s.attributes[0] = {kind.attribute, SECRET_SCHEMA_ATTRIBUTE_STRING};
    s.attributes[1] = {nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING};
    return s;
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

std::expected<std::optional<QByteArray>, QString> lookup(const SecretKind& kind, const QString& key)
{
    const SecretSchema schema = schemaOf(kind);
    GError* error = nullptr;
    const QByteArray value = key.toUtf8();
    gchar* secret = secret_password_lookup_sync(&schema, nullptr, &error, kind.attribute,
                                                value.constData(), nullptr);
    if (error)
        return std::unexpected(take(error));
    if (!secret)
        return std::nullopt;
    QByteArray bytes(secret);
    secret_password_free(secret);
    return bytes;
}

std::expected<void, QString> store(const SecretKind& kind, const QString& key, const QString& label,
                                   const QByteArray& secret)
{
    const SecretSchema schema = schemaOf(kind);
    GError* error = nullptr;
    const QByteArray value = key.toUtf8();
    const QByteArray text = label.toUtf8();
    const gboolean stored = secret_password_store_sync(
        &schema, SECRET_COLLECTION_DEFAULT, text.constData(), secret.constData(), nullptr, &error,
        kind.attribute, value.constData(), nullptr);
    if (!stored)
        return std::unexpected(error ? take(error)
                                     : QStringLiteral("the desktop's secret store refused it"));
    return {};
}

std::expected<void, QString> clear(const SecretKind& kind, const QString& key)
{
    const SecretSchema schema = schemaOf(kind);
    GError* error = nullptr;
    const QByteArray value = key.toUtf8();
    secret_password_clear_sync(&schema, nullptr, &error, kind.attribute, value.constData(),
                               nullptr);
    if (error)
        return std::unexpected(take(error));
    return {};
}

} // namespace coachtrack::workflows::secrets
