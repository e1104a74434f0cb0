#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace coachtrack::media {

// One peak: the smallest and largest sample of a bucket, as 16-bit PCM values.
struct MinMax
{
    int16_t min = 0;
    int16_t max = 0;
    bool operator==(const MinMax&) const = default;
};

// Quantises a float sample (-1..1) to 16-bit the way the peaks store it.
int16_t toPcm16(float sample);

// Combines two peaks into one that covers both.
inline MinMax merged(MinMax a, MinMax b)
{
    return {a.min < b.min ? a.min : b.min, a.max > b.max ? a.max : b.max};
}

// Multi-resolution min/max peaks of every channel of a recording: level 0 holds one peak per
// kBaseSamplesPerPeak samples, each further level one per kLevelFactor peaks of the level
// below, so a waveform view can draw any zoom without touching audio. Immutable once
// built; safe to read from any thread.
class PeakPyramid
{
public:
    static constexpr int kBaseSamplesPerPeak = 64;
    static constexpr int kLevelFactor = 4;
    static constexpr int kLevels = 6; // 64, 256, 1024, 4096, 16384, 65536 samples per peak

    PeakPyramid() = default;
    // Builds the upper levels from `base` (one vector of peaks per channel), which holds
    // level `baseLevel`: 0 for a finished analysis; a coarser level for a preview that need
    // not be as fine (the levels below it stay empty, and range() starts from it).
    PeakPyramid(int sampleRate, int64_t frames, std::vector<std::vector<MinMax>> base,
                int baseLevel = 0);
    // Level 0 borrowed from memory that `keeper` keeps alive (a mapped peak cache file, so a
    // long call's level 0 is not copied on reopen); the upper levels are built as above.
    PeakPyramid(int sampleRate, int64_t frames, std::vector<std::span<const MinMax>> base,
                std::shared_ptr<const void> keeper);

    int sampleRate() const { return m_sampleRate; }
    int channelCount() const { return int(m_levels.empty() ? 0 : m_levels.front().size()); }
    int64_t frames() const { return m_frames; }
    int baseLevel() const { return m_baseLevel; }
    bool isEmpty() const { return m_frames == 0; }
    static int64_t samplesPerPeak(int level);

    std::span<const MinMax> level(int level, int channel) const
    {
        if (level == 0 && !m_borrowedBase.empty())
            return m_borrowedBase[size_t(channel)];
        return m_levels[size_t(level)][size_t(channel)];
    }

    // The peak of samples [from, to) of `channel`, combined from the coarsest levels that fit
    // (a handful of peaks whatever the range). Exact for ranges on level-0 peak boundaries;
    // otherwise it also covers the rest of the level-0 peaks at the two edges, never less.
    MinMax range(int channel, int64_t from, int64_t to) const;

    // Peaks at `samplesPerPeak` (a multiple of kBaseSamplesPerPeak), combined exactly from
    // the finest level that divides it.
    std::vector<MinMax> resampled(int channel, int64_t samplesPerPeak) const;

private:
    int m_sampleRate = 0;
    int64_t m_frames = 0;
    int m_baseLevel = 0;
    std::vector<std::vector<std::vector<MinMax>>> m_levels; // [level][channel][peak]
    std::vector<std::span<const MinMax>> m_borrowedBase;    // level 0 when borrowed
    std::shared_ptr<const void> m_keeper;                   // keeps m_borrowedBase alive
    void buildUpperLevels();
};

} // namespace coachtrack::media
