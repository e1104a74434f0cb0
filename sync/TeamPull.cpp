#include "sync/TeamPull.h"

#include "annotations/Debrief.h"
#include "annotations/Store.h"
#include "annotations/Tracker.h"
#include "sync/TeamPublisher.h"

#include <map>

namespace coachtrack::sync {

namespace {

PgError localError(const QString& message)
{
    return {QStringLiteral("CT010"), message};
}

} // namespace

PgResult<PulledChanges> pullRepChanges(annotations::Store& store, PgConnection& server)
{
    PulledChanges pulled;
    // The statuses a rep set: by note UUID.
    auto statuses = server.exec(
        QStringLiteral("SELECT n.id, n.focus_status FROM coachtrack.notes n JOIN "
                       "coachtrack.sessions s ON s.id = n.session_id WHERE s.library_id = $1 AND "
                       "n.focus_status IS NOT NULL AND n.status_changed_by IS NOT NULL AND "
                       "n.status_changed_by <> session_user"),
        {store.libraryId()});
    if (!statuses)
        return std::unexpected(statuses.error());
    std::map<QString, annotations::FocusStatus> byNote;
    for (int r = 0; r < statuses->rows(); ++r)
        if (const auto status = annotations::focusStatusFromName(statuses->text(r, 1)))
            byNote[statuses->text(r, 0)] = *status;
    // The ratings the reps gave themselves: by local session and skill name.
    auto ratings = server.exec(
        QStringLiteral("SELECT s.local_id, c.skill, c.self_rating FROM coachtrack.scores c JOIN "
                       "coachtrack.sessions s ON s.id = c.session_id WHERE s.library_id = $1 AND "
                       "c.self_rating IS NOT NULL"),
        {store.libraryId()});
    if (!ratings)
        return std::unexpected(ratings.error());
    std::map<std::pair<int64_t, QString>, int> selfBySkill;
    for (int r = 0; r < ratings->rows(); ++r)
        selfBySkill[{ratings->number(r, 0), ratings->text(r, 1)}] = int(ratings->number(r, 2));

    TeamPublisher ids(store, server);
    auto sessions = store.sessionsWithShareableNotes();
    if (!sessions)
        return std::unexpected(localError(sessions.error().message));
    std::vector<annotations::SelfRating> newRatings;
    for (int64_t sessionId : *sessions) {
        auto sheet = store.debriefSheet(sessionId);
        if (!sheet)
            return std::unexpected(localError(sheet.error().message));
        for (const annotations::FocusLine& line : sheet->focus) {
            const auto it = byNote.find(ids.noteUuid(line.note.id).toString(QUuid::WithoutBraces));
            if (it == byNote.end() || it->second == line.status)
                continue;
            if (auto ok = store.setFocusStatus(line.note.id, it->second); !ok)
                return std::unexpected(localError(ok.error().message));
            ++pulled.focusStatuses;
        }
        auto scores = store.scores(sessionId);
        if (!scores)
            return std::unexpected(localError(scores.error().message));
        for (const annotations::Score& score : *scores) {
            const auto it = selfBySkill.find({sessionId, score.skill.name});
            if (it != selfBySkill.end() && score.self != it->second)
                newRatings.push_back({sheet->recordingId, score.skill.id, it->second});
        }
    }
    if (!newRatings.empty()) {
        if (auto ok = store.setSelfRatings(newRatings); !ok)
            return std::unexpected(localError(ok.error().message));
        pulled.selfRatings = int(newRatings.size());
    }
    return pulled;
}

} // namespace coachtrack::sync
