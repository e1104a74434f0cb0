// Store: the read-only views that exporters take. The debrief sheet is read while the
// connection refuses every private table (sql::PrivateTablesDenied), so a mistake in any
// query here fails loudly instead of leaking a private note.
#include "annotations/Debrief.h"
#include "annotations/Sqlite.h"
#include "annotations/Store.h"
#include "annotations/StoreRows.h"

#include <algorithm>

namespace coachtrack::annotations {

using namespace rows;

int DebriefSheet::focusNumber(int64_t noteId) const
{
    for (const FocusLine& line : focus)
        if (line.note.id == noteId)
            return line.number;
    return 0;
}

Result<std::vector<CarriedFocus>> Store::previousFocus(const ReviewSession& session)
{
    if (!session.repId)
        return std::vector<CarriedFocus>{};
    return m_db->queryAll(
        QStringLiteral(
            "SELECT n.text, f.status, n.start_ms, r.title, r.call_date "
            "FROM focus_items f JOIN shareable_notes n ON n.id = f.note_id "
            "JOIN sessions s ON s.id = f.session_id JOIN recordings r ON r.id = s.recording_id "
            "WHERE f.session_id = (SELECT p.id FROM sessions p WHERE p.rep_id = ?1 "
            "  AND (p.created_at, p.id) < (?2, ?3) "
            "  AND EXISTS (SELECT 1 FROM focus_items WHERE session_id = p.id) "
            "  ORDER BY p.created_at DESC, p.id DESC LIMIT 1) "
            "ORDER BY n.start_ms, n.id"),
        [](const sql::Statement& s) {
            return CarriedFocus{s.text(0),
                                focusStatusFromName(s.text(1)).value_or(FocusStatus::Open),
                                s.int64(2), s.text(3), QDate::fromString(s.text(4), Qt::ISODate)};
        },
        *session.repId, session.created, session.id);
}

Result<DebriefSheet> Store::debriefSheet(int64_t sessionId)
{
    const sql::PrivateTablesDenied guard(*m_db);
    auto s = session(sessionId);
    if (!s)
        return std::unexpected(s.error());
    auto rec = recording(s->recordingId);
    if (!rec)
        return std::unexpected(rec.error());
    DebriefSheet sheet;
    sheet.sessionId = s->id;
    sheet.recordingId = rec->id;
    const std::optional<int64_t> repId = s->repId ? s->repId : rec->repId;
    if (repId) {
        auto r = rep(*repId);
        if (!r)
            return std::unexpected(r.error());
        sheet.repName = r->name;
    }
    sheet.callTitle = rec->title;
    sheet.callDate = rec->callDate;
    sheet.durationMs = rec->durationMs;
    sheet.account = rec->account;
    sheet.outcome = rec->outcome;
    sheet.objectives = s->objectives;
    sheet.selfWentWell = s->selfWentWell;
    sheet.selfWouldChange = s->selfWouldChange;
    sheet.nextSteps = s->nextSteps;
    sheet.nextCoachingDate = s->nextCoachingDate;
    sheet.focusCap = s->focusCap;
    auto notes = shareableNotes(sessionId);
    if (!notes)
        return std::unexpected(notes.error());
    sheet.notes = std::move(*notes);
    std::stable_sort(
        sheet.notes.begin(), sheet.notes.end(),
        [](const ShareableNote& a, const ShareableNote& b) { return a.startMs < b.startMs; });
    auto guides = focusGuides(sessionId);
    if (!guides)
        return std::unexpected(guides.error());
    for (const ShareableNote& note : sheet.notes)
        if (note.focus && int(sheet.focus.size()) < sheet.focusCap) {
            const auto guide = guides->find(note.id);
            const FocusGuide words = guide == guides->end() ? FocusGuide{} : guide->second;
            sheet.focus.push_back({int(sheet.focus.size()) + 1,
                                   note,
                                   *note.focus,
                                   words.question,
                                   words.practicePlan,
                                   {},
                                   false});
        }
    auto followed = templateOfSession(sessionId);
    if (!followed)
        return std::unexpected(followed.error());
    sheet.layout = std::move(*followed);
    ReviewSession forRep = *s;
    forRep.repId = repId;
    auto carried = previousFocus(forRep);
    if (!carried)
        return std::unexpected(carried.error());
    sheet.lastTime = std::move(*carried);
    return sheet;
}

Result<ArchiveSheet> Store::archiveSheet(int64_t sessionId)
{
    auto sheet = debriefSheet(sessionId);
    if (!sheet)
        return std::unexpected(sheet.error());
    if (auto ok = requireUnlocked(); !ok)
        return std::unexpected(ok.error());
    auto privateOnes = privateNotes(sessionId);
    if (!privateOnes)
        return std::unexpected(privateOnes.error());
    return ArchiveSheet{std::move(*sheet), std::move(*privateOnes)};
}

Result<int64_t> Store::probeUnderPrivacyGuard(const QString& sql)
{
    const sql::PrivateTablesDenied guard(*m_db);
    return m_db->scalar(sql);
}

} // namespace coachtrack::annotations
