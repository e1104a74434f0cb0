// Store: what each focus item says to the rep besides its note, the opening question of the
// conversation about it and its practice plan. Shareable (the rep reads both on the debrief).
#include "annotations/Sqlite.h"
#include "annotations/Store.h"
#include "annotations/StoreRows.h"

namespace coachtrack::annotations {

using namespace rows;

namespace {

constexpr qsizetype kMaxGuideText = 2000; // characters; also the schema's limit

std::optional<QString> storedText(const QString& text)
{
    return text.isEmpty() ? std::nullopt : std::optional(text);
}

} // namespace

Result<void> Store::setFocusGuide(int64_t noteId, const FocusGuide& guide)
{
    const QString question = guide.question.trimmed();
    const QString plan = guide.practicePlan.trimmed();
    for (const auto& [text, what] :
         {std::pair(question, "question"), std::pair(plan, "practice plan")})
        if (text.size() > kMaxGuideText)
            return std::unexpected(
                invalid(QStringLiteral("a focus item's %1 holds at most %2 characters")
                            .arg(QLatin1String(what))
                            .arg(kMaxGuideText)));
    if (auto ok = m_db->execute(QStringLiteral("UPDATE focus_items SET question = ?, "
                                               "practice_plan = ? WHERE note_id = ?"),
                                storedText(question), storedText(plan), noteId);
        !ok)
        return ok;
    if (m_db->changes() == 0)
        return std::unexpected(
            invalid(QStringLiteral("note %1 is not a focus item: make it one first (note focus %1)")
                        .arg(noteId)));
    return {};
}

Result<std::map<int64_t, FocusGuide>> Store::focusGuides(int64_t sessionId)
{
    auto rows = m_db->queryAll(
        QStringLiteral("SELECT note_id, coalesce(question, ''), coalesce(practice_plan, '') "
                       "FROM focus_items WHERE session_id = ? AND "
                       "(question IS NOT NULL OR practice_plan IS NOT NULL)"),
        [](const sql::Statement& s) {
            return std::pair(s.int64(0), FocusGuide{s.text(1), s.text(2)});
        },
        sessionId);
    if (!rows)
        return std::unexpected(rows.error());
    return std::map<int64_t, FocusGuide>(rows->begin(), rows->end());
}

namespace {

// The guide a focus item has now (empty when it has none or is no focus item).
Result<FocusGuide> currentGuide(Store& store, int64_t noteId)
{
    auto note = store.shareableNote(noteId);
    if (!note)
        return std::unexpected(note.error());
    auto guides = store.focusGuides(note->sessionId);
    if (!guides)
        return std::unexpected(guides.error());
    const auto it = guides->find(noteId);
    return it == guides->end() ? FocusGuide{} : it->second;
}

} // namespace

Result<void> Store::setFocusQuestion(int64_t noteId, const QString& question)
{
    auto guide = currentGuide(*this, noteId);
    if (!guide)
        return std::unexpected(guide.error());
    guide->question = question;
    return setFocusGuide(noteId, *guide);
}

Result<void> Store::setFocusPlan(int64_t noteId, const QString& plan)
{
    auto guide = currentGuide(*this, noteId);
    if (!guide)
        return std::unexpected(guide.error());
    guide->practicePlan = plan;
    return setFocusGuide(noteId, *guide);
}

} // namespace coachtrack::annotations
