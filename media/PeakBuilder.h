#pragma once

#include "media/PeakPyramid.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace coachtrack::media {

// Streams PCM into level-0 peaks and per-block energy (mean square per kEnergyBlock
// samples, for speech detection in the same pass). Pure; one thread at a time.
class PeakBuilder
{
public:
    static constexpr int kEnergyBlock = 256;

    // `withEnergy` false skips the energy blocks (to measure what speech detection costs).
    explicit PeakBuilder(int channels, bool withEnergy = true);

    // Reserves room for about `frames` samples, so long recordings do not over-allocate.
    void reserve(int64_t frames);

    // Appends `count` samples of every channel, starting at `offset` in each vector.
    void push(const std::vector<std::vector<float>>& channels, size_t offset, size_t count);
    // Closes the last, partial peak and energy block.
    void finish();

    int64_t frames() const { return m_frames; }
    // Level-0 peaks completed so far, per channel.
    const std::vector<std::vector<MinMax>>& peaks() const { return m_peaks; }
    std::vector<std::vector<MinMax>>& peaks() { return m_peaks; }
    // Mean square per energy block, per channel.
    const std::vector<std::vector<float>>& energy() const { return m_energy; }
    std::vector<std::vector<float>>& energy() { return m_energy; }

private:
    struct Open
    {
        float min = 0, max = 0;
        float peakSquares = 0;  // sum over the open peak, in sample order whatever the chunking
        double blockSquares = 0; // sum of the finished peaks of the open energy block
    };
    int64_t m_frames = 0;
    bool m_withEnergy = true;
    std::vector<Open> m_open; // per channel: the bucket and energy block being filled
    std::vector<std::vector<MinMax>> m_peaks;
    std::vector<std::vector<float>> m_energy;
};

} // namespace coachtrack::media
