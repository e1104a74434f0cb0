#pragma once

#include "annotations/Debrief.h"
#include "annotations/PrivateCipher.h"
#include "annotations/SessionTemplate.h"
#include "annotations/StoreError.h"
#include "annotations/Tracker.h"
#include "annotations/Types.h"

#include <QStringList>
#include <expected>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace coachtrack::annotations {

namespace sql {
class Connection;
class Statement;
} // namespace sql

// What changed in a recording file at the same path since it was fingerprinted.
struct FileStamp
{
    int64_t sizeBytes = 0;
    int64_t mtimeMs = 0;
};

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
    FileStamp stamp; // size and modification time the fingerprint was taken at
    std::optional<int64_t> headerDurationMs; // a truncated file's claimed length
};

struct AddedRecording
{
    int64_t id = 0;
    bool existed = false;  // the fingerprint was already in the library
    bool relinked = false; // … under another path, which was updated
};

struct RecoveryReport
{
    QString path;
    int64_t rowsCopied = 0;
    int64_t rowsLost = 0;      // rows that could be listed but not read or not kept
    QStringList damagedTables; // tables where a part could not even be listed
};

// What a shareable copy of the library holds (Store::writeShareableCopy): nothing private,
// so the counts may be shown to anyone.
struct ShareCopyReport
{
    QString path; // absolute
    int64_t recordings = 0;
    int64_t sessions = 0;
    int64_t shareableNotes = 0;
    int64_t focusItems = 0;
    int64_t transcripts = 0;
    // "3 recordings, 4 sessions, 12 shareable notes, 1 focus item, 2 transcripts"
    QString summary() const;
};

// A recording's call details to change: each field that is set is written, the others are
// left as they are (another program may be changing them).
struct RecordingChanges
{
    std::optional<QString> repName; // created when new; "" clears the rep
    std::optional<QString> title;   // one line, not blank
    std::optional<QDate> callDate;  // an invalid QDate clears it; never in the future
    std::optional<QString> account; // one line; "" clears it
    std::optional<Outcome> outcome;
    std::optional<int> repChannel; // 0 = left, 1 = right
};

// The call details of a recording, in the order they are reported.
enum class RecordingField
{
    Rep,
    Title,
    CallDate,
    Account,
    Outcome,
    RepChannel
};
// "rep", "title", "call date", "account", "outcome", "rep channel".
QString recordingFieldName(RecordingField field);

// One call detail that changed, with its values as the command line writes them ("" for none:
// no rep, no date, no account; a date is YYYY-MM-DD, a channel left or right).
struct RecordingChange
{
    RecordingField field;
    QString before;
    QString after;
};

struct UpdatedRecording
{
    Recording recording;                  // as it is now
    std::vector<RecordingChange> changes; // what really changed, in field order; often none
};

struct SessionChanges
{
    std::optional<QString> objectives;
    std::optional<QString> nextSteps;
    std::optional<QDate> nextCoachingDate; // an invalid QDate clears it
    std::optional<int> focusCap;
    std::optional<QString> selfWentWell; // the rep's own view (ReviewSession)
    std::optional<QString> selfWouldChange;
    std::optional<int64_t> templateId; // 0: follow the library's default template
};

// What a focus item says to the rep besides its note: the question the conversation about it
// opens with, and how they will practise it. Both shareable; either may be empty.
struct FocusGuide
{
    QString question;
    QString practicePlan;
    bool operator==(const FocusGuide&) const = default;
};

// The coaching library in one SQLite file: reps, recordings, review sessions, notes of
// both tracks and capped focus items. Every change is committed as it is made. Private and
// shareable notes are kept in separate tables; the shareable functions never touch private
// ones. One Store per thread.
// A session on the team server, as this library last published it.
struct TeamPublication
{
    int64_t sessionId = 0;
    QString digest; // of what was published (TeamPublisher's), to tell a changed session
    QDateTime publishedAt;
    bool withdrawn = false;
};

// How this library publishes to its team server.
struct TeamOptions
{
    bool publishOnExport = false; // exporting a debrief queues the session for publishing
    bool clips = false;           // the focus items' clips go with the debrief (size-capped)
};

