#include "media/PeakBuilder.h"

#include <algorithm>

namespace coachtrack::media {

namespace {
constexpr int64_t kPeak = PeakPyramid::kBaseSamplesPerPeak;
constexpr int64_t kBlock = PeakBuilder::kEnergyBlock;
static_assert(kBlock % kPeak == 0, "energy blocks hold whole peaks");
} // namespace

PeakBuilder::PeakBuilder(int channels, bool withEnergy)
    : m_withEnergy(withEnergy), m_open(size_t(channels)), m_peaks(size_t(channels)), m_energy(size_t(channels))
{
}

void PeakBuilder::reserve(int64_t frames)
{
    for (auto& p : m_peaks)
        p.reserve(size_t(frames / kPeak + 1));
    if (m_withEnergy)
        for (auto& e : m_energy)
            e.reserve(size_t(frames / kBlock + 1));
}

void PeakBuilder::push(const std::vector<std::vector<float>>& channels, size_t offset, size_t count)
{
    const int64_t start = m_frames;
    for (size_t c = 0; c < m_open.size(); ++c) {
        const float* x = channels[c].data() + offset;
        Open& open = m_open[c];
        int64_t pos = start;
        size_t i = 0;
        while (i < count) {
            // Consume up to the end of the current peak in one tight loop.
            const int64_t inPeak = pos % kPeak;
            const size_t n = std::min(count - i, size_t(kPeak - inPeak));
            float lo = inPeak == 0 ? x[i] : open.min;
            float hi = inPeak == 0 ? x[i] : open.max;
            if (m_withEnergy) {
                float sq = inPeak == 0 ? 0.0f : open.peakSquares;
                for (size_t j = i; j < i + n; ++j) {
                    const float v = x[j];
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                    sq += v * v;
                }
                open.peakSquares = sq;
            } else {
                for (size_t j = i; j < i + n; ++j) {
                    lo = std::min(lo, x[j]);
                    hi = std::max(hi, x[j]);
                }
            }
            open.min = lo;
            open.max = hi;
            i += n;
            pos += int64_t(n);
            if (pos % kPeak != 0)
                continue;
            m_peaks[c].push_back({toPcm16(lo), toPcm16(hi)});
            if (!m_withEnergy)
                continue;
            open.blockSquares += open.peakSquares;
            if (pos % kBlock == 0) {
                m_energy[c].push_back(float(open.blockSquares / double(kBlock)));
                open.blockSquares = 0;
            }
        }
    }
    m_frames += int64_t(count);
}

void PeakBuilder::finish()
{
    if (m_frames % kPeak != 0)
        for (size_t c = 0; c < m_open.size(); ++c)
            m_peaks[c].push_back({toPcm16(m_open[c].min), toPcm16(m_open[c].max)});
    if (const int64_t inBlock = m_frames % kBlock; m_withEnergy && inBlock != 0)
        for (size_t c = 0; c < m_open.size(); ++c) {
            const double squares = m_open[c].blockSquares + (m_frames % kPeak ? m_open[c].peakSquares : 0.0);
            m_energy[c].push_back(float(squares / double(inBlock)));
        }
}

} // namespace coachtrack::media
