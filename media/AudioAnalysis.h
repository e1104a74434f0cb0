#pragma once

#include "media/Jobs.h"
#include "media/MediaError.h"
#include "media/PeakPyramid.h"

#include <QString>
#include <expected>
#include <vector>

namespace coachtrack::media {

// Everything one decode pass learns about a recording's audio.
struct AudioAnalysis
{
    PeakPyramid peaks;
    // Mean square per energyBlockMs of audio (PeakBuilder::kEnergyBlockMs, whatever the
    // sample rate; block i starts at i × energyBlockMs), per channel: speech detection input.
    std::vector<std::vector<float>> energy;
    int energyBlockMs = 0;

    int sampleRate() const { return peaks.sampleRate(); }
    int channelCount() const { return peaks.channelCount(); }
    int64_t frames() const { return peaks.frames(); }
    int64_t durationMs() const { return sampleRate() > 0 ? frames() * 1000 / sampleRate() : 0; }
};

struct AnalysisOptions
{
    int threads = 2;          // decode segments concurrently; 1 = a single pass
    int64_t prerollMs = 2000; // decoded and discarded before each later segment
    bool speechEnergy = true; // also collect the energy envelope speech detection needs
    // Opus carries decoder state, so after a jump it never matches a straight decode bit for
    // bit, though after the pre-roll it agrees to float rounding. Its seams are accepted when
    // the two decodes of the seam window differ by at most this much (of full scale): 1/256
    // (-48 dBFS, 128 steps of 16 bits) is under a pixel on any lane up to 512 px tall, at any
    // time zoom. 0 accepts only bit-identical seams, so Opus is then decoded in one pass. AAC
    // never re-synchronises (noise substitution) and is always decoded in one pass.
    float divergentSeamTolerance = kDivergentSeamTolerance;
    static constexpr float kDivergentSeamTolerance = 1.0f / 256;
    // Attempt segments even where only bit-identical seams count (AAC; Opus with a tolerance
    // of 0): the seam check then falls back to one pass. For tests of that fallback.
    bool parallelEvenIfDivergent = false;
};

// Diagnostics of how a pass went (for benchmarks and tests).
struct AnalysisStats
{
    int segments = 0;
    int seamsVerified =
        0; // later segments whose first samples matched the earlier decode bit for bit
    int seamsRedone = 0; // later segments decoded again sequentially because they did not
    // later Opus segments kept because their seam window agreed within the tolerance; the
    // largest difference seen at any seam, kept or redone (of full scale)
    int seamsWithinBound = 0;
    float worstSeamDifference = 0;
};

// Receives level-0 peaks while decoding goes on, so a view can fill in progressively.
// Called from decoding threads; the peaks passed are provisional until the job returns.
class PartialPeaksSink
{
public:
    virtual ~PartialPeaksSink() = default;
    // `peaks[channel]` are consecutive level-0 peaks starting at peak index `firstPeak`.
    virtual void partialPeaks(int64_t firstPeak, const std::vector<std::vector<MinMax>>& peaks) = 0;
};

// Decodes the audio of `path` once and returns its peak pyramid and energy envelope.
// Splits the file into time segments decoded concurrently; a later segment is kept only
// when its first samples equal, bit for bit, what the earlier segment's decoder produced
// past its end, so the result is identical to a single pass — or, for Opus, agree within
// divergentSeamTolerance after the pre-roll. Runs on the calling thread
// (plus `threads - 1` helpers); progress and partial peaks are reported from there.
std::expected<AudioAnalysis, Error> analyseAudio(const QString& path,
                                                 const AnalysisOptions& options,
                                                 ProgressSink& progress, const CancelToken& cancel,
                                                 PartialPeaksSink* partial = nullptr,
                                                 AnalysisStats* stats = nullptr);

} // namespace coachtrack::media
