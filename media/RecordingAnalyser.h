#pragma once

#include "media/AudioAnalysis.h"
#include "media/PeakCache.h"
#include "media/SpeechDetector.h"
#include "media/TalkMetrics.h"

namespace coachtrack::media {

// The analysis of a recording, through the cache: a cached result is returned at once;
// otherwise the file is decoded once (in parallel) and the result stored. `fromCache`
// tells which happened. "No audio stream" is cached too, so it is not retried.
struct AnalysisOutcome
{
    AudioAnalysis analysis;
    bool fromCache = false;
    AnalysisStats stats;
};

std::expected<AnalysisOutcome, Error> analyseRecording(const QString& path, const PeakCache& cache,
                                                       const AnalysisOptions& options,
                                                       ProgressSink& progress,
                                                       const CancelToken& cancel,
                                                       PartialPeaksSink* partial = nullptr);

// Speech segments of every channel of an analysis (a two-channel call without crosstalk).
std::vector<std::vector<SpeechSegment>> speechOf(const AudioAnalysis& analysis,
                                                 const SpeechDetectorOptions& options = {});

} // namespace coachtrack::media
