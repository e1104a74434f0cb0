#pragma once

#include "sync/PgConnection.h"

namespace coachtrack::sync {

// The team database's schema: version 2 is what this Coachtrack writes and reads (version 1
// is upgraded by `team connect` as the database's owner or an administrator).
inline constexpr int kTeamSchemaVersion = 2;

// The team library's tables on the server, schema "coachtrack": reps (each rep's own login and
// their manager's), published review sessions, their shareable notes and focus items, and
// scorecard ratings — no table has a place for private notes. Row-level security (FORCE, the
// tables owned by a role nobody logs in as): a manager reads and writes only their team's rows,
// a rep reads only their own published sessions and changes only focus statuses and their own
// ratings. Group roles: coachtrack_managers, coachtrack_reps. One thread at a time.
class TeamSchema
{
public:
    // The server's schema version; 0 when it has none yet.
    static PgResult<int> version(PgConnection& connection);
    // Creates the schema (the connecting role must be allowed to create roles and schemas:
    // the database's owner or an administrator) or checks it: a server newer than this
    // Coachtrack is refused with a message saying so.
    static PgResult<void> ensure(PgConnection& connection);
    // Refuses a server whose schema this Coachtrack cannot use (missing or newer).
    static PgResult<void> check(PgConnection& connection);
    // As an administrator: a manager's login, allowed to create their reps' logins.
    static PgResult<void> addManager(PgConnection& admin, const QString& login,
                                     const QString& password);
};

// A role name as SQL wants it ("Alex" → "\"Alex\""), for the statements that cannot take it as
// a parameter (CREATE ROLE, GRANT).
QString quotedIdentifier(const QString& name);
QString quotedLiteral(const QString& text);

} // namespace coachtrack::sync
