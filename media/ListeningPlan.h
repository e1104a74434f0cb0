#pragma once

#include "media/TalkMetrics.h"

#include <cstdint>
#include <vector>

namespace coachtrack::media {

// What of a call playback jumps over, so a review costs a fraction of the call's length:
// the long pauses (skip silence) or everything but one speaker's turns (focus listening).
// Spans of recording time, sorted and disjoint; PlaybackPipeline splices over them with the
// clock kept exact. Pure; any thread.
struct SkipSpan
{
    int64_t startMs = 0;
    int64_t endMs = 0;
    int64_t lengthMs() const { return endMs - startMs; }
    bool operator==(const SkipSpan&) const = default;
};

struct SilenceSkipOptions
{
    int64_t minPauseMs = 800; // pauses where nobody speaks at least this long are shortened …
    int64_t keptMs = 300;     // … to this gap (half of it kept at each side of the pause)
};

// The pauses of a call where no channel speaks, each shortened to `keptMs`. A pause at the
// very start or end is cut from the recording's edge.
std::vector<SkipSpan> silenceSkips(const TalkMetrics& talk, const SilenceSkipOptions& options = {});

enum class FocusSpeaker
{
    Everyone, // no focus: the whole call
    Rep,      // the rep's turns, each with `contextMs` of the call before it (the buyer's end)
    Buyer,    // the buyer's turns only
};

// Everything outside the focused speaker's turns (from speakerTurns); nothing for Everyone
// or a call whose speakers are not known (talk.perSpeaker false).
std::vector<SkipSpan> focusSkips(const TalkMetrics& talk, FocusSpeaker speaker,
                                 int64_t contextMs = 1000);

// Everything of [0, durationMs) outside `heard` (sorted, disjoint): the spans to skip to hear
// only those.
std::vector<SkipSpan> skipsOutside(const std::vector<SkipSpan>& heard, int64_t durationMs);

// Both sets of spans as one (sorted, overlapping and touching spans merged).
std::vector<SkipSpan> mergeSkips(std::vector<SkipSpan> a, const std::vector<SkipSpan>& b);

// The recording time the spans leave to be heard, of `durationMs`.
int64_t heardMs(const std::vector<SkipSpan>& skips, int64_t durationMs);

} // namespace coachtrack::media
