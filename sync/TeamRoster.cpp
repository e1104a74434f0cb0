#include "sync/TeamRoster.h"

#include "sync/TeamSchema.h"

namespace coachtrack::sync {

PgResult<void> TeamRoster::addRep(PgConnection& manager, const QString& name, const QString& login,
                                  const QString& password)
{
    auto exists =
        manager.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {login});
    if (!exists)
        return std::unexpected(exists.error());
    if (exists->rows() == 0) {
        if (password.isEmpty())
            return std::unexpected(PgError{
                QStringLiteral("CT020"),
                QStringLiteral("%1 has no login yet: give it a password to create it").arg(login)});
        auto verifier = manager.passwordVerifier(login, password);
        if (!verifier)
            return std::unexpected(verifier.error());
        if (auto ok = manager.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2")
                                       .arg(quotedIdentifier(login), quotedLiteral(*verifier)));
            !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = manager.exec(
            QStringLiteral("GRANT coachtrack_reps TO %1").arg(quotedIdentifier(login)));
        !ok)
        return std::unexpected(ok.error());
    auto row = manager.exec(
        QStringLiteral("INSERT INTO coachtrack.reps (login, display_name) VALUES ($1, $2) "
                       "ON CONFLICT (login) DO UPDATE SET display_name = EXCLUDED.display_name"),
        {login, name});
    if (!row) {
        if (row.error().sqlState == u"42501") // the row is another manager's: RLS says no
            return std::unexpected(
                PgError{row.error().sqlState,
                        QStringLiteral("%1 is already another manager's rep on the team server")
                            .arg(login)});
        return std::unexpected(row.error());
    }
    return {};
}

} // namespace coachtrack::sync