// A focus status a rep set on the team server, to take into the library.
struct RepFocusChange
{
    int64_t noteId = 0;
    FocusStatus status = FocusStatus::Open;
    QDateTime at; // UTC, the server's clock
    QString by;   // the rep's login on the server
};

class Store
{
public:
    // Note text and tags are capped at 64 KiB of UTF-8 each.
    static constexpr int kMaxNoteBytes = 64 * 1024;

    // Opens (creating when missing) and migrates the library at `path` (":memory:" for a
    // private in-memory one). The library, its -wal/-shm and its backups are made mode 0600 at
    // every open. A library from a newer Coachtrack is refused and left untouched; before an
    // upgrade a backup copy is written beside the file. A read-only file or folder, or a file
    // whose pages fail SQLite's quick_check, is opened read-only (isReadOnly(), and every write
    // fails with the reason) and never written to.
    static Result<std::unique_ptr<Store>> open(const QString& path);
    // <user data dir>/library.sqlite
    static QString defaultPath();
    static int latestSchemaVersion();

    ~Store();
    QString path() const;
    int schemaVersion() const;
    // PRAGMA integrity_check said "ok"; integrityProblems() then lists what it found.
    Result<bool> integrityOk();
    QStringList integrityProblems() const;
    bool isReadOnly() const;
    QString readOnlyReason() const; // "" when writable
    // Changes whenever another connection (another window, the command line) commits.
    Result<int64_t> dataVersion();
    // Copies every row that can still be read into a new library at `newPath` (which must not
    // exist); full-text indexes are rebuilt there. For a damaged library.
    Result<RecoveryReport> recoverInto(const QString& newPath);

    // Reps
    Result<Rep> ensureRep(const QString& name);
    Result<Rep> rep(int64_t id);
    // Every rep, by name (case-insensitively).
    Result<std::vector<Rep>> reps();
    // The rep named so (without case), or NotFound.
    Result<Rep> repNamed(const QString& name);

    // The rep tracker (StoreTracker.cpp), read from shareable tables only.
    // How often a rep should be coached, in days (1 to 365).
    Result<void> setCadence(int64_t repId, int days);
    // Every rep's activity, by name; sessionsSince counts coaching sessions made at `since`
    // or later.
    Result<std::vector<RepActivity>> repActivity(const QDateTime& since);
    // Every rep's latest `perRep` coaching sessions, oldest first, by rep id (one pass).
    Result<std::map<int64_t, std::vector<RecentSession>>> recentCoaching(int perRep);
    // The metric names the team overview watches, one a line (nullopt: the default ones).
    Result<std::optional<QStringList>> watchedMetricNames();
    Result<void> setWatchedMetricNames(const QStringList& names);
    // A rep's coaching sessions, oldest first.
    Result<std::vector<SessionSummary>> repSessions(int64_t repId);
    // A rep's focus items with their status history, oldest first.
    Result<std::vector<FocusHistory>> focusHistory(int64_t repId);
    // Scorecards (StoreScores.cpp): the library's skill list, editable, and each session's
    // ratings of them.
    Result<std::vector<Skill>> skills();
    Result<Skill> addSkill(const QString& name);
    Result<void> renameSkill(int64_t skillId, const QString& name);
    // A skill that has scores or coaching plans is kept unless `withUses` (they go with it).
    Result<void> removeSkill(int64_t skillId, bool withUses);
    // Sets a session's rating of one skill (nullopt leaves a rating unset; both unset and no
    // comment removes the score). Ratings are 1 to 5.
    Result<void> setScore(int64_t sessionId, int64_t skillId, std::optional<int> manager,
                          std::optional<int> self, const QString& comment);
    Result<std::vector<Score>> scores(int64_t sessionId);
    // The rep's own ratings, all or none, each into its call's current review session (made
    // for a call that has none, in the same transaction); the manager's rating and comment stay.
    Result<void> setSelfRatings(const std::vector<SelfRating>& ratings);
    // Coaching plans (StorePlans.cpp): a rep's, running ones first, then by start date. Adding
    // one beyond kMaxRunningPlans running, or a second running one for the same skill, fails
    // with a message that says which.
    Result<std::vector<CoachingPlan>> coachingPlans(int64_t repId);
    Result<CoachingPlan> addPlan(int64_t repId, int64_t skillId, const QString& target,
                                 const QDate& started);
    Result<void> updatePlan(int64_t planId, const QString& target, const QDate& started);
    // Ends a plan on `ended` (invalid: runs again).
    Result<void> endPlan(int64_t planId, const QDate& ended);
    Result<void> deletePlan(int64_t planId);
    // Keeps a recording's talk metrics (replacing what was kept), and reads them back.
    Result<void> keepTalk(const KeptTalk& talk);
    Result<std::optional<KeptTalk>> keptTalk(int64_t recordingId);
    // The reviewed calls (those with a coaching session) of one rep, or of every rep, whose talk
    // metrics were never kept or were kept by an analyser older than `analyserVersion`.
    Result<std::vector<Recording>> unmeasuredCalls(std::optional<int64_t> repId,
                                                   int analyserVersion);
    // The calls no coaching session has reviewed yet (none with a shareable note), newest
    // call first (by call date, else the day it was added).
    Result<std::vector<Recording>> unreviewedCalls();
    // The review sessions with at least one shareable note, oldest first: what a team library
    // can be given (read with the private tables unreadable).
    Result<std::vector<int64_t>> sessionsWithShareableNotes();

