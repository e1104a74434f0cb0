// Store: notes of both tracks and focus items. Shareable and private notes are read and
// written by separate statements on separate tables; nothing here copies text across.
#include "annotations/Sqlite.h"
#include "annotations/Store.h"
#include "annotations/StoreRows.h"
#include "annotations/TimeCode.h"

namespace coachtrack::annotations {

using namespace rows;

namespace {

const QString kShareableSelect = QStringLiteral(
    "SELECT n.id, n.session_id, n.start_ms, n.end_ms, n.text, n.tags, n.created_at, n.edited_at, f.status "
    "FROM shareable_notes n LEFT JOIN focus_items f ON f.note_id = n.id ");
const QString kPrivateSelect = QStringLiteral(
    "SELECT id, session_id, start_ms, end_ms, text, tags, created_at, edited_at, rephrased_as FROM private_notes ");

ShareableNote readShareable(const sql::Statement& s)
{
    ShareableNote n;
    n.id = s.int64(0);
    n.sessionId = s.int64(1);
    n.startMs = s.int64(2);
    n.endMs = s.optionalInt64(3);
    n.text = s.text(4);
    n.tags = s.text(5);
    n.created = timestamp(s.text(6));
    n.edited = timestamp(s.text(7));
    if (!s.isNull(8))
        n.focus = focusStatusFromName(s.text(8));
    return n;
}

PrivateNote readPrivate(const sql::Statement& s)
{
    PrivateNote n;
    n.id = s.int64(0);
    n.sessionId = s.int64(1);
    n.startMs = s.int64(2);
    n.endMs = s.optionalInt64(3);
    n.text = s.text(4);
    n.tags = s.text(5);
    n.created = timestamp(s.text(6));
    n.edited = timestamp(s.text(7));
    n.rephrasedAs = s.optionalInt64(8);
    return n;
}

template<typename Note, typename Reader>
Result<std::vector<Note>> readAll(sql::Statement& s, Reader read)
{
    std::vector<Note> out;
    for (;;) {
        auto row = s.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return out;
        out.push_back(read(s));
    }
}

} // namespace

Result<int64_t> Store::sessionRecordingDuration(int64_t sessionId)
{
    auto find = m_db->prepare(QStringLiteral(
        "SELECT r.duration_ms FROM sessions s JOIN recordings r ON r.id = s.recording_id WHERE s.id = ?"));
    if (!find)
        return std::unexpected(find.error());
    find->bind(1, sessionId);
    auto row = find->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::unexpected(notFound(QStringLiteral("review session"), sessionId));
    return find->int64(0);
}

Result<void> Store::checkTiming(int64_t sessionId, int64_t startMs, std::optional<int64_t> endMs)
{
    auto duration = sessionRecordingDuration(sessionId);
    if (!duration)
        return std::unexpected(duration.error());
    if (startMs < 0)
        return std::unexpected(invalid(QStringLiteral("a note cannot start before the recording (%1 ms)").arg(startMs)));
    if (endMs && *endMs < startMs)
        return std::unexpected(invalid(QStringLiteral("a note cannot end (%1) before it starts (%2)")
                                           .arg(formatClock(*endMs, true), formatClock(startMs, true))));
    const int64_t last = endMs.value_or(startMs);
    if (*duration > 0 && last > *duration)
        return std::unexpected(invalid(QStringLiteral("%1 is beyond the end of the recording (%2)")
                                           .arg(formatClock(last, true), formatClock(*duration, true))));
    return {};
}

Result<void> Store::checkText(const QString& text, const QString& tags)
{
    for (const QString* field : {&text, &tags}) {
        const qsizetype bytes = field->toUtf8().size();
        if (bytes > kMaxNoteBytes)
            return std::unexpected(invalid(
                QStringLiteral("the %1 is %2 KiB; a note holds at most %3 KiB of text — split it into several notes, "
                               "or keep long documents outside the library")
                    .arg(field == &text ? QStringLiteral("note") : QStringLiteral("tag list"))
                    .arg((bytes + 1023) / 1024)
                    .arg(kMaxNoteBytes / 1024)));
    }
    return {};
}

Result<void> Store::checkDraft(const NoteDraft& draft)
{
    if (draft.text.trimmed().isEmpty())
        return std::unexpected(invalid(QStringLiteral("a note needs some text")));
    if (auto ok = checkText(draft.text, draft.tags); !ok)
        return ok;
    return checkTiming(draft.sessionId, draft.startMs, draft.endMs);
}

Result<std::optional<std::pair<int64_t, Track>>> Store::noteByClientKey(const QString& key)
{
    if (key.isEmpty())
        return std::nullopt;
    auto find = m_db->prepare(QStringLiteral("SELECT id, track FROM note_ids WHERE client_key = ?"));
    if (!find)
        return std::unexpected(find.error());
    find->bind(1, key);
    auto row = find->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::nullopt;
    return std::pair{find->int64(0), trackFromName(find->text(1)).value_or(Track::Private)};
}

Result<int64_t> Store::newNoteId(Track track, const QString& clientKey)
{
    auto insert = m_db->prepare(QStringLiteral("INSERT INTO note_ids (track, client_key) VALUES (?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, trackName(track));
    if (clientKey.isEmpty())
        insert->bindNull(2);
    else
        insert->bind(2, clientKey);
    if (auto ok = insert->run(); !ok)
        return std::unexpected(ok.error());
    return m_db->lastInsertId();
}

StoreError Store::capError(int64_t sessionId)
{
    auto s = session(sessionId);
    const int cap = s ? s->focusCap : kDefaultFocusCap;
    return {StoreErrorCode::CapReached,
            QStringLiteral("this review session already has %1 focus items, its cap of %1. Free a slot by unfocusing "
                           "one of them, or raise the session's focus cap (at most 5).")
                .arg(cap)};
}

Result<int> Store::focusCount(int64_t sessionId)
{
    auto count = m_db->prepare(QStringLiteral("SELECT count(*) FROM focus_items WHERE session_id = ?"));
    if (!count)
        return std::unexpected(count.error());
    count->bind(1, sessionId);
    auto row = count->step();
    if (!row)
        return std::unexpected(row.error());
    return int(count->int64(0));
}

Result<void> Store::insertFocus(int64_t noteId, int64_t sessionId, FocusStatus status)
{
    auto s = session(sessionId);
    auto count = focusCount(sessionId);
    if (!s || !count)
        return std::unexpected(s ? count.error() : s.error());
    if (*count >= s->focusCap)
        return std::unexpected(capError(sessionId));
    auto insert = m_db->prepare(QStringLiteral(
        "INSERT INTO focus_items (note_id, session_id, status, promoted_at, status_changed_at) VALUES (?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    const QString t = now();
    if (auto ok = insert->bind(1, noteId).bind(2, sessionId).bind(3, focusStatusName(status)).bind(4, t).bind(5, t).run(); !ok) {
        if (ok.error().message.contains(QStringLiteral("focus cap reached")))
            return std::unexpected(capError(sessionId)); // the trigger caught what the check did not
        return ok;
    }
    return {};
}

Result<ShareableNote> Store::addShareableNote(const NoteDraft& draft, bool focus)
{
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    auto earlier = noteByClientKey(draft.clientKey);
    if (!earlier)
        return std::unexpected(earlier.error());
    if (*earlier) { // added before under this key (a retried command): the same note again
        if ((*earlier)->second != Track::Shareable)
            return std::unexpected(invalid(QStringLiteral("the key %1 was already used for a note of the other track")
                                               .arg(draft.clientKey)));
        auto again = shareableNote((*earlier)->first);
        if (!again && again.error().code == StoreErrorCode::NotFound)
            return std::unexpected(invalid(QStringLiteral("the note added with the key %1 (id %2) has been deleted since")
                                               .arg(draft.clientKey).arg((*earlier)->first)));
        return again;
    }
    if (auto ok = checkDraft(draft); !ok)
        return std::unexpected(ok.error());
    auto id = newNoteId(Track::Shareable, draft.clientKey);
    if (!id)
        return std::unexpected(id.error());
    auto insert = m_db->prepare(QStringLiteral("INSERT INTO shareable_notes (id, session_id, start_ms, end_ms, text, tags, "
                                               "created_at, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    const QString t = now();
    insert->bind(1, *id).bind(2, draft.sessionId).bind(3, draft.startMs).bind(4, draft.endMs).bind(5, draft.text.trimmed())
        .bind(6, draft.tags).bind(7, t).bind(8, t);
    if (auto ok = insert->run(); !ok)
        return std::unexpected(ok.error());
    if (focus)
        if (auto ok = insertFocus(*id, draft.sessionId, FocusStatus::Open); !ok)
            return std::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return shareableNote(*id);
}

Result<PrivateNote> Store::addPrivateNote(const NoteDraft& draft)
{
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    auto earlier = noteByClientKey(draft.clientKey);
    if (!earlier)
        return std::unexpected(earlier.error());
    if (*earlier) { // added before under this key (a retried command): the same note again
        if ((*earlier)->second != Track::Private)
            return std::unexpected(invalid(QStringLiteral("the key %1 was already used for a note of the other track")
                                               .arg(draft.clientKey)));
        auto again = privateNote((*earlier)->first);
        if (!again && again.error().code == StoreErrorCode::NotFound)
            return std::unexpected(invalid(QStringLiteral("the note added with the key %1 (id %2) has been deleted since")
                                               .arg(draft.clientKey).arg((*earlier)->first)));
        return again;
    }
    if (auto ok = checkDraft(draft); !ok)
        return std::unexpected(ok.error());
    auto id = newNoteId(Track::Private, draft.clientKey);
    if (!id)
        return std::unexpected(id.error());
    auto insert = m_db->prepare(QStringLiteral("INSERT INTO private_notes (id, session_id, start_ms, end_ms, text, tags, "
                                               "created_at, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    const QString t = now();
    insert->bind(1, *id).bind(2, draft.sessionId).bind(3, draft.startMs).bind(4, draft.endMs).bind(5, draft.text.trimmed())
        .bind(6, draft.tags).bind(7, t).bind(8, t);
    if (auto ok = insert->run(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return privateNote(*id);
}

Result<Track> Store::trackOf(int64_t noteId)
{
    auto find = m_db->prepare(QStringLiteral(
        "SELECT 'shareable' FROM shareable_notes WHERE id = ?1 UNION ALL SELECT 'private' FROM private_notes WHERE id = ?1"));
    if (!find)
        return std::unexpected(find.error());
    find->bind(1, noteId);
    auto row = find->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::unexpected(notFound(QStringLiteral("note"), noteId));
    return *trackFromName(find->text(0));
}

Result<ShareableNote> Store::shareableNote(int64_t id)
{
    auto find = m_db->prepare(kShareableSelect + QStringLiteral("WHERE n.id = ?"));
    if (!find)
        return std::unexpected(find.error());
    find->bind(1, id);
    auto row = find->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::unexpected(notFound(QStringLiteral("shareable note"), id));
    return readShareable(*find);
}

Result<PrivateNote> Store::privateNote(int64_t id)
{
    auto find = m_db->prepare(kPrivateSelect + QStringLiteral("WHERE id = ?"));
    if (!find)
        return std::unexpected(find.error());
    find->bind(1, id);
    auto row = find->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::unexpected(notFound(QStringLiteral("private note"), id));
    return readPrivate(*find);
}

Result<std::vector<ShareableNote>> Store::shareableNotes(int64_t sessionId)
{
    auto all = m_db->prepare(kShareableSelect + QStringLiteral("WHERE n.session_id = ? ORDER BY n.start_ms, n.id"));
    if (!all)
        return std::unexpected(all.error());
    all->bind(1, sessionId);
    return readAll<ShareableNote>(*all, readShareable);
}

Result<std::vector<PrivateNote>> Store::privateNotes(int64_t sessionId)
{
    auto all = m_db->prepare(kPrivateSelect + QStringLiteral("WHERE session_id = ? ORDER BY start_ms, id"));
    if (!all)
        return std::unexpected(all.error());
    all->bind(1, sessionId);
    return readAll<PrivateNote>(*all, readPrivate);
}

Result<void> Store::editText(int64_t noteId, const QString& text)
{
    if (text.trimmed().isEmpty())
        return std::unexpected(invalid(QStringLiteral("a note needs some text; delete it instead")));
    if (auto ok = checkText(text); !ok)
        return ok;
    auto track = trackOf(noteId);
    if (!track)
        return std::unexpected(track.error());
    auto update = m_db->prepare(*track == Track::Shareable
                                    ? QStringLiteral("UPDATE shareable_notes SET text = ?, edited_at = ? WHERE id = ?")
                                    : QStringLiteral("UPDATE private_notes SET text = ?, edited_at = ? WHERE id = ?"));
    if (!update)
        return std::unexpected(update.error());
    return update->bind(1, text.trimmed()).bind(2, now()).bind(3, noteId).run();
}

Result<void> Store::retime(int64_t noteId, int64_t startMs, std::optional<int64_t> endMs)
{
    auto track = trackOf(noteId);
    if (!track)
        return std::unexpected(track.error());
    const int64_t sessionId = *track == Track::Shareable ? shareableNote(noteId)->sessionId : privateNote(noteId)->sessionId;
    if (auto ok = checkTiming(sessionId, startMs, endMs); !ok)
        return ok;
    auto update = m_db->prepare(
        *track == Track::Shareable
            ? QStringLiteral("UPDATE shareable_notes SET start_ms = ?, end_ms = ?, edited_at = ? WHERE id = ?")
            : QStringLiteral("UPDATE private_notes SET start_ms = ?, end_ms = ?, edited_at = ? WHERE id = ?"));
    if (!update)
        return std::unexpected(update.error());
    return update->bind(1, startMs).bind(2, endMs).bind(3, now()).bind(4, noteId).run();
}

Result<ShareableNote> Store::rephrase(int64_t privateNoteId, const QString& text)
{
    auto original = privateNote(privateNoteId);
    if (!original)
        return std::unexpected(original.error());
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    // Only the manager's new words and the moment cross over; tags and text stay private.
    auto twin = addShareableNote(NoteDraft{original->sessionId, original->startMs, original->endMs, text, {}, {}});
    if (!twin)
        return std::unexpected(twin.error());
    if (auto ok = setRephrasedAs(privateNoteId, twin->id); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return twin;
}

Result<void> Store::deleteNote(int64_t noteId)
{
    auto track = trackOf(noteId);
    if (!track)
        return std::unexpected(track.error());
    auto del = m_db->prepare(*track == Track::Shareable ? QStringLiteral("DELETE FROM shareable_notes WHERE id = ?")
                                                        : QStringLiteral("DELETE FROM private_notes WHERE id = ?"));
    if (!del)
        return std::unexpected(del.error());
    return del->bind(1, noteId).run();
}

Result<void> Store::restore(const ShareableNote& note)
{
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    auto insert = m_db->prepare(QStringLiteral("INSERT INTO shareable_notes (id, session_id, start_ms, end_ms, text, tags, "
                                               "created_at, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, note.id).bind(2, note.sessionId).bind(3, note.startMs).bind(4, note.endMs).bind(5, note.text)
        .bind(6, note.tags).bind(7, note.created.toString(Qt::ISODateWithMs)).bind(8, note.edited.toString(Qt::ISODateWithMs));
    if (auto ok = insert->run(); !ok)
        return ok;
    if (note.focus)
        if (auto ok = insertFocus(note.id, note.sessionId, *note.focus); !ok)
            return ok;
    return transaction.commit();
}

Result<void> Store::restore(const PrivateNote& note)
{
    auto insert = m_db->prepare(QStringLiteral(
        "INSERT INTO private_notes (id, session_id, start_ms, end_ms, text, tags, created_at, edited_at, rephrased_as) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT id FROM shareable_notes WHERE id = ?))"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, note.id).bind(2, note.sessionId).bind(3, note.startMs).bind(4, note.endMs).bind(5, note.text)
        .bind(6, note.tags).bind(7, note.created.toString(Qt::ISODateWithMs)).bind(8, note.edited.toString(Qt::ISODateWithMs))
        .bind(9, note.rephrasedAs);
    return insert->run();
}

Result<void> Store::setRephrasedAs(int64_t privateNoteId, std::optional<int64_t> shareableNoteId)
{
    auto link = m_db->prepare(QStringLiteral("UPDATE private_notes SET rephrased_as = ? WHERE id = ?"));
    if (!link)
        return std::unexpected(link.error());
    return link->bind(1, shareableNoteId).bind(2, privateNoteId).run();
}

Result<void> Store::promote(int64_t noteId)
{
    auto track = trackOf(noteId);
    if (!track)
        return std::unexpected(track.error());
    if (*track == Track::Private)
        return std::unexpected(invalid(QStringLiteral("note %1 is private and can never be a focus item; rephrase it "
                                                      "for the rep first, then focus the shareable twin").arg(noteId)));
    auto note = shareableNote(noteId);
    if (!note)
        return std::unexpected(note.error());
    if (note->focus)
        return {};
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    if (auto ok = insertFocus(noteId, note->sessionId, FocusStatus::Open); !ok)
        return ok;
    return transaction.commit();
}

Result<void> Store::demote(int64_t noteId)
{
    auto del = m_db->prepare(QStringLiteral("DELETE FROM focus_items WHERE note_id = ?"));
    if (!del)
        return std::unexpected(del.error());
    if (auto ok = del->bind(1, noteId).run(); !ok)
        return ok;
    if (m_db->changes() == 0)
        return std::unexpected(StoreError{StoreErrorCode::NotFound, QStringLiteral("note %1 is not a focus item").arg(noteId)});
    return {};
}

Result<void> Store::setFocusStatus(int64_t noteId, FocusStatus status)
{
    auto update = m_db->prepare(QStringLiteral("UPDATE focus_items SET status = ?, status_changed_at = ? WHERE note_id = ?"));
    if (!update)
        return std::unexpected(update.error());
    if (auto ok = update->bind(1, focusStatusName(status)).bind(2, now()).bind(3, noteId).run(); !ok)
        return ok;
    if (m_db->changes() == 0)
        return std::unexpected(StoreError{StoreErrorCode::NotFound, QStringLiteral("note %1 is not a focus item").arg(noteId)});
    return {};
}

} // namespace coachtrack::annotations
