// Store: the opening question of each focus item, the words the manager will start the
// conversation about it with. Shareable (the rep reads it on the debrief).
#include "annotations/Sqlite.h"
#include "annotations/Store.h"
#include "annotations/StoreRows.h"

namespace coachtrack::annotations {

using namespace rows;

namespace {

constexpr qsizetype kMaxQuestion = 2000; // characters; also the schema's limit

} // namespace

Result<void> Store::setFocusQuestion(int64_t noteId, const QString& question)
{
    const QString text = question.trimmed();
    if (text.size() > kMaxQuestion)
        return std::unexpected(
            invalid(QStringLiteral("a focus item's question holds at most %1 characters")
                        .arg(kMaxQuestion)));
    if (auto ok =
            m_db->execute(QStringLiteral("UPDATE focus_items SET question = ? WHERE note_id = ?"),
                          text.isEmpty() ? std::nullopt : std::optional(text), noteId);
        !ok)
        return ok;
    if (m_db->changes() == 0)
        return std::unexpected(
            invalid(QStringLiteral("note %1 is not a focus item: make it one first (note focus %1)")
                        .arg(noteId)));
    return {};
}

Result<std::map<int64_t, QString>> Store::focusQuestions(int64_t sessionId)
{
    auto rows = m_db->queryAll(
        QStringLiteral("SELECT note_id, question FROM focus_items "
                       "WHERE session_id = ? AND question IS NOT NULL"),
        [](const sql::Statement& s) { return std::pair(s.int64(0), s.text(1)); }, sessionId);
    if (!rows)
        return std::unexpected(rows.error());
    return std::map<int64_t, QString>(rows->begin(), rows->end());
}

} // namespace coachtrack::annotations
