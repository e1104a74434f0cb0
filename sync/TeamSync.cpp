#include "sync/TeamSync.h"

#include "annotations/Store.h"

#include <QDateTime>
#include <set>

namespace coachtrack::sync {

PgResult<std::vector<int64_t>> dueSessions(annotations::Store& store)
{
    auto queued = store.teamQueue();
    if (!queued)
        return std::unexpected(libraryError(queued.error().message));
    std::vector<int64_t> due = *queued;
    const std::set<int64_t> inQueue(due.begin(), due.end());
    auto published = store.teamPublications();
    if (!published)
        return std::unexpected(libraryError(published.error().message));
    for (const annotations::TeamPublication& p : *published) {
        if (p.withdrawn || inQueue.count(p.sessionId))
            continue;
        auto digest = sessionDigest(store, p.sessionId);
        if (!digest)
            return std::unexpected(digest.error());
        if (*digest != p.digest)
            due.push_back(p.sessionId);
    }
    return due;
}

PgResult<SyncReport> syncTeam(annotations::Store& store, PgConnection& server,
                              const DocumentSource& documents, const SyncProgress& progress)
{
    SyncReport report;
    TeamPublisher publisher(store, server);
    publisher.setDocumentSource(documents);
    // Withdrawals asked for while the server was away.
    auto withdrawals = store.teamWithdrawals();
    if (!withdrawals)
        return std::unexpected(libraryError(withdrawals.error().message));
    for (const auto& [sessionId, deleted] : *withdrawals) {
        auto gone = publisher.withdraw(sessionId, deleted);
        if (!gone)
            return std::unexpected(gone.error());
        ++report.withdrawn;
    }
    // The reps' changes first, so that publishing does not undo them.
    auto pulled = pullRepChanges(store, server);
    if (!pulled)
        return std::unexpected(pulled.error());
    report.pulled = *pulled;
    auto due = dueSessions(store);
    if (!due)
        return std::unexpected(due.error());
    int done = 0;
    for (int64_t sessionId : *due) {
        auto published = publisher.publish(sessionId);
        if (published)
            ++report.published;
        else if (published.error().connectionLost()) // stop here; the rest stays queued
            return std::unexpected(published.error());
        else
            report.problems
                << QStringLiteral("session %1: %2").arg(sessionId).arg(published.error().message);
        if (progress && !progress(++done, int(due->size())))
            return report;
    }
    // Sessions deleted here, or with nothing shareable left, leave the server.
    auto shared = store.sessionsWithShareableNotes();
    if (!shared)
        return std::unexpected(libraryError(shared.error().message));
    const std::vector<int64_t>& kept = *shared;
    auto pruned = publisher.prune(kept);
    if (!pruned)
        return std::unexpected(pruned.error());
    report.pruned = *pruned;
    if (auto ok = store.setTeamLastSync(QDateTime::currentDateTimeUtc()); !ok)
        return std::unexpected(libraryError(ok.error().message));
    return report;
}

} // namespace coachtrack::sync
