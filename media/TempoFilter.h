#pragma once

#include "media/MediaError.h"
#include "media/PcmBlock.h"

#include <cstdint>
#include <expected>
#include <memory>
#include <vector>

namespace coachtrack::media {

// How speech is sped up without raising its pitch.
enum class TempoAlgorithm
{
    Wsola,        // libavfilter `atempo`: waveform-similarity overlap-add (the default)
    PhaseVocoder, // libavfilter `rubberband` (librubberband), kept for comparison in bench/
};

// Changes the tempo of audio and keeps its pitch: planar float PCM in (at the source rate),
// interleaved signed 16-bit PCM out (mono stays mono, anything else becomes stereo), through
// a libavfilter graph. The tempo can change while audio flows, without a restart. One thread.
class TempoFilter
{
public:
    static constexpr double kMinTempo = 0.5;
    static constexpr double kMaxTempo = 3.0;

    static std::expected<TempoFilter, Error>
    create(int sampleRate, int channels, double tempo,
           TempoAlgorithm algorithm = TempoAlgorithm::Wsola);
    TempoFilter(TempoFilter&&) noexcept;
    TempoFilter& operator=(TempoFilter&&) noexcept;
    ~TempoFilter();

    // The tempo this filter really applies for a requested one: clamped to 0.5–3 and, for
    // WSOLA, rounded to a multiple of 1/256, so that atempo's whole-sample fragment steps
    // (half a window: 256, 512 or 1024 samples) are exact and the playback clock, which
    // assumes this tempo, never drifts (1.3 plays at 1.30078, a 0.06% difference).
    static double effectiveTempo(double requested,
                                 TempoAlgorithm algorithm = TempoAlgorithm::Wsola);

    // Recording frames by which the output runs ahead of the input's own timeline: the first
    // output frame plays recording frame leadFrames() (half of atempo's window: 16-32 ms).
    // Measured end to end by the playback clock tests.
    int64_t leadFrames() const;
    int sampleRate() const;
    int outputChannels() const;
    double tempo() const;

    std::expected<void, Error> push(const PcmBlock& block);
    // Marks the end of the input so that the filter hands out what it still holds.
    std::expected<void, Error> finish();
    // Appends every output frame available now to `interleaved`; returns the frames added.
    std::expected<int64_t, Error> pull(std::vector<int16_t>& interleaved);
    // Forgets all buffered audio and starts afresh at `requestedTempo`. (atempo also takes
    // live "tempo" commands, but each one re-anchors its drift correction and jumps about
    // half a window ahead, so a clock would drift by ~30 ms per change; PlaybackPipeline
    // splices a fresh filter instead.)
    std::expected<void, Error> reset(double requestedTempo);

private:
    struct Impl;
    explicit TempoFilter(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace coachtrack::media