    // Recordings
    Result<AddedRecording> addRecording(const NewRecording& recording);
    Result<Recording> recording(int64_t id);
    Result<std::optional<Recording>> recordingByFingerprint(const QString& fingerprint);
    Result<std::vector<Recording>> recordings();
    // Changes the call details asked for in one transaction and says which really changed
    // (nothing is written for a value that is already so). A new rep name creates the rep; the
    // recording's review sessions move to the new rep with it. A bad value (a blank title, a
    // line break, a date in the future, …) fails with InvalidInput and changes nothing.
    Result<UpdatedRecording> updateRecording(int64_t id, const RecordingChanges& changes);
    Result<void> relink(int64_t recordingId, const QString& newPath);
    // Remembers the size and modification time the file had when its fingerprint was checked.
    Result<void> setFileStamp(int64_t recordingId, const FileStamp& stamp);
    // The audio really ends at `decodedMs`, before the header's length: keeps both.
    Result<void> setMeasuredDuration(int64_t recordingId, int64_t decodedMs);

    // Review sessions
    // The recording's latest session, created on first use.
    Result<ReviewSession> currentSession(int64_t recordingId);
    Result<ReviewSession> session(int64_t id);
    Result<ReviewSession> updateSession(int64_t id, const SessionChanges& changes);

    // Notes
    Result<ShareableNote> addShareableNote(const NoteDraft& draft, bool focus = false);
    Result<PrivateNote> addPrivateNote(const NoteDraft& draft);
    // Adds every draft to `track` of session `sessionId` (their own session ids are ignored) in
    // one transaction: all of them, or none when one is refused (the error then says which).
    // Returns how many were added. For imports; no focus items, no client keys.
    Result<int> addNotes(int64_t sessionId, Track track, const std::vector<NoteDraft>& drafts);
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
    // A focus item's opening question for the rep and its practice plan
    // (StoreFocusQuestions.cpp): shown under the item on the debrief. Empty text removes one.
    // A note that is not a focus item is refused.
    Result<void> setFocusGuide(int64_t noteId, const FocusGuide& guide);
    Result<void> setFocusQuestion(int64_t noteId, const QString& question);
    Result<void> setFocusPlan(int64_t noteId, const QString& plan);
    // What a session's focus items say, by note id (items with neither are left out).
    Result<std::map<int64_t, FocusGuide>> focusGuides(int64_t sessionId);

    // Session templates (StoreTemplates.cpp). A library always has one default template; a
    // session follows the one it was given, else the default.
    Result<std::vector<SessionTemplate>> sessionTemplates(); // by name
    // The template named so (without case), or NotFound.
    Result<SessionTemplate> sessionTemplate(const QString& name);
    // Adds (id 0) or rewrites a template; names are unique without case. Returns it as kept.
    Result<SessionTemplate> saveSessionTemplate(const SessionTemplate& t);
    Result<void> setDefaultSessionTemplate(int64_t id);
    // The default cannot be deleted (make another one default first); the sessions that
    // followed a deleted template follow the default.
    Result<void> deleteSessionTemplate(int64_t id);
    // The template session `sessionId` follows.
    Result<SessionTemplate> templateOfSession(int64_t sessionId);

