#pragma once

// The moments of a call worth hearing, so a review can jump between them instead of listening
// to everything: the rep's long monologues, interruptions (one speaker starting while the other
// still talks), the buyer's longest turns, long silences after the rep asked something,
// the rep's questions and mentions of the keywords the manager watches (price, budget, …).
// From the call's speech per channel (a two-channel call: one speaker each) and its
// transcript when there is one (questions, keywords and silences after a question need it).
// Pure; any thread.

#include "annotations/Types.h"
#include "media/TalkMetrics.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace coachtrack::workflows {

enum class MomentKind
{
    Monologue,            // the rep talking at length
    Interruption,         // a speaker starting over the other
    BuyerTurn,            // the buyer talking at length
    SilenceAfterQuestion, // nobody speaking after the rep asked something
    Question,             // the rep asking (transcript)
    Keyword,              // a watched word said (transcript)
};

struct Moment
{
    MomentKind kind = MomentKind::Monologue;
    int64_t startMs = 0;
    int64_t endMs = 0;
    QString speaker; // "rep", "buyer", or the transcript's name
    QString label;   // "Rep talked for 0:42", "Price: “what would that cost …”"
    bool operator==(const Moment&) const = default;
};

struct MomentOptions
{
    int64_t monologueMs = 30'000;           // a rep turn at least this long
    int64_t buyerTurnMs = 5'000;            // a buyer turn at least this long …
    int buyerTurns = 3;                     // … of the longest few
    int64_t interruptionOverlapMs = 500;    // the other still talking this long after
    int64_t silenceAfterQuestionMs = 3'000; // nobody speaking this long after a question
    QStringList keywords;                   // whole words or phrases, without case
};

// "monologue", "interruption", "buyer-turn", "silence-after-question", "question", "keyword"
QString momentKindName(MomentKind kind);
// The keywords watched by default: price, pricing, budget, cost, discount, competitor,
// contract, next steps, decision, timeline.
QStringList defaultMomentKeywords();

// The moments of a call in time order. `talk` gives the speech per channel (per speaker when
// talk.perSpeaker); `transcript` (may be null) the words.
std::vector<Moment> momentsOf(const media::TalkMetrics& talk,
                              const annotations::RecordingTranscript* transcript,
                              const MomentOptions& options = {});

// The moment after / before `positionMs` (strictly), for N and Shift+N; nullopt at either end.
std::optional<Moment> nextMoment(const std::vector<Moment>& moments, int64_t positionMs);
std::optional<Moment> previousMoment(const std::vector<Moment>& moments, int64_t positionMs);

} // namespace coachtrack::workflows
