#include "media/RecordingAnalyser.h"

#include "media/Fingerprint.h"
#include "media/InputFile.h"

namespace coachtrack::media {

std::expected<AnalysisOutcome, Error>
analyseRecording(const QString& path, const PeakCache& cache, const AnalysisOptions& options,
                 ProgressSink& progress, const CancelToken& cancel, PartialPeaksSink* partial)
{
    auto fingerprint = fingerprintFile(path);
    if (!fingerprint)
        return std::unexpected(fingerprint.error());
    if (auto cached = cache.load(*fingerprint)) {
        if (cached->noAudio)
            return std::unexpected(ffmpeg::fileError(ErrorCode::NoAudioStream, path,
                                                     QStringLiteral("has no audio stream")));
        progress.progress(1.0);
        return AnalysisOutcome{std::move(cached->analysis), true, {}};
    }
    AnalysisOutcome outcome;
    auto analysed = analyseAudio(path, options, progress, cancel, partial, &outcome.stats);
    if (!analysed) {
        if (analysed.error().code == ErrorCode::NoAudioStream)
            cache.store(*fingerprint, CachedAnalysis{true, {}});
        return std::unexpected(analysed.error());
    }
    // Stored from where it lies, never copied (a 3-hour call's analysis is 40 MB). A cache
    // that cannot be written only costs time.
    CachedAnalysis entry{false, std::move(*analysed)};
    cache.store(*fingerprint, entry);
    outcome.analysis = std::move(entry.analysis);
    return outcome;
}

std::vector<std::vector<SpeechSegment>> speechOf(const AudioAnalysis& analysis,
                                                 const SpeechDetectorOptions& options)
{
    return detectSpeechPerChannel(analysis.energy, analysis.energyBlockMs, analysis.durationMs(),
                                  options);
}

} // namespace coachtrack::media
