#include "workflows/TeamConnect.h"

#include "annotations/Store.h"
#include "sync/PgConnection.h"
#include "sync/TeamSchema.h"
#include "workflows/TeamKeyring.h"

namespace coachtrack::workflows {

std::expected<TeamConnection, QString>
connectTeamLibrary(annotations::Store& store, const QString& url, const QString& password)
{
    if (sync::urlHasPassword(url))
        return std::unexpected(QStringLiteral(
            "the URL holds a password, which the library would keep and anyone could read in "
            "the process list: give the URL without it and the password apart (kept in the "
            "desktop's secret store), or put it in ~/.pgpass"));
    auto server = sync::PgConnection::open(url, password);
    if (!server)
        return std::unexpected(
            QStringLiteral("cannot reach the team server: %1").arg(server.error().message));
    auto version = sync::TeamSchema::version(**server);
    if (!version)
        return std::unexpected(version.error().message);
    // A database without the team library (or an older one) is set up by whoever may (its
    // owner, an administrator); a manager's login finds it ready.
    auto ready = *version < sync::kTeamSchemaVersion ? sync::TeamSchema::ensure(**server)
                                                     : sync::TeamSchema::check(**server);
    if (!ready && *version > 0 && ready.error().sqlState == u"42501")
        ready = sync::TeamSchema::check(**server); // says who may upgrade it
    if (!ready)
        return std::unexpected(ready.error().message);
    TeamConnection c{(*server)->database(),
                     (*server)->user(),
                     *version,
                     url.trimmed(), // as the user wrote it: it holds no password
                     {}};
    // Another server than before: what was published there goes to this one at the next sync.
    const QString before = store.teamUrl().value_or(QString());
    if (!before.isEmpty() && before != c.keptUrl)
        if (auto ok = store.restartTeamPublications(); !ok)
            return std::unexpected(ok.error().message);
    if (auto ok = store.setTeamUrl(c.keptUrl); !ok)
        return std::unexpected(ok.error().message);
    if (!password.isEmpty())
        if (auto ok = teamkeyring::save(c.keptUrl, password); !ok)
            c.warning = QStringLiteral("the password was not kept: %1; put it in ~/.pgpass "
                                       "instead")
                            .arg(ok.error());
    return c;
}

} // namespace coachtrack::workflows
