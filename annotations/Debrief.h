#pragma once

// The debrief sheet: everything the rep may read about one review session, and nothing else.
// It holds shareable notes only (the PrivateNote type cannot go in), and it is filled by
// Store::debriefSheet under a guard that makes private tables unreadable. Value types.

#include "annotations/SessionTemplate.h"
#include "annotations/Types.h"

#include <QImage>
#include <optional>
#include <vector>

namespace coachtrack::annotations {

// A focus item of this session, numbered 1…cap in time order.
struct FocusLine
{
    int number = 0;
    ShareableNote note;
    FocusStatus status = FocusStatus::Open;
    QString question;     // the opening question for the rep; may be empty
    QString practicePlan; // how the rep will practise it; may be empty
    // The HTML debrief's player for the moment: where its clip is (a path relative to the
    // sheet, or a data: URL) and whether it has pictures. Empty: no player.
    QString clipSource;
    bool clipIsVideo = false;
};

// A focus item of the rep's previous session ("last time we worked on …"), with the status
// it has now.
struct CarriedFocus
{
    QString text;
    FocusStatus status = FocusStatus::Open;
    int64_t startMs = 0;
    QString callTitle;
    QDate callDate;
};

// Conversation metrics of the call, as far as they are known (dual-channel calls give one
// speaker per channel; otherwise only `note` explains why per-speaker figures are missing).
struct DebriefTalk
{
    bool perSpeaker = false;
    std::optional<double> repShare; // 0..1 of all speech
    std::optional<int64_t> repLongestMonologueMs;
    std::optional<int64_t> buyerLongestMonologueMs;
    std::optional<int64_t> patienceMs;
    std::optional<double> switchesPerMinute;
    QString note;
};

// What the call's transcript adds about how the rep talked: what only words can tell. Filled
// only when a transcript speaker has the rep's role.
struct DebriefTranscript
{
    int repQuestions = 0;
    double repQuestionsPer10Min = 0;
    std::optional<int> buyerQuestions; // when a speaker is the buyer
    double repWordsPerMinute = 0;
    double repFillersPerMinute = 0;
    // A team call (a speaker is the manager): the manager's share of the selling side's talk.
    std::optional<double> managerShare;
};

// Reference figures printed beside the metrics (see DESIGN.md, "Reference figures").
struct TalkReference
{
    // On a team call the rep should lead: the manager takes 10-15% of the selling side's talk.
    static constexpr double kManagerShareLow = 0.10;
    static constexpr double kManagerShareHigh = 0.15;
    static constexpr double kBestRepShare = 0.43; // highest-converting rep share, 25k sales calls
    static constexpr double kTypicalRepShareLow = 0.65;
    static constexpr double kTypicalRepShareHigh = 0.75;
};

struct DebriefSheet
{
    int64_t sessionId = 0;
    int64_t recordingId = 0;
    QString repName;
    QString callTitle;
    QDate callDate;
    int64_t durationMs = 0;
    QString account;
    Outcome outcome = Outcome::Open;
    QString objectives;
    QString selfWentWell; // the rep's own view, in their words
    QString selfWouldChange;
    QString nextSteps;
    QDate nextCoachingDate;
    int focusCap = kDefaultFocusCap;
    std::vector<FocusLine> focus;                // never more than focusCap
    std::vector<ShareableNote> notes;            // all shareable notes, in time order
    std::vector<CarriedFocus> lastTime;          // focus items of the rep's previous session
    std::optional<DebriefTalk> talk;             // filled by the app from the media engine
    std::optional<DebriefTranscript> transcript; // from the call's transcript, when it has one
    QImage timeline;                             // the waveform with markers; may be null
    // The structure the session followed: the sheet's sections come in its order, under its
    // headings (its prompts are the manager's and are never printed).
    SessionTemplate layout = builtInTemplate();

    // The focus number of a note, or 0 when it is not a focus item.
    int focusNumber(int64_t noteId) const;
};

// The manager's own archive of a session: the sheet plus the private notes, each to be
// marked as private wherever it is written. Only the archive exporters take this type.
struct ArchiveSheet
{
    DebriefSheet sheet;
    std::vector<PrivateNote> privateNotes;
};

} // namespace coachtrack::annotations
