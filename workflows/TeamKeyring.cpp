#include "workflows/TeamKeyring.h"

#include "workflows/SecretStore.h"

namespace coachtrack::workflows::teamkeyring {

namespace {

const secrets::SecretKind kPassword{"org.coachtrack.TeamServerPassword", "server"};

} // namespace

std::expected<std::optional<QString>, QString> load(const QString& url)
{
    auto secret = secrets::lookup(kPassword, url);
    if (!secret)
        return std::unexpected(secret.error());
    if (!*secret)
        return std::nullopt;
    const QString password = QString::fromUtf8(**secret);
    (*secret)->fill('\0');
    return password;
}

std::expected<void, QString> save(const QString& url, const QString& password)
{
    QByteArray secret = password.toUtf8();
    auto stored = secrets::store(kPassword, url,
                                 QStringLiteral("Coachtrack team server (%1)").arg(url), secret);
    secret.fill('\0');
    return stored;
}

std::expected<void, QString> forget(const QString& url)
{
    return secrets::clear(kPassword, url);
}

QString passwordFor(const QString& url)
{
    if (url.isEmpty() || !qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        return {};
    auto password = load(url);
    return password && *password ? **password : QString();
}

} // namespace coachtrack::workflows::teamkeyring
