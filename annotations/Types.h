#pragma once

// Domain value types of the coaching library. Times are integer milliseconds.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <cstdint>
#include <optional>

namespace coachtrack::annotations {

// How many focus items a new review session may hold (a session's cap is 1 to 5).
inline constexpr int kDefaultFocusCap = 3;

enum class Track
{
    Private,
    Shareable
};
enum class FocusStatus
{
    Open,
    Practising,
    Achieved,
    Dropped
};
enum class Outcome
{
    Open,
    Won,
    Lost
};

QString trackName(Track track);
std::optional<Track> trackFromName(const QString& name);
QString focusStatusName(FocusStatus status);
std::optional<FocusStatus> focusStatusFromName(const QString& name);
// The word people read for a status, in the window and on the debrief: New, Practising,
// Achieved, Set aside.
QString focusStatusLabel(FocusStatus status);
QString outcomeName(Outcome outcome);
std::optional<Outcome> outcomeFromName(const QString& name);
// The rep's channel of a dual-channel recording: 0 "left", 1 "right".
QString repChannelName(int channel);
std::optional<int> repChannelFromName(const QString& name);

struct Rep
{
    int64_t id = 0;
    QString name;
    QString team;
    int cadenceDays = 7;
};

struct Recording
{
    int64_t id = 0;
    QString path;
    QString fingerprint;
    int64_t durationMs = 0;
    QDate callDate;
    QString title;
    std::optional<int64_t> repId;
    QString account;
    Outcome outcome = Outcome::Open;
    int repChannel = 0; // 0 = left, 1 = right
    // Size and modification time when the fingerprint was last checked (0: not known).
    int64_t sizeBytes = 0;
    int64_t mtimeMs = 0;
    // The length the file's header claims, when its audio really ends earlier (durationMs).
    std::optional<int64_t> headerDurationMs;
};

struct ReviewSession
{
    int64_t id = 0;
    int64_t recordingId = 0;
    std::optional<int64_t> repId;
    QDateTime created;
    QDateTime updated;
    QString objectives;
    QString nextSteps;
    QDate nextCoachingDate;
    int focusCap = kDefaultFocusCap;
    // The rep's own view, asked first: what went well, what they would change.
    QString selfWentWell;
    QString selfWouldChange;
    // The template the session follows (SessionTemplate.h): the default when it was made;
    // none (an older session, or its template was deleted): the library's default.
    std::optional<int64_t> templateId;
};

// What a note of either track holds. `Note` keeps the two tracks' types apart: a
// PrivateNote is no NoteFields<ShareableNote>, so neither converts into the other.
template<typename Note>
struct NoteFields
{
    int64_t id = 0;
    int64_t sessionId = 0;
    int64_t startMs = 0;
    std::optional<int64_t> endMs;
    QString text;
    QString tags;
    QDateTime created;
    QDateTime edited;
};

// A rep-facing note. Only shareable notes can be focus items.
struct ShareableNote : NoteFields<ShareableNote>
{
    std::optional<FocusStatus> focus; // set when the note is a focus item
};

// Whether a private note's text could be read. In an encrypted library notes are Locked
// until the library's key is given, and Damaged when their sealed bytes were changed; their
// text and tags are empty then.
enum class PrivateAccess
{
    Readable,
    Locked,
    Damaged
};

// The manager's own note. A distinct type, so that no shareable path can hold one.
struct PrivateNote : NoteFields<PrivateNote>
{
    std::optional<int64_t> rephrasedAs; // the shareable twin, when one was made
    PrivateAccess access = PrivateAccess::Readable;
};

// What a new note says and where it sits.
struct NoteDraft
{
    int64_t sessionId = 0;
    int64_t startMs = 0;
    std::optional<int64_t> endMs;
    QString text;
    QString tags;
    // Optional: a key chosen by the caller (a UUID); adding a note with a key already used
    // returns the note added then instead of a second one.
    QString clientKey;
};

struct SearchHit
{
    int64_t noteId = 0;
    Track track = Track::Shareable;
    int64_t sessionId = 0;
    int64_t recordingId = 0;
    int64_t startMs = 0;
    QString snippet; // matches wrapped in [ and ]
    // The same with each match between kMatchStart and kMatchEnd, characters no note holds,
    // so that a bracket in the note itself is never taken for a match.
    QString marked;
    // A line of a recording's transcript rather than a note (noteId is then the cue's id,
    // sessionId 0, track Shareable: transcripts are not private).
    bool inTranscript = false;
    QString speaker; // the transcript line's speaker
};
// What a speaker on a call is to the coaching: the rep, their buyer, the manager (on a team
// call), or anyone else.
enum class SpeakerRole
{
    Rep,
    Buyer,
    Manager,
    Other,
};
QString speakerRoleName(SpeakerRole role); // "rep", "buyer", "manager", "other"
std::optional<SpeakerRole> speakerRoleFromName(const QString& name);

// One timed line of a recording's transcript.
struct TranscriptLine
{
    TranscriptLine() = default;
    TranscriptLine(int64_t start, int64_t end, QString speakerName, QString lineText,
                   bool estimatedTimes = false, std::optional<int64_t> fileStart = {},
                   std::optional<int64_t> fileEnd = {})
        : startMs(start)
        , endMs(end)
        , speaker(std::move(speakerName))
        , text(std::move(lineText))
        , estimated(estimatedTimes)
        , fileStartMs(fileStart)
        , fileEndMs(fileEnd)
    {
    }
    int64_t startMs = 0;
    int64_t endMs = 0;
    QString speaker; // as the transcript named them; empty for nobody
    QString text;
    bool estimated = false; // times interpolated on import
    // The file's own times when the import moved the cue onto the detected speech; then
    // startMs/endMs are the moved times. Empty when the cue kept the file's times.
    std::optional<int64_t> fileStartMs;
    std::optional<int64_t> fileEndMs;
    bool retimed() const { return fileStartMs.has_value(); }
    bool operator==(const TranscriptLine&) const = default;
};

struct TranscriptSpeaker
{
    QString name;
    std::optional<SpeakerRole> role; // nullopt: not yet known
    // Set when the role was proposed from the call's audio (0..1), not given or remembered.
    std::optional<double> confidence;
};

// A recording's transcript as the library keeps it.
struct RecordingTranscript
{
    QString format;                          // "webvtt", "srt", …
    QString sourceName;                      // the imported file's name
    std::vector<TranscriptLine> lines;       // by start time
    std::vector<TranscriptSpeaker> speakers; // by name
};

inline constexpr QChar kMatchStart = QChar(0x02);
inline constexpr QChar kMatchEnd = QChar(0x03);

} // namespace coachtrack::annotations
