#pragma once

#include "annotations/Debrief.h"
#include "annotations/Tracker.h"
#include "media/SpeechDetector.h"
#include "media/TalkMetrics.h"

#include <vector>

namespace coachtrack::media {
struct AudioAnalysis;
}

namespace coachtrack::workflows {

// Who spoke when in one analysed recording and what that adds up to: computed here, and only
// here, for the window's speaker lanes and session panel, the debrief sheet and `coachtrack
// talk`, so that all three always show the same figures. Pure; any thread.
struct RecordingTalk
{
    std::vector<std::vector<media::SpeechSegment>> speech; // per channel
    media::TalkMetrics metrics;
};

// `repChannel` is the recording's rep side (0 left, 1 right) for a two-channel call.
RecordingTalk talkOf(const media::AudioAnalysis& analysis, int repChannel);

// The figures a debrief sheet shows, from the metrics.
annotations::DebriefTalk debriefTalkOf(const media::TalkMetrics& metrics);

// The version of what measures talk (speech detection and the metrics): a change in either
// makes kept metrics of an older version stale, to be measured again.
inline constexpr int kTalkAnalyserVersion = 1;
// The metrics as the library keeps them for the rep tracker.
annotations::KeptTalk keptTalkOf(int64_t recordingId, int repChannel,
                                 const media::TalkMetrics& metrics);

} // namespace coachtrack::workflows