    // Full-text search (FTS5, prefix matching on every word), best matches first.
    Result<std::vector<SearchHit>> searchShareable(const QString& query, int limit = 50);
    Result<std::vector<SearchHit>> searchPrivate(const QString& query, int limit = 50);

    // Exports
    // What the rep may read about a session, read while private tables are unreadable.
    Result<DebriefSheet> debriefSheet(int64_t sessionId);
    // The sheet plus the private notes: for the manager's own archive only.
    Result<ArchiveSheet> archiveSheet(int64_t sessionId);
    // Writes a new library at `outPath` (which must not exist, nor be the library or one of its
    // companions) holding what the rep may read: reps, recordings, sessions, shareable notes,
    // focus items and the recordings' transcripts (with the roles remembered for their
    // speakers), read while private tables are unreadable. Shareable note ids are
    // renumbered 1..n, so no gap hints at private notes. On failure no file is left behind.
    // A read-only library is refused (SQLite would attach the copy read-only too).
    Result<ShareCopyReport> writeShareableCopy(const QString& outPath);
    // This library is such a copy: what is only the manager's (how the notes are phrased) is
    // not shown from it.
    Result<bool> isShareableCopy();
    // Runs a scalar query the way debriefSheet runs its queries (for tests of the guard).
    Result<int64_t> probeUnderPrivacyGuard(const QString& sql);

    // Private text leaves no trace (StorePrivacy.cpp). Deleting or editing a private note, and
    // everything below, wipes the old text from the file, its -wal, the private full-text
    // index and the upgrade backups. When a part of that cannot be done now (a backup that
    // cannot be written, another program reading), residueWarning() says so, without any text
    // of a note, and the next wipe tries again.
    static constexpr int kMaxRetentionDays = 3650;
    // How many days private notes are kept before they are forgotten (nullopt: until deleted).
    Result<std::optional<int>> privateRetentionDays();
    Result<void> setPrivateRetentionDays(std::optional<int> days);
    // Deletes every private note written more than `days` days before `now`; how many.
    Result<int> purgePrivateNotes(int days, const QDateTime& now = QDateTime::currentDateTimeUtc());
    // The same with the library's retention setting (0 purged when it keeps them until deleted).
    Result<int> purgeExpiredPrivateNotes(const QDateTime& now = QDateTime::currentDateTimeUtc());
    // A recording with its review sessions and every note in them.
    Result<void> deleteRecording(int64_t id);

