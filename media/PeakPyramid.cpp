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

std::vector<MinMax> combine(std::span<const MinMax> finer, int64_t factor)
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

PeakPyramid::PeakPyramid(int sampleRate, int64_t frames, std::vector<std::vector<MinMax>> base,
                         int baseLevel)
    : m_sampleRate(sampleRate)
    , m_frames(frames)
    , m_baseLevel(std::clamp(baseLevel, 0, kLevels - 1))
{
    m_levels.resize(kLevels);
    for (int l = 0; l < m_baseLevel; ++l)
        m_levels[size_t(l)].resize(base.size());
    m_levels[size_t(m_baseLevel)] = std::move(base);
    buildUpperLevels();
}

PeakPyramid::PeakPyramid(int sampleRate, int64_t frames, std::vector<std::span<const MinMax>> base,
                         std::shared_ptr<const void> keeper)
    : m_sampleRate(sampleRate)
    , m_frames(frames)
    , m_borrowedBase(std::move(base))
    , m_keeper(std::move(keeper))
{
    m_levels.resize(kLevels);
    m_levels[0].resize(m_borrowedBase.size());
    buildUpperLevels();
}

void PeakPyramid::buildUpperLevels()
{
    for (int l = m_baseLevel + 1; l < kLevels; ++l)
        for (size_t c = 0; c < m_levels[size_t(m_baseLevel)].size(); ++c)
            m_levels[size_t(l)].push_back(combine(level(l - 1, int(c)), kLevelFactor));
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
    const int64_t spp = samplesPerPeak(m_baseLevel);
    int64_t lo = from / spp;
    int64_t hi = (to + spp - 1) / spp;
    std::optional<MinMax> m;
    const auto take = [&](int level, int64_t i) {
        const MinMax p = this->level(level, channel)[size_t(i)];
        m = m ? merged(*m, p) : p;
    };
    for (int level = m_baseLevel; lo < hi; ++level) {
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
    while (level > m_baseLevel && spp % samplesPerPeak(level) != 0)
        --level;
    return combine(this->level(level, channel), std::max<int64_t>(1, spp / samplesPerPeak(level)));
}

} // namespace coachtrack::media
