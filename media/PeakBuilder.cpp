#include "media/PeakBuilder.h"

#include <algorithm>

namespace coachtrack::media {

namespace {
constexpr int64_t kPeak = PeakPyramid::kBaseSamplesPerPeak;
constexpr int64_t kBlock = PeakBuilder::kEnergyBlock;
static_assert(kBlock % kPeak == 0, "energy blocks hold whole peaks");
} // namespace

PeakBuilder::PeakBuilder(int channels) : m_open(size_t(channels)), m_peaks(size_t(channels)), m_energy(size_t(channels)) {}

void PeakBuilder::push(const std::vector<std::vector<float>>& channels, size_t offset, size_t count)
{
    const int64_t start = m_frames;
    for (size_t c = 0; c < m_open.size(); ++c) {
        const float* x = channels[c].data() + offset;
        Open& open = m_open[c];
        int64_t pos = start;
        size_t i = 0;
        while (i < count) {
            // Consume up to the end of the current peak bucket in one tight loop.
            const int64_t inBucket = pos % kPeak;
            const size_t n = std::min(count - i, size_t(kPeak - inBucket));
            float lo = inBucket == 0 ? x[i] : open.min;
            float hi = inBucket == 0 ? x[i] : open.max;
            double sq = (pos % kBlock == 0) ? 0.0 : open.sumSquares;
            for (size_t j = i; j < i + n; ++j) {
                const float v = x[j];
                lo = std::min(lo, v);
                hi = std::max(hi, v);
                sq += double(v) * v;
            }
            open.min = lo;
            open.max = hi;
            open.sumSquares = sq;
            i += n;
            pos += int64_t(n);
            if (pos % kPeak == 0)
                m_peaks[c].push_back({toPcm16(lo), toPcm16(hi)});
            if (pos % kBlock == 0)
                m_energy[c].push_back(float(sq / double(kBlock)));
        }
    }
    m_frames += int64_t(count);
}

void PeakBuilder::finish()
{
    if (m_frames % kPeak != 0)
        for (size_t c = 0; c < m_open.size(); ++c)
            m_peaks[c].push_back({toPcm16(m_open[c].min), toPcm16(m_open[c].max)});
    if (const int64_t inBlock = m_frames % kBlock; inBlock != 0)
        for (size_t c = 0; c < m_open.size(); ++c)
            m_energy[c].push_back(float(m_open[c].sumSquares / double(inBlock)));
}

} // namespace coachtrack::media
