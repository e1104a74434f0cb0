#pragma once

#include "sync/PgConnection.h"

#include <QUuid>
#include <cstdint>
#include <functional>
#include <vector>

namespace coachtrack::annotations {
class Store;
}

namespace coachtrack::sync {

// A file published with a session for the rep: the debrief sheet (PDF, HTML) or a focus clip.
struct TeamDocument
{
    QString name; // "debrief.pdf", "focus-1.mka" (letters, digits, . _ - and spaces)
    QString mediaType;
    QByteArray content;
};
// Makes a session's documents when it is published, before its transaction begins (the app
// renders them: sync/ has no GUI); an error message stops that session's publishing.
using DocumentSource =
    std::function<std::expected<std::vector<TeamDocument>, QString>(int64_t sessionId)>;

// Publishes review sessions of the manager's own library to the team database, and withdraws
// them. What goes is what the rep's debrief holds and nothing more: it is read through the
// library's shareable-only read (Store::debriefSheet, which runs with the private tables
// unreadable) plus the scorecard's ratings, and the documents the app renders from the same
// sheet. Every row has a stable UUID made from the library's id and the local row's, so
// publishing again updates in place: an interrupted publish retried leaves neither duplicates
// nor half a session (one transaction per session). A focus status carries the time it was
// set here; when the rep set the same item's status on the server later, theirs stays (the
// later change wins, and both are kept in the item's history on the server). The library
// records what it published (a digest), so a changed session is known to be due again.
// One thread at a time.
class TeamPublisher
{
public:
    TeamPublisher(annotations::Store& store, PgConnection& server);

    enum class Withdrawn
    {
        Republish, // a session withdrawn before shows again (publishing that one session)
        Keep,      // it stays withdrawn (publishing everything)
    };
    void setDocumentSource(DocumentSource source) { m_documents = std::move(source); }
    // The session's UUID on the server. Fails with a message when the call has no rep or the
    // rep has no login on the team server (`team add-rep`).
    PgResult<QUuid> publish(int64_t sessionId, Withdrawn withdrawn = Withdrawn::Republish);
    // Deletes from the server this library's sessions other than `kept` (ones with nothing
    // shareable left, or deleted here), with their notes and scores; returns how many.
    PgResult<qint64> prune(const std::vector<int64_t>& kept);
    // Takes the session off the reps' screens (kept for the manager), or with `deleted` off
    // the server altogether; false: it was never published.
    PgResult<bool> withdraw(int64_t sessionId, bool deleted = false);

    QUuid sessionUuid(int64_t sessionId) const;
    QUuid noteUuid(int64_t noteId) const;

private:
    PgResult<void> writeDocuments(const QString& sessionUuid,
                                  const std::vector<TeamDocument>& documents);

    annotations::Store& m_store;
    PgConnection& m_server;
    DocumentSource m_documents;
};

// What publishing the session would send, as a digest (no server needed): it differs from the
// one recorded at the last publish when the session has changed since.
PgResult<QString> sessionDigest(annotations::Store& store, int64_t sessionId);

} // namespace coachtrack::sync