    // A recording's transcript (StoreTranscripts.cpp). Importing replaces the one it had, in
    // one transaction. Each speaker gets the role given (a TranscriptSpeaker without a
    // confidence), else the one remembered for that name, else the one proposed (with a
    // confidence). Given roles are remembered for the next call; proposed ones are not.
    Result<void> importTranscript(int64_t recordingId, const RecordingTranscript& transcript,
                                  const std::vector<TranscriptSpeaker>& roles = {});
    Result<std::optional<RecordingTranscript>> transcript(int64_t recordingId);
    Result<void> setSpeakerRole(int64_t recordingId, const QString& speaker, SpeakerRole role);
    // The library's list of filler words for transcript metrics; nullopt: the default list.
    // Setting nullopt (or an empty list) goes back to the default. At most 200 words or
    // phrases of at most 60 characters each.
    Result<std::optional<QStringList>> fillerWords();
    Result<void> setFillerWords(const std::optional<QStringList>& words);
    // The library's list of phrasing rules for shareable notes, one per line ("directive: you
    // need to"; workflows/NotePhrasing.h reads and checks them); nullopt: the built-in list.
    // Setting nullopt (or an empty list) goes back to it. The manager's: never in a copy.
    Result<std::optional<QStringList>> phrasingRules();
    Result<void> setPhrasingRules(const std::optional<QStringList>& rules);
    // The words and phrases a call's moments watch for in its transcript (price, budget, …);
    // nullopt: the built-in list. Setting nullopt (or an empty list) goes back to it.
    Result<std::optional<QStringList>> momentKeywords();
    Result<void> setMomentKeywords(const std::optional<QStringList>& keywords);
    // The team library (StoreTeam.cpp). The team server this library publishes to (a
    // PostgreSQL URL without its password); empty when none. sync/ talks to the server; the
    // library remembers where, what is queued, what was published, and when it last synced.
    Result<QString> teamUrl();
    Result<void> setTeamUrl(const QString& url);
    // Asks for the session to be published at the next sync (it stays queued while the server
    // cannot be reached); a withdrawn session is shown to the rep again once published.
    Result<void> queueForTeam(int64_t sessionId);
    Result<std::vector<int64_t>> teamQueue();
    Result<void> recordPublished(int64_t sessionId, const QString& digest);
    // Withdrawn from the rep (kept on the server), or deleted from the server (forgotten).
    Result<void> recordWithdrawn(int64_t sessionId, bool deleted);
    Result<std::vector<TeamPublication>> teamPublications();
    // A withdrawal for the next sync (the server could not be reached): the session is marked
    // withdrawn here at once. recordWithdrawn() settles it.
    Result<void> queueWithdrawal(int64_t sessionId, bool deleted);
    Result<std::vector<std::pair<int64_t, bool>>> teamWithdrawals(); // session, deleted
    // The library now publishes to another server: what was published goes there at the next
    // sync (queued again; withdrawn sessions stay withdrawn), and nothing counts as synced.
    Result<void> restartTeamPublications();
    Result<TeamOptions> teamOptions();
    Result<void> setTeamOptions(const TeamOptions& options);
    Result<QDateTime> teamLastSync(); // invalid: never
    Result<void> setTeamLastSync(const QDateTime& at);
    // When each focus item of the session last changed status (UTC), by note id.
    Result<std::map<int64_t, QDateTime>> focusStatusTimes(int64_t sessionId);
    // Every status change of the session's focus items, oldest first (by: empty for the
    // manager's own, else the rep's login).
    Result<std::vector<std::pair<int64_t, FocusChange>>> focusStatusChanges(int64_t sessionId);
    // Takes in a rep's status change: kept in the item's history (once, however often it is
    // offered), and made the item's status when it is later than the library's own last
    // change (the later change wins). True when the status changed.
    Result<bool> takeRepFocusChange(const RepFocusChange& change);
    // Full-text search over every transcript, best matches first (noteId is the cue's id).
    Result<std::vector<SearchHit>> searchTranscripts(const QString& query, int limit = 50);
    // A rep with their review sessions and every note in them; their calls stay, without a rep.
    Result<void> deleteRep(int64_t id);
    QString residueWarning() const;

