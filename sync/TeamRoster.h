#pragma once

#include "sync/PgConnection.h"

namespace coachtrack::sync {

// The manager's team on the server: each rep's own PostgreSQL login, created (or, when it
// exists, linked) by the manager with the reps' group role, and the rep's name as the library
// knows it. One thread at a time.
struct TeamRoster
{
    // Creates LOGIN (with `password`, sent only as a SCRAM verifier) unless it exists, makes it
    // one of coachtrack_reps and the manager's rep NAME. Adding the same rep again updates the
    // name; a login that is another manager's rep is refused.
    static PgResult<void> addRep(PgConnection& manager, const QString& name, const QString& login,
                                 const QString& password);
};

} // namespace coachtrack::sync
