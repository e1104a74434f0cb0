#pragma once

#include "annotations/Types.h"
#include "media/SpeechDetector.h"

#include <QString>
#include <map>
#include <vector>

namespace coachtrack::workflows {

// How far a cue boundary may move onto the detected speech. Meeting tools' cue times are
// coarse (whole seconds, or a recogniser's late endpoint) and usually within a second of
// where the speech starts or stops; further than that, the boundary more likely belongs to
// another sentence, so it is left alone.
inline constexpr int64_t kCueSnapToleranceMs = 1000;
// A boundary this close to the speech's edge is left as the file gave it: the detector's edge
// is no more exact than that (its blocks and smoothing), so moving it would only mark a good
// transcript as moved.
inline constexpr int64_t kCueSnapMinimumMs = 100;

// Moves each cue's start onto the nearest start of detected speech on its speaker's channel,
// and its end onto the nearest end of speech, when they are within `toleranceMs` (and further
// than kCueSnapMinimumMs). A start
// never moves onto speech that the same speaker's previous cue still covers, nor an end onto
// speech their next cue starts in (one stretch of speech can hold several cues). A moved cue
// keeps the file's times in fileStartMs/fileEndMs. Cues without a speaker, or whose speaker
// has no channel in `channelOf`, keep theirs. The result is ordered by start time (stable).
// Pure; any thread.
std::vector<annotations::TranscriptLine>
snapCuesToSpeech(std::vector<annotations::TranscriptLine> lines,
                 const std::vector<std::vector<media::SpeechSegment>>& speech,
                 const std::map<QString, int>& channelOf,
                 int64_t toleranceMs = kCueSnapToleranceMs);

} // namespace coachtrack::workflows
