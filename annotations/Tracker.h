#pragma once

// What the rep tracker reads about coaching over time: each rep's activity for the team
// overview, a rep's review sessions and the history of their focus items. Filled by the
// Store (StoreTracker.cpp) from shareable tables only: a review session counts as a coaching
// session once it holds a shareable note. Value types; any thread.

#include "annotations/Types.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace coachtrack::annotations {

// One rep as the team overview needs them.
struct RepActivity
{
    Rep rep;
    std::optional<QDateTime> lastSession;      // when the latest coaching session was made (UTC)
    int sessionsSince = 0;                     // coaching sessions made since the time asked for
    int openFocusItems = 0;                    // open or practising, over all their sessions
    std::optional<Recording> latestUnreviewed; // their newest call without a coaching session
    QDate nextPlanned; // the next coaching date their latest session set (invalid: none)
};

// A recording's talk metrics as kept in the library (see media::TalkMetrics): measured once,
// read by the tracker's charts. Per-speaker figures are empty for a call that cannot tell
// its speakers apart.
struct KeptTalk
{
    int64_t recordingId = 0;
    int analyserVersion = 0;
    int repChannel = 0;
    bool perSpeaker = false;
    std::optional<double> repShare;
    std::optional<int64_t> repLongestMs;
    std::optional<int64_t> buyerLongestMs;
    std::optional<int64_t> patienceMs;
    std::optional<double> switchesPerMinute;
    bool operator==(const KeptTalk&) const = default;
};

// A skill of the library's scorecard ("Discovery questions"), in the list's order.
struct Skill
{
    int64_t id = 0;
    QString name;
    int position = 0;
    bool operator==(const Skill&) const = default;
};

// One skill's rating for one review session: the manager's and the rep's own (1-5 each, at
// least one given), and the manager's comment for the rep.
struct Score
{
    int64_t sessionId = 0;
    Skill skill;
    std::optional<int> manager;
    std::optional<int> self;
    QString comment;
    // self − manager when both rated: above 0 the rep sees themselves better than the manager.
    std::optional<int> gap() const
    {
        return manager && self ? std::optional(*self - *manager) : std::nullopt;
    }
};

// The rep's own rating of one skill of a call (a rep's filled-in form), for the call's
// current review session.
struct SelfRating
{
    int64_t recordingId = 0;
    int64_t skillId = 0;
    int rating = 0;
};

// One of a rep's latest coaching sessions, as the overview's trends need it: the call's kept
// talk metrics and the session's scores in short.
struct RecentSession
{
    QDateTime created; // UTC
    std::optional<KeptTalk> talk;
    std::optional<double> meanManager; // the manager's mean rating over the skills scored
    std::optional<double> meanGap;     // the mean of |rep's − manager's| where both rated
};

// A rep's coaching plan: a skill of the scorecard they work on, the behaviour that would show
// it, and the local dates it ran (ended invalid: still running). A rep runs at most
// kMaxRunningPlans at once.
struct CoachingPlan
{
    int64_t id = 0;
    int64_t repId = 0;
    Skill skill;
    QString target;
    QDate started;
    QDate ended;
    bool running() const { return !ended.isValid(); }
    bool operator==(const CoachingPlan&) const = default;
};
inline constexpr int kMaxRunningPlans = 2;

// One coaching session of a rep, oldest first in a rep's list.
struct SessionSummary
{
    int64_t sessionId = 0;
    int64_t recordingId = 0;
    QString callTitle;
    QDate callDate;
    QDateTime created; // UTC
    QDate nextCoachingDate;
    int focusItems = 0;
    QStringList shareableTexts;   // for the manager's view of how the notes are phrased
    std::optional<KeptTalk> talk; // the call's kept talk metrics, when it was measured
    std::vector<Score> scores;    // in the skill list's order
};

// One status a focus item had, and since when.
struct FocusChange
{
    FocusStatus status = FocusStatus::Open;
    QDateTime at; // UTC
    QString by;   // empty: the manager; else the rep's login (set on the team server)
};

// A focus item of a rep with every status it has had, oldest first.
struct FocusHistory
{
    int64_t noteId = 0;
    int64_t sessionId = 0;
    QString text;
    int64_t startMs = 0;
    QString question;
    QString practicePlan;
    FocusStatus status = FocusStatus::Open;
    std::vector<FocusChange> changes;
};

} // namespace coachtrack::annotations
