#include "sync/TeamPull.h"

#include "annotations/Debrief.h"
#include "annotations/Store.h"
#include "annotations/Tracker.h"
#include "sync/TeamPublisher.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <map>

namespace coachtrack::sync {

PgResult<PulledChanges> pullRepChanges(annotations::Store& store, PgConnection& server)
{
    PulledChanges pulled;
    // Every status a rep set, oldest first, by note UUID: each goes into the item's history,
    // and the later of theirs and the manager's own change is the status.
    // Each session's rep as the library has it now: what a rep set on a session that has since
    // gone to another rep is not taken in (publishing then takes the session off them).
    auto sessions = store.sessionsWithShareableNotes();
    if (!sessions)
        return std::unexpected(libraryError(sessions.error().message));
    std::vector<annotations::DebriefSheet> sheets;
    QJsonObject repOf;
    for (int64_t sessionId : *sessions) {
        auto sheet = store.debriefSheet(sessionId);
        if (!sheet)
            return std::unexpected(libraryError(sheet.error().message));
        repOf[QString::number(sessionId)] = sheet->repName;
        sheets.push_back(std::move(*sheet));
    }
    const QString reps = QString::fromUtf8(QJsonDocument(repOf).toJson(QJsonDocument::Compact));
    const QString currentRep =
        QStringLiteral("EXISTS (SELECT 1 FROM coachtrack.reps r WHERE r.login = s.rep_login AND "
                       "r.display_name = ($2::json ->> s.local_id::text))");
    auto statuses = server.exec(
        QStringLiteral(
            "SELECT h.note_id, h.status, h.changed_by, "
            "to_char(h.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') "
            "FROM coachtrack.focus_history h JOIN coachtrack.notes n ON n.id = h.note_id "
            "JOIN coachtrack.sessions s ON s.id = n.session_id WHERE s.library_id = $1 "
            "AND h.changed_by = s.rep_login AND ") +
            currentRep + QStringLiteral(" ORDER BY h.changed_at"),
        {store.libraryId(), reps});
    if (!statuses)
        return std::unexpected(statuses.error());
    std::multimap<QString, annotations::RepFocusChange> byNote;
    for (int r = 0; r < statuses->rows(); ++r)
        if (const auto status = annotations::focusStatusFromName(statuses->text(r, 1))) {
            const QDateTime at = // "…Z": UTC, never read as local time
                QDateTime::fromString(statuses->text(r, 3), Qt::ISODateWithMs).toUTC();
            byNote.insert({statuses->text(r, 0), {0, *status, at, statuses->text(r, 2)}});
        }
    // The ratings the reps gave themselves: by local session and skill name.
    auto ratings = server.exec(
        QStringLiteral("SELECT s.local_id, c.skill, c.self_rating FROM coachtrack.scores c JOIN "
                       "coachtrack.sessions s ON s.id = c.session_id WHERE s.library_id = $1 AND "
                       "c.self_rating IS NOT NULL AND c.self_rated_by = s.rep_login AND ") +
            currentRep,
        {store.libraryId(), reps});
    if (!ratings)
        return std::unexpected(ratings.error());
    std::map<std::pair<int64_t, QString>, int> selfBySkill;
    for (int r = 0; r < ratings->rows(); ++r)
        selfBySkill[{ratings->number(r, 0), ratings->text(r, 1)}] = int(ratings->number(r, 2));

    auto skills = store.skills();
    if (!skills)
        return std::unexpected(libraryError(skills.error().message));
    TeamPublisher ids(store, server);
    std::vector<annotations::SelfRating> newRatings;
    for (const annotations::DebriefSheet& shown : sheets) {
        const annotations::DebriefSheet* sheet = &shown;
        const int64_t sessionId = sheet->sessionId;
        for (const annotations::FocusLine& line : sheet->focus) {
            const auto [first, last] =
                byNote.equal_range(ids.noteUuid(line.note.id).toString(QUuid::WithoutBraces));
            for (auto it = first; it != last; ++it) {
                annotations::RepFocusChange change = it->second;
                change.noteId = line.note.id;
                auto taken = store.takeRepFocusChange(change);
                if (!taken)
                    return std::unexpected(libraryError(taken.error().message));
                pulled.focusStatuses += *taken ? 1 : 0;
            }
        }
        auto scores = store.scores(sessionId);
        if (!scores)
            return std::unexpected(libraryError(scores.error().message));
        // Every skill of the scorecard: the rep may rate one the manager has not.
        for (const annotations::Skill& skill : *skills) {
            const auto it = selfBySkill.find({sessionId, skill.name});
            if (it == selfBySkill.end())
                continue;
            const auto mine = std::ranges::find_if(
                *scores, [&](const annotations::Score& c) { return c.skill.id == skill.id; });
            if (mine == scores->end() || mine->self != it->second)
                newRatings.push_back({sheet->recordingId, skill.id, it->second});
        }
    }
    if (!newRatings.empty()) {
        if (auto ok = store.setSelfRatings(newRatings); !ok)
            return std::unexpected(libraryError(ok.error().message));
        pulled.selfRatings = int(newRatings.size());
    }
    return pulled;
}

} // namespace coachtrack::sync
