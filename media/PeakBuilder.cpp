#include "media/PeakBuilder.h"

#include <algorithm>

namespace coachtrack::media {

namespace {
constexpr int64_t kPeak = PeakPyramid::kBaseSamplesPerPeak;
constexpr int64_t kBlockMs = PeakBuilder::kEnergyBlockMs;
} // namespace

int64_t PeakBuilder::energyBlockStart(int64_t block, int sampleRate)
{
    return block * kBlockMs * sampleRate / 1000;
}

int64_t PeakBuilder::firstEnergyBlockFrom(int64_t frame, int sampleRate)
{
    // The smallest i with floor(i * kBlockMs * rate / 1000) >= frame.
    const int64_t perBlock = kBlockMs * sampleRate;
    return (std::max<int64_t>(0, frame) * 1000 + perBlock - 1) / perBlock;
}

int64_t PeakBuilder::energyBlockCount(int64_t frames, int sampleRate)
{
    return firstEnergyBlockFrom(frames, sampleRate);
}

int64_t PeakBuilder::maxEnergyBlockFrames(int sampleRate)
{
    return (kBlockMs * sampleRate + 999) / 1000;
}

PeakBuilder::PeakBuilder(int channels, int sampleRate, int64_t firstFrame, bool withEnergy)
    : m_sampleRate(std::max(1, sampleRate))
    , m_firstFrame(firstFrame)
    , m_withEnergy(withEnergy)
    , m_open(size_t(channels))
    , m_peaks(size_t(channels))
    , m_energy(size_t(channels))
{
    startBlock(firstEnergyBlockFrom(firstFrame, m_sampleRate));
}

void PeakBuilder::startBlock(int64_t block)
{
    m_block = block;
    m_blockStart = energyBlockStart(block, m_sampleRate);
    m_blockEnd = energyBlockStart(block + 1, m_sampleRate);
    for (auto& open : m_open)
        open.blockSquares = 0;
}

void PeakBuilder::reserve(int64_t frames)
{
    for (auto& p : m_peaks)
        p.reserve(size_t(frames / kPeak + 1));
    if (m_withEnergy)
        for (auto& e : m_energy)
            e.reserve(size_t(energyBlockCount(frames, m_sampleRate) + 1));
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
            for (size_t j = i; j < i + n; ++j) {
                lo = std::min(lo, x[j]);
                hi = std::max(hi, x[j]);
            }
            open.min = lo;
            open.max = hi;
            i += n;
            pos += int64_t(n);
            if (pos % kPeak == 0)
                m_peaks[c].push_back({toPcm16(lo), toPcm16(hi)});
        }
    }
    if (m_withEnergy)
        addEnergy(channels, offset, count, m_firstFrame + m_frames, false);
    m_frames += int64_t(count);
}

size_t PeakBuilder::addEnergy(const std::vector<std::vector<float>>& channels, size_t offset,
                              size_t count, int64_t at, bool untilBlockEnd)
{
    // Samples before the first block this builder owns belong to the previous builder's block.
    size_t i = size_t(std::clamp<int64_t>(m_blockStart - at, 0, int64_t(count)));
    while (i < count) {
        const int64_t pos = at + int64_t(i);
        const size_t n = std::min(count - i, size_t(m_blockEnd - pos));
        for (size_t c = 0; c < m_open.size(); ++c) {
            const float* x = channels[c].data() + offset + i;
            double squares = m_open[c].blockSquares;
            for (size_t j = 0; j < n; ++j)
                squares += double(x[j]) * double(x[j]);
            m_open[c].blockSquares = squares;
        }
        i += n;
        if (pos + int64_t(n) < m_blockEnd)
            break;
        const double length = double(m_blockEnd - m_blockStart);
        for (size_t c = 0; c < m_open.size(); ++c)
            m_energy[c].push_back(float(m_open[c].blockSquares / length));
        startBlock(m_block + 1);
        if (untilBlockEnd)
            break;
    }
    return i;
}

void PeakBuilder::closeEnergyBlock(const std::vector<std::vector<float>>& following)
{
    const int64_t at = m_firstFrame + m_frames;
    if (!m_withEnergy || following.empty() || at <= m_blockStart)
        return; // no block open: the next builder starts on a block boundary
    if (int64_t(following.front().size()) < m_blockEnd - at)
        return; // cannot happen with a seam window longer than a block; never average a part
    addEnergy(following, 0, following.front().size(), at, true);
}

void PeakBuilder::finish()
{
    if (m_frames % kPeak != 0)
        for (size_t c = 0; c < m_open.size(); ++c)
            m_peaks[c].push_back({toPcm16(m_open[c].min), toPcm16(m_open[c].max)});
    if (const int64_t inBlock = m_firstFrame + m_frames - m_blockStart;
        m_withEnergy && inBlock > 0) {
        for (size_t c = 0; c < m_open.size(); ++c)
            m_energy[c].push_back(float(m_open[c].blockSquares / double(inBlock)));
        startBlock(m_block + 1);
    }
}

} // namespace coachtrack::media
