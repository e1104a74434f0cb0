#pragma once

#include "sync/PgConnection.h"

namespace coachtrack::sync {

// The manager's team on the server: each rep's own PostgreSQL login, created by the manager
// through the server's coachtrack.add_rep (managers cannot create roles themselves), and the
// rep's name as the library knows it. One thread at a time.
struct TeamRoster
{
    // Creates LOGIN (with `password`, sent only as a SCRAM verifier) in coachtrack_reps as the
    // manager's rep NAME. Adding their own rep again renames them (and sets a new password when
    // one is given); any other existing login is refused.
    static PgResult<void> addRep(PgConnection& manager, const QString& name, const QString& login,
                                 const QString& password);
};

} // namespace coachtrack::sync
