#pragma once

#include "media/PeakPyramid.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace coachtrack::media {

// Streams PCM into level-0 peaks and, in the same pass, the energy envelope speech detection
// reads: the mean square of every kEnergyBlockMs of audio, whatever the sample rate (block i
// covers samples [energyBlockStart(i), energyBlockStart(i + 1)), so it starts at exactly
// i × kEnergyBlockMs ms). Peaks stay in samples (the waveform needs them); energy is in time.
// A builder may start mid-recording (a later segment of a parallel decode): it then leaves
// the energy block that straddles its first sample to the builder before it, which closes it
// with closeEnergyBlock(), so stitched envelopes equal a single pass. Pure; one thread at a time.
class PeakBuilder
{
public:
    static constexpr int kEnergyBlockMs = 10;

    // First sample of energy block `block` at `sampleRate`.
    static int64_t energyBlockStart(int64_t block, int sampleRate);
    // Index of the first energy block that starts at or after sample `frame`.
    static int64_t firstEnergyBlockFrom(int64_t frame, int sampleRate);
    // Energy blocks of a recording of `frames` samples (the last one may be partial).
    static int64_t energyBlockCount(int64_t frames, int sampleRate);
    // The most samples one energy block can hold at `sampleRate`.
    static int64_t maxEnergyBlockFrames(int sampleRate);

    // `firstFrame` is the index in the recording of the first sample pushed (a multiple of
    // the coarsest peak when it is not 0). `withEnergy` false skips the energy envelope (to
    // measure what speech detection costs).
    PeakBuilder(int channels, int sampleRate, int64_t firstFrame = 0, bool withEnergy = true);

    // Reserves room for about `frames` samples, so long recordings do not over-allocate.
    void reserve(int64_t frames);

    // Appends `count` samples of every channel, starting at `offset` in each vector.
    void push(const std::vector<std::vector<float>>& channels, size_t offset, size_t count);
    // Completes the open energy block from `following`, the samples decoded just past this
    // builder's range (which the next builder starts with), without adding them to the
    // peaks or frames. For the block that straddles a seam between segments.
    void closeEnergyBlock(const std::vector<std::vector<float>>& following);
    // Closes the last, partial peak and energy block.
    void finish();

    int64_t frames() const { return m_frames; }
    // Level-0 peaks completed so far, per channel.
    const std::vector<std::vector<MinMax>>& peaks() const { return m_peaks; }
    std::vector<std::vector<MinMax>>& peaks() { return m_peaks; }
    // Mean square per energy block, per channel; the first is block
    // firstEnergyBlockFrom(firstFrame).
    const std::vector<std::vector<float>>& energy() const { return m_energy; }
    std::vector<std::vector<float>>& energy() { return m_energy; }

private:
    // Adds samples [offset, offset + count) at recording index `at` to the energy blocks;
    // stops early after closing a block when `untilBlockEnd`. Returns the samples used.
    size_t addEnergy(const std::vector<std::vector<float>>& channels, size_t offset, size_t count,
                     int64_t at, bool untilBlockEnd);
    void startBlock(int64_t block);

    struct Open
    {
        float min = 0, max = 0;
        double blockSquares = 0; // sum of squares of the open energy block, in sample order
    };
    int m_sampleRate = 0;
    int64_t m_firstFrame = 0;
    int64_t m_frames = 0;
    bool m_withEnergy = true;
    int64_t m_block = 0;      // the open energy block
    int64_t m_blockStart = 0; // its first and one-past-last sample in the recording
    int64_t m_blockEnd = 0;
    std::vector<Open> m_open; // per channel: the bucket and energy block being filled
    std::vector<std::vector<MinMax>> m_peaks;
    std::vector<std::vector<float>> m_energy;
};

} // namespace coachtrack::media
