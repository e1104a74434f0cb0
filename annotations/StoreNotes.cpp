// Store: notes of both tracks and focus items. Shareable and private notes are read and
// written by separate statements on separate tables; nothing here copies text across.
#include "annotations/Sqlite.h"
#include "annotations/Store.h"
#include "annotations/StoreRows.h"
#include "annotations/TimeCode.h"

namespace coachtrack::annotations {

using namespace rows;

namespace {

const QString kShareableSelect =
    QStringLiteral("SELECT n.id, n.session_id, n.start_ms, n.end_ms, n.text, n.tags, n.created_at, "
                   "n.edited_at, f.status "
                   "FROM shareable_notes n LEFT JOIN focus_items f ON f.note_id = n.id ");
const QString kPrivateSelect =
    QStringLiteral("SELECT id, session_id, start_ms, end_ms, text, tags, created_at, edited_at, "
                   "rephrased_as, sealed FROM private_notes ");

// The table that holds the notes of `track`.
QString notesTable(Track track)
{
    return track == Track::Shareable ? QStringLiteral("shareable_notes")
                                     : QStringLiteral("private_notes");
}

// The columns both selects start with: id, session_id, start_ms, end_ms, text, tags, created_at,
// edited_at.
template<typename Note>
Note readNote(const sql::Statement& s)
{
    Note n;
    s.columns(n.id, n.sessionId, n.startMs, n.endMs, n.text, n.tags, n.created, n.edited);
    return n;
}

ShareableNote readShareable(const sql::Statement& s)
{
    auto n = readNote<ShareableNote>(s);
    if (!s.isNull(8))
        n.focus = focusStatusFromName(s.text(8));
    return n;
}

} // namespace

Result<int64_t> Store::sessionRecordingDuration(int64_t sessionId)
{
    return found(
        m_db->queryOne(QStringLiteral("SELECT r.duration_ms FROM sessions s JOIN recordings r "
                                      "ON r.id = s.recording_id WHERE s.id = ?"),
                       firstInt64, sessionId),
        QStringLiteral("review session"), sessionId);
}

Result<void> Store::checkTiming(int64_t sessionId, int64_t startMs, std::optional<int64_t> endMs)
{
    auto duration = sessionRecordingDuration(sessionId);
    if (!duration)
        return std::unexpected(duration.error());
    if (startMs < 0)
        return std::unexpected(invalid(
            QStringLiteral("a note cannot start before the recording (%1 ms)").arg(startMs)));
    if (endMs && *endMs < startMs)
        return std::unexpected(
            invalid(QStringLiteral("a note cannot end (%1) before it starts (%2)")
                        .arg(formatClock(*endMs, true), formatClock(startMs, true))));
    const int64_t last = endMs.value_or(startMs);
    if (*duration > 0 && last > *duration)
        return std::unexpected(
            invalid(QStringLiteral("%1 is beyond the end of the recording (%2)")
                        .arg(formatClock(last, true), formatClock(*duration, true))));
    return {};
}

Result<void> Store::checkText(const QString& text, const QString& tags)
{
    for (const QString* field : {&text, &tags}) {
        const qsizetype bytes = field->toUtf8().size();
        if (bytes > kMaxNoteBytes)
            return std::unexpected(invalid(
                QStringLiteral("the %1 is %2 KiB; a note holds at most %3 KiB of text — split it "
                               "into several notes, "
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
    return m_db->queryOne(
        QStringLiteral("SELECT id, track FROM note_ids WHERE client_key = ?"),
        [](const sql::Statement& s) {
            return std::pair{s.int64(0), trackFromName(s.text(1)).value_or(Track::Private)};
        },
        key);
}

Result<int64_t> Store::newNoteId(Track track, const QString& clientKey)
{
    if (auto ok = m_db->execute(
            QStringLiteral("INSERT INTO note_ids (track, client_key) VALUES (?, ?)"),
            trackName(track), clientKey.isEmpty() ? std::nullopt : std::optional(clientKey));
        !ok)
        return std::unexpected(ok.error());
    return m_db->lastInsertId();
}

StoreError Store::capError(int64_t sessionId)
{
    auto s = session(sessionId);
    const int cap = s ? s->focusCap : kDefaultFocusCap;
    return {StoreErrorCode::CapReached,
            QStringLiteral("this review session already has %1 focus items, its cap of %1. Free a "
                           "slot by unfocusing "
                           "one of them, or raise the session's focus cap (at most 5).")
                .arg(cap)};
}

Result<int> Store::focusCount(int64_t sessionId)
{
    auto count = m_db->scalar(
        QStringLiteral("SELECT count(*) FROM focus_items WHERE session_id = ?"), sessionId);
    if (!count)
        return std::unexpected(count.error());
    return int(*count);
}

Result<void> Store::insertFocus(int64_t noteId, int64_t sessionId, FocusStatus status)
{
    auto s = session(sessionId);
    auto count = focusCount(sessionId);
    if (!s || !count)
        return std::unexpected(s ? count.error() : s.error());
    if (*count >= s->focusCap)
        return std::unexpected(capError(sessionId));
    const QString t = now();
    if (auto ok = m_db->execute(
            QStringLiteral("INSERT INTO focus_items (note_id, session_id, status, promoted_at, "
                           "status_changed_at) VALUES (?, ?, ?, ?, ?)"),
            noteId, sessionId, focusStatusName(status), t, t);
        !ok) {
        if (ok.error().message.contains(QStringLiteral("focus cap reached")))
            return std::unexpected(
                capError(sessionId)); // the trigger caught what the check did not
        return ok;
    }
    return {};
}

// One track's notes: the track (which names its table) and how a note of it is read back.
template<typename Note>
struct Store::NoteTable
{
    Track track;
    Result<Note> (Store::*read)(int64_t id);
};

template<typename Note>
Result<Note> Store::addNote(const NoteTable<Note>& table, const NoteDraft& draft, bool focus)
{
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    auto earlier = noteByClientKey(draft.clientKey);
    if (!earlier)
        return std::unexpected(earlier.error());
    if (*earlier) { // added before under this key (a retried command): the same note again
        if ((*earlier)->second != table.track)
            return std::unexpected(
                invalid(QStringLiteral("the key %1 was already used for a note of the other track")
                            .arg(draft.clientKey)));
        auto again = (this->*table.read)((*earlier)->first);
        if (!again && again.error().code == StoreErrorCode::NotFound)
            return std::unexpected(invalid(
                QStringLiteral("the note added with the key %1 (id %2) has been deleted since")
                    .arg(draft.clientKey)
                    .arg((*earlier)->first)));
        return again;
    }
    if (auto ok = checkDraft(draft); !ok)
        return std::unexpected(ok.error());
    if (table.track == Track::Private)
        if (auto ok = requireUnlocked(); !ok)
            return std::unexpected(ok.error());
    auto id = newNoteId(table.track, draft.clientKey);
    if (!id)
        return std::unexpected(id.error());
    // A private note of an encrypted library is written sealed: its words never reach the file.
    auto stored = table.track == Track::Private
                      ? storedForm(*id, draft.text.trimmed(), draft.tags)
                      : Result<StoredText>(StoredText{draft.text.trimmed(), draft.tags, {}});
    if (!stored)
        return std::unexpected(stored.error());
    const QString t = now();
    if (auto ok = m_db->execute(
            QStringLiteral(
                "INSERT INTO %1 (id, session_id, start_ms, end_ms, text, tags, created_at, "
                "edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(notesTable(table.track)),
            *id, draft.sessionId, draft.startMs, draft.endMs, stored->text, stored->tags, t, t);
        !ok)
        return std::unexpected(ok.error());
    if (table.track == Track::Private)
        if (auto ok = writeSealed(*id, *stored); !ok)
            return std::unexpected(ok.error());
    if (focus)
        if (auto ok = insertFocus(*id, draft.sessionId, FocusStatus::Open); !ok)
            return std::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return (this->*table.read)(*id);
}

PrivateNote Store::readPrivate(const sql::Statement& s) const
{
    auto n = readNote<PrivateNote>(s);
    n.rephrasedAs = s.optionalInt64(8);
    if (!s.isNull(9))
        openSealed(n, s.blob(9));
    return n;
}

Result<ShareableNote> Store::addShareableNote(const NoteDraft& draft, bool focus)
{
    return addNote(NoteTable<ShareableNote>{Track::Shareable, &Store::shareableNote}, draft, focus);
}

Result<PrivateNote> Store::addPrivateNote(const NoteDraft& draft)
{
    return addNote(NoteTable<PrivateNote>{Track::Private, &Store::privateNote}, draft, false);
}

Result<int> Store::addNotes(int64_t sessionId, Track track, const std::vector<NoteDraft>& drafts)
{
    if (track == Track::Private)
        if (auto ok = requireUnlocked(); !ok)
            return std::unexpected(ok.error());
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    for (size_t i = 0; i < drafts.size(); ++i) {
        NoteDraft draft = drafts[i];
        draft.sessionId = sessionId;
        draft.clientKey.clear();
        std::optional<StoreError> refused;
        if (track == Track::Shareable) {
            if (auto note = addShareableNote(draft); !note)
                refused = note.error();
        } else if (auto note = addPrivateNote(draft); !note) {
            refused = note.error();
        }
        if (refused)
            return std::unexpected(StoreError{
                refused->code, QStringLiteral("note %1 of %2 (at %3): %4")
                                   .arg(i + 1)
                                   .arg(drafts.size())
                                   .arg(formatClock(draft.startMs, true), refused->message)});
    }
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return int(drafts.size());
}

Result<Track> Store::trackOf(int64_t noteId)
{
    return found(m_db->queryOne(
                     QStringLiteral("SELECT 'shareable' FROM shareable_notes WHERE id = ?1 "
                                    "UNION ALL SELECT 'private' FROM private_notes WHERE id = ?1"),
                     [](const sql::Statement& s) { return *trackFromName(s.text(0)); }, noteId),
                 QStringLiteral("note"), noteId);
}

Result<ShareableNote> Store::shareableNote(int64_t id)
{
    return found(
        m_db->queryOne(kShareableSelect + QStringLiteral("WHERE n.id = ?"), readShareable, id),
        QStringLiteral("shareable note"), id);
}

Result<PrivateNote> Store::privateNote(int64_t id)
{
    return found(m_db->queryOne(
                     kPrivateSelect + QStringLiteral("WHERE id = ?"),
                     [this](const sql::Statement& s) { return readPrivate(s); }, id),
                 QStringLiteral("private note"), id);
}

Result<std::vector<ShareableNote>> Store::shareableNotes(int64_t sessionId)
{
    return m_db->queryAll(kShareableSelect +
                              QStringLiteral("WHERE n.session_id = ? ORDER BY n.start_ms, n.id"),
                          readShareable, sessionId);
}

Result<std::vector<PrivateNote>> Store::privateNotes(int64_t sessionId)
{
    return m_db->queryAll(
        kPrivateSelect + QStringLiteral("WHERE session_id = ? ORDER BY start_ms, id"),
        [this](const sql::Statement& s) { return readPrivate(s); }, sessionId);
}

Result<void> Store::editText(int64_t noteId, const QString& text)
{
    if (text.trimmed().isEmpty())
        return std::unexpected(
            invalid(QStringLiteral("a note needs some text; delete it instead")));
    if (auto ok = checkText(text); !ok)
        return ok;
    auto track = trackOf(noteId);
    if (!track)
        return std::unexpected(track.error());
    if (*track == Track::Shareable)
        return m_db->execute(
            QStringLiteral("UPDATE shareable_notes SET text = ?, edited_at = ? WHERE id = ?"),
            text.trimmed(), now(), noteId);
    auto current = privateNote(noteId);
    if (!current)
        return std::unexpected(current.error());
    if (auto ok = requireUnlocked(); !ok)
        return ok;
    auto stored = storedForm(noteId, text.trimmed(), current->tags);
    if (!stored)
        return std::unexpected(stored.error());
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    if (auto ok = m_db->execute(
            QStringLiteral(
                "UPDATE private_notes SET text = ?, tags = ?, edited_at = ? WHERE id = ?"),
            stored->text, stored->tags, now(), noteId);
        !ok)
        return ok;
    if (auto ok = writeSealed(noteId, *stored); !ok)
        return ok;
    if (auto ok = transaction.commit(); !ok)
        return ok;
    wipePrivateResidue();
    return {};
}

Result<void> Store::retime(int64_t noteId, int64_t startMs, std::optional<int64_t> endMs)
{
    auto track = trackOf(noteId);
    if (!track)
        return std::unexpected(track.error());
    const int64_t sessionId = *track == Track::Shareable ? shareableNote(noteId)->sessionId
                                                         : privateNote(noteId)->sessionId;
    if (auto ok = checkTiming(sessionId, startMs, endMs); !ok)
        return ok;
    return m_db->execute(
        QStringLiteral("UPDATE %1 SET start_ms = ?, end_ms = ?, edited_at = ? WHERE id = ?")
            .arg(notesTable(*track)),
        startMs, endMs, now(), noteId);
}

Result<ShareableNote> Store::rephrase(int64_t privateNoteId, const QString& text)
{
    auto original = privateNote(privateNoteId);
    if (!original) {
        if (trackOf(privateNoteId) == Track::Shareable)
            return std::unexpected(
                invalid(QStringLiteral("note %1 is shareable; only private notes are rephrased "
                                       "for the rep (a shareable note's text can be edited)")
                            .arg(privateNoteId)));
        return std::unexpected(original.error());
    }
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    // Only the manager's new words and the moment cross over; tags and text stay private.
    auto twin = addShareableNote(
        NoteDraft{original->sessionId, original->startMs, original->endMs, text, {}, {}});
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
    if (*track == Track::Private) // undo could not put back what cannot be read
        if (auto ok = requireUnlocked(); !ok)
            return ok;
    if (auto ok = m_db->execute(
            QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(notesTable(*track)), noteId);
        !ok)
        return ok;
    if (*track == Track::Private)
        wipePrivateResidue();
    return {};
}

Result<void> Store::restore(const ShareableNote& note)
{
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    if (auto ok = m_db->execute(
            QStringLiteral(
                "INSERT INTO shareable_notes (id, session_id, start_ms, end_ms, text, tags, "
                "created_at, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            note.id, note.sessionId, note.startMs, note.endMs, note.text, note.tags, note.created,
            note.edited);
        !ok)
        return ok;
    if (note.focus)
        if (auto ok = insertFocus(note.id, note.sessionId, *note.focus); !ok)
            return ok;
    return transaction.commit();
}

Result<void> Store::restore(const PrivateNote& note)
{
    if (note.access != PrivateAccess::Readable)
        return std::unexpected(
            invalid(QStringLiteral("private note %1 could not be read, so it cannot be put back")
                        .arg(note.id)));
    auto stored = storedForm(note.id, note.text, note.tags);
    if (!stored)
        return std::unexpected(stored.error());
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    if (auto ok = m_db->execute(
            QStringLiteral("INSERT INTO private_notes (id, session_id, start_ms, end_ms, text, "
                           "tags, created_at, edited_at, rephrased_as) VALUES (?, ?, ?, ?, ?, ?, "
                           "?, ?, (SELECT id FROM shareable_notes WHERE id = ?))"),
            note.id, note.sessionId, note.startMs, note.endMs, stored->text, stored->tags,
            note.created, note.edited, note.rephrasedAs);
        !ok)
        return ok;
    if (auto ok = writeSealed(note.id, *stored); !ok)
        return ok;
    return transaction.commit();
}

Result<void> Store::setRephrasedAs(int64_t privateNoteId, std::optional<int64_t> shareableNoteId)
{
    return m_db->execute(QStringLiteral("UPDATE private_notes SET rephrased_as = ? WHERE id = ?"),
                         shareableNoteId, privateNoteId);
}

Result<void> Store::promote(int64_t noteId)
{
    auto track = trackOf(noteId);
    if (!track)
        return std::unexpected(track.error());
    if (*track == Track::Private)
        return std::unexpected(
            invalid(QStringLiteral("note %1 is private and can never be a focus item; rephrase it "
                                   "for the rep first, then focus the shareable twin")
                        .arg(noteId)));
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

// After a statement on focus_items: an error unless it changed the focus item of `noteId`.
Result<void> Store::changedFocusItem(int64_t noteId)
{
    if (m_db->changes() == 0)
        return std::unexpected(StoreError{
            StoreErrorCode::NotFound, QStringLiteral("note %1 is not a focus item").arg(noteId)});
    return {};
}

Result<void> Store::demote(int64_t noteId)
{
    if (auto ok =
            m_db->execute(QStringLiteral("DELETE FROM focus_items WHERE note_id = ?"), noteId);
        !ok)
        return ok;
    return changedFocusItem(noteId);
}

Result<void> Store::setFocusStatus(int64_t noteId, FocusStatus status)
{
    if (auto ok = m_db->execute(
            QStringLiteral(
                "UPDATE focus_items SET status = ?, status_changed_at = ? WHERE note_id = ?"),
            focusStatusName(status), now(), noteId);
        !ok)
        return ok;
    return changedFocusItem(noteId);
}

} // namespace coachtrack::annotations
