#pragma once

#include "sync/PgConnection.h"

#include <QUuid>
#include <cstdint>
#include <vector>

namespace coachtrack::annotations {
class Store;
}

namespace coachtrack::sync {

// Publishes review sessions of the manager's own library to the team database, and withdraws
// them. What goes is what the rep's debrief holds and nothing more: it is read through the
// library's shareable-only read (Store::debriefSheet, which runs with the private tables
// unreadable) plus the scorecard's ratings. Every row has a stable UUID made from the library's
// id and the local row's, so publishing again updates in place: an interrupted publish retried
// leaves neither duplicates nor half a session (one transaction per session). A focus status the
// rep changed on the server is not overwritten by publishing again. One thread at a time.
class TeamPublisher
{
public:
    TeamPublisher(annotations::Store& store, PgConnection& server);

    enum class Withdrawn
    {
        Republish, // a session withdrawn before shows again (publishing that one session)
        Keep,      // it stays withdrawn (publishing everything)
    };
    // The session's UUID on the server. Fails with a message when the call has no rep or the
    // rep has no login on the team server (`team add-rep`).
    PgResult<QUuid> publish(int64_t sessionId, Withdrawn withdrawn = Withdrawn::Republish);
    // Deletes from the server this library's sessions other than `kept` (ones with nothing
    // shareable left, or deleted here), with their notes and scores; returns how many.
    PgResult<qint64> prune(const std::vector<int64_t>& kept);
    // Takes the session off the reps' screens (kept for the manager); false: never published.
    PgResult<bool> withdraw(int64_t sessionId);

    QUuid sessionUuid(int64_t sessionId) const;
    QUuid noteUuid(int64_t noteId) const;

private:
    annotations::Store& m_store;
    PgConnection& m_server;
};

} // namespace coachtrack::sync
