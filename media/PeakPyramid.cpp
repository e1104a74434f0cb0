#include "media/PeakPyramid.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace coachtrack::media {

int16_t toPcm16(float sample)
{
    const float scaled = std::nearbyint(sample * 32767.0f);
    return int16_t(std::clamp(scaled, -32768.0f, 32767.0f));
}

namespace {

std::vector<MinMax> combine(const std::vector<MinMax>& finer, int64_t factor)
{
    std::vector<MinMax> out;
    out.reserve(size_t((int64_t(finer.size()) + factor - 1) / factor));
    for (size_t i = 0; i < finer.size(); i += size_t(factor)) {
        MinMax m = finer[i];
        const size_t end = std::min(finer.size(), i + size_t(factor));
        for (size_t j = i + 1; j < end; ++j)
            m = merged(m, finer[j]);
        out.push_back(m);
    }
    return out;
}

} // namespace

int64_t PeakPyramid::samplesPerPeak(int level)
{
    int64_t spp = kBaseSamplesPerPeak;
    for (int i = 0; i < level; ++i)
        spp *= kLevelFactor;
    return spp;
}

PeakPyramid::PeakPyramid(int sampleRate, int64_t frames, std::vector<std::vector<MinMax>> base)
    : m_sampleRate(sampleRate)
    , m_frames(frames)
{
    m_levels.resize(kLevels);
    m_levels[0] = std::move(base);
    for (int l = 1; l < kLevels; ++l)
        for (const auto& finer : m_levels[size_t(l - 1)])
            m_levels[size_t(l)].push_back(combine(finer, kLevelFactor));
}

MinMax PeakPyramid::range(int channel, int64_t from, int64_t to) const
{
    from = std::clamp<int64_t>(from, 0, m_frames);
    to = std::clamp<int64_t>(to, from, m_frames);
    if (to <= from || m_levels.empty())
        return {};
    // Walk up the levels like a segment tree: peaks at the unaligned edges of the range are
    // taken from the finer level, the aligned middle from coarser ones. At most
    // 2 * (kLevelFactor - 1) peaks per level, plus the top level's.
    int64_t lo = from / kBaseSamplesPerPeak;
    int64_t hi = (to + kBaseSamplesPerPeak - 1) / kBaseSamplesPerPeak;
    std::optional<MinMax> m;
    const auto take = [&](int level, int64_t i) {
        const MinMax p = m_levels[size_t(level)][size_t(channel)][size_t(i)];
        m = m ? merged(*m, p) : p;
    };
    for (int level = 0; lo < hi; ++level) {
        if (level == kLevels - 1) {
            for (int64_t i = lo; i < hi; ++i)
                take(level, i);
            break;
        }
        while (lo < hi && lo % kLevelFactor != 0)
            take(level, lo++);
        while (hi > lo && hi % kLevelFactor != 0)
            take(level, --hi);
        lo /= kLevelFactor;
        hi /= kLevelFactor;
    }
    return *m;
}

std::vector<MinMax> PeakPyramid::resampled(int channel, int64_t spp) const
{
    int level = kLevels - 1;
    while (level > 0 && spp % samplesPerPeak(level) != 0)
        --level;
    return combine(m_levels[size_t(level)][size_t(channel)], spp / samplesPerPeak(level));
}

} // namespace coachtrack::media
