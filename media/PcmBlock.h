#pragma once

#include <cstdint>
#include <vector>

namespace coachtrack::media {

// Decoded audio: one vector of float samples (-1..1) per channel, all of equal length.
struct PcmBlock
{
    int sampleRate = 0;
    std::vector<std::vector<float>> channels;

    int64_t frames() const { return channels.empty() ? 0 : int64_t(channels.front().size()); }
    int64_t durationMs() const { return sampleRate > 0 ? frames() * 1000 / sampleRate : 0; }
    void clearSamples()
    {
        for (auto& c : channels)
            c.clear();
    }
};

} // namespace coachtrack::media