    // Private notes encrypted at rest (StoreCrypto.cpp). An encrypted library opens without
    // its key: shareable work goes on and private notes read as PrivateAccess::Locked (no
    // text); adding, editing, deleting, searching or archiving them fails with
    // StoreErrorCode::Locked until unlockPrivate(). Purges work locked.
    enum class KeyStorage
    {
        None,       // private notes are not encrypted
        Keyring,    // the key is in the desktop's secret store, under libraryId()
        Passphrase, // the key is in the library, wrapped by one derived from a passphrase
    };
    KeyStorage privateKeyStorage() const { return m_keyStorage; }
    bool isPrivateLocked() const;
    // Names this library's key in the secret store (kept by copies and recoveries).
    QString libraryId() const { return m_libraryId; }
    // Seals every private note with `key`, and every later one; the old plaintext is wiped as
    // by a delete. With a passphrase the key is kept in the library wrapped by an Argon2id key
    // of it; without, the caller keeps it (in the secret store). The library stays unlocked.
    Result<void> encryptPrivateNotes(const PrivateKey& key, const QString& passphrase = {});
    // Checks the key against the library's and, when right, makes private notes readable.
    Result<void> unlockPrivate(const PrivateKey& key);
    // The same with the key unwrapped from a passphrase; returns the key.
    Result<PrivateKey> unlockPrivate(const QString& passphrase);

private:
    Store();
    Result<void> identify();
    // "" when SQLite's quick_check (or integrity_check) finds nothing, else its first finding.
    Result<QString> checkPages(bool quick);
    Result<void> migrate();
    // A library setting kept as lines (the filler words, the phrasing rules): trimmed, without
    // blanks or repeats (any case), within `limits`.
    struct ListLimits
    {
        qsizetype maxLines = 0;
        qsizetype maxLength = 0;
        QString what;  // "a filler list"
        QString lines; // "words or phrases"
    };
    // Takes a session out of the team queues and records what became of it, in one transaction.
    Result<void> settleTeamSession(int64_t sessionId, const std::function<Result<void>()>& record);
    Result<std::optional<QStringList>> listSetting(const QString& key);
    Result<void> setListSetting(const QString& key, const std::optional<QStringList>& lines,
                                const ListLimits& limits);
    // Fills what a migration's SQL cannot: the built-in template of kTemplatesVersion.
    static constexpr int kTemplatesVersion = 8;
    Result<void> seedAfterMigration(int version);
    // StoreCrypto.cpp: the library's key settings; a private note's text as stored (sealed
    // when encrypted, or Locked); reading it back; private search over an in-memory index.
    void readKeySettings();
    struct StoredText
    {
        QString text;
        QString tags;
        std::optional<QByteArray> sealed;
    };
    Result<StoredText> storedForm(int64_t noteId, const QString& text, const QString& tags);
    Result<void> writeSealed(int64_t noteId, const StoredText& stored);
    void openSealed(PrivateNote& note, const QByteArray& sealed) const;
    // A row of the private select (StoreNotes.cpp), opened when sealed.
    PrivateNote readPrivate(const sql::Statement& s) const;
    Result<void> requireUnlocked() const;
    Result<std::vector<SearchHit>> searchSealed(const QString& ftsQuery, int limit);
    // Wipes what deleted or edited private text left behind (StorePrivacy.cpp).
    void wipePrivateResidue();
    // Makes the private notes of an upgrade backup match the library's.
    Result<void> matchBackupPrivateNotes(const QString& backup);
    // Removes all but the newest upgrade backup.
    void pruneUpgradeBackups();
    Result<void> checkText(const QString& text, const QString& tags = {});
    // Refuses bad call details (StoreDetails.cpp); a new recording may have no title yet.
    static Result<void> checkDetails(const RecordingChanges& details, bool newRecording);
    Result<void> changedFocusItem(int64_t noteId);
    // The note a client key was already used for, if any (for idempotent adds).
    Result<std::optional<std::pair<int64_t, Track>>> noteByClientKey(const QString& key);
    Result<int64_t> sessionRecordingDuration(int64_t sessionId);
    Result<void> checkDraft(const NoteDraft& draft);
    Result<void> checkTiming(int64_t sessionId, int64_t startMs, std::optional<int64_t> endMs);
    Result<void> insertFocus(int64_t noteId, int64_t sessionId, FocusStatus status);
    Result<int64_t> newNoteId(Track track, const QString& clientKey);
    // One track's notes table and how its notes are read back (StoreNotes.cpp).
    template<typename Note>
    struct NoteTable;
    // The one way a note is added, to either track's own table: or, for a client key used
    // before, the note added then.
    template<typename Note>
    Result<Note> addNote(const NoteTable<Note>& table, const NoteDraft& draft, bool focus);
    Result<std::vector<SearchHit>> search(Track track, const QString& query, int limit);
    StoreError capError(int64_t sessionId);
    Result<std::vector<CarriedFocus>> previousFocus(const ReviewSession& session);

    std::unique_ptr<sql::Connection> m_db;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    QStringList m_problems;
    QString m_residueWarning;
    KeyStorage m_keyStorage = KeyStorage::None;
    QString m_libraryId;
    std::optional<PrivateKey> m_privateKey;
    // Decrypted private text for search, in memory only; rebuilt when stale.
    std::unique_ptr<sql::Connection> m_privateIndex;
    int64_t m_privateIndexVersion = -1;
};

} // namespace coachtrack::annotations
