#pragma once

#include "sync/PgConnection.h"
#include "sync/TeamPublisher.h"
#include "sync/TeamPull.h"

#include <QStringList>
#include <functional>

namespace coachtrack::sync {

// What a sync did.
struct SyncReport
{
    PulledChanges pulled;
    int published = 0;
    QStringList problems; // sessions the server refused (no rep login, …), one line each
    int withdrawn = 0;    // withdrawals that waited for the server
    qint64 pruned = 0;    // sessions deleted here (or emptied), taken off the server
};

// Called after each session: (done, total). Return false to stop after that session.
using SyncProgress = std::function<bool(int done, int total)>;

// The sessions due at the next sync, without asking the server: the ones queued for publishing
// (offline, or a publish that failed) and the published ones that changed since (not the
// withdrawn). Oldest first.
PgResult<std::vector<int64_t>> dueSessions(annotations::Store& store);

// One sync of the manager's library with the team server: withdraws what waited to be, takes
// in what the reps changed,
// publishes every due session (each in one transaction; one the server refuses is reported
// and stays queued; a lost connection stops the sync and keeps the rest queued), takes off the
// server the sessions deleted here or with nothing shareable left, and notes the time. Safe to
// repeat at any point. On the calling thread (the window's sync worker, or the command line).
PgResult<SyncReport> syncTeam(annotations::Store& store, PgConnection& server,
                              const DocumentSource& documents = {},
                              const SyncProgress& progress = {});

} // namespace coachtrack::sync
