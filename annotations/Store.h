#pragma once

#include "annotations/Debrief.h"
#include "annotations/StoreError.h"
#include "annotations/Types.h"

#include <expected>
#include <memory>
#include <vector>

namespace coachtrack::annotations {

namespace sql {
class Connection;
}

struct NewRecording
{
    QString path;
    QString fingerprint;
    int64_t durationMs = 0;
    QDate callDate;
    QString title;
    QString repName; // created when new; empty for none
    QString account;
    Outcome outcome = Outcome::Open;
    int repChannel = 0;
};

struct AddedRecording
{
    int64_t id = 0;
    bool existed = false;  // the fingerprint was already in the library
    bool relinked = false; // … under another path, which was updated
};

struct SessionChanges
{
    std::optional<QString> objectives;
    std::optional<QString> nextSteps;
    std::optional<QDate> nextCoachingDate; // an invalid QDate clears it
    std::optional<int> focusCap;
};

// The coaching library in one SQLite file: reps, recordings, review sessions, notes of
// both tracks and capped focus items. Every change is committed as it is made. Private and
// shareable notes are kept in separate tables; the shareable functions never touch private
// ones. One Store per thread.
class Store
{
public:
    static constexpr int kDefaultFocusCap = 3;

    // Opens (creating when missing, mode 0600) and migrates the library at `path`
    // (":memory:" for a private in-memory one). A library from a newer Coachtrack is refused
    // and left untouched; before an upgrade a backup copy is written beside the file.
    static Result<std::unique_ptr<Store>> open(const QString& path);
    // <user data dir>/library.sqlite
    static QString defaultPath();
    static int latestSchemaVersion();

    ~Store();
    QString path() const;
    int schemaVersion() const;
    // PRAGMA integrity_check said "ok".
    Result<bool> integrityOk();

    // Reps
    Result<Rep> ensureRep(const QString& name);
    Result<Rep> rep(int64_t id);

    // Recordings
    Result<AddedRecording> addRecording(const NewRecording& recording);
    Result<Recording> recording(int64_t id);
    Result<std::optional<Recording>> recordingByFingerprint(const QString& fingerprint);
    Result<std::vector<Recording>> recordings();
    Result<void> relink(int64_t recordingId, const QString& newPath);

    // Review sessions
    // The recording's latest session, created on first use.
    Result<ReviewSession> currentSession(int64_t recordingId);
    Result<ReviewSession> session(int64_t id);
    Result<ReviewSession> updateSession(int64_t id, const SessionChanges& changes);

    // Notes
    Result<ShareableNote> addShareableNote(const NoteDraft& draft, bool focus = false);
    Result<PrivateNote> addPrivateNote(const NoteDraft& draft);
    Result<Track> trackOf(int64_t noteId);
    Result<ShareableNote> shareableNote(int64_t id);
    Result<PrivateNote> privateNote(int64_t id);
    Result<std::vector<ShareableNote>> shareableNotes(int64_t sessionId);
    Result<std::vector<PrivateNote>> privateNotes(int64_t sessionId);
    Result<void> editText(int64_t noteId, const QString& text);
    Result<void> retime(int64_t noteId, int64_t startMs, std::optional<int64_t> endMs);
    // "Rephrase for the rep": a new shareable note at the private note's moment.
    Result<ShareableNote> rephrase(int64_t privateNoteId, const QString& text);
    Result<void> deleteNote(int64_t noteId);
    // Puts a deleted note back exactly as it was (same id, focus status, twin link): for undo.
    Result<void> restore(const ShareableNote& note);
    Result<void> restore(const PrivateNote& note);
    // Sets or clears which shareable note a private note was rephrased as (undo of rephrase).
    Result<void> setRephrasedAs(int64_t privateNoteId, std::optional<int64_t> shareableNoteId);

    // Focus items
    Result<void> promote(int64_t noteId);
    Result<void> demote(int64_t noteId);
    Result<void> setFocusStatus(int64_t noteId, FocusStatus status);
    Result<int> focusCount(int64_t sessionId);

    // Full-text search (FTS5, prefix matching on every word), best matches first.
    Result<std::vector<SearchHit>> searchShareable(const QString& query, int limit = 50);
    Result<std::vector<SearchHit>> searchPrivate(const QString& query, int limit = 50);

    // Exports
    // What the rep may read about a session, read while private tables are unreadable.
    Result<DebriefSheet> debriefSheet(int64_t sessionId);
    // The sheet plus the private notes: for the manager's own archive only.
    Result<ArchiveSheet> archiveSheet(int64_t sessionId);
    // Runs a scalar query the way debriefSheet runs its queries (for tests of the guard).
    Result<int64_t> probeUnderPrivacyGuard(const QString& sql);

private:
    Store();
    Result<void> migrate();
    Result<int64_t> sessionRecordingDuration(int64_t sessionId);
    Result<void> checkDraft(const NoteDraft& draft);
    Result<void> checkTiming(int64_t sessionId, int64_t startMs, std::optional<int64_t> endMs);
    Result<void> insertFocus(int64_t noteId, int64_t sessionId, FocusStatus status);
    Result<int64_t> newNoteId(Track track);
    Result<std::vector<SearchHit>> search(Track track, const QString& query, int limit);
    StoreError capError(int64_t sessionId);
    Result<std::vector<CarriedFocus>> previousFocus(const ReviewSession& session);

    std::unique_ptr<sql::Connection> m_db;
    int m_schemaVersion = 0;
};

} // namespace coachtrack::annotations
