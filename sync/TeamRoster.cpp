#include "sync/TeamRoster.h"

namespace coachtrack::sync {

PgResult<void> TeamRoster::addRep(PgConnection& manager, const QString& name, const QString& login,
                                  const QString& password)
{
    QVariant verifier;
    if (!password.isEmpty()) {
        auto scram = manager.passwordVerifier(login, password);
        if (!scram)
            return std::unexpected(scram.error());
        verifier = *scram;
    }
    // One statement, so all of it or nothing: coachtrack.add_rep (TeamSchema.cpp) checks that
    // the login is new or already this manager's rep, and creates or re-passwords it.
    if (auto ok = manager.exec(QStringLiteral("SELECT coachtrack.add_rep($1, $2, $3)"),
                               {login, verifier, name});
        !ok)
        return std::unexpected(ok.error());
    return {};
}

} // namespace coachtrack::sync
