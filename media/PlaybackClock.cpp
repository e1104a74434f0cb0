#include "media/PlaybackClock.h"

#include <cmath>

namespace coachtrack::media {

void PlaybackClock::restart(int64_t sourceFrame, double tempo)
{
    m_pieces.clear();
    splice(0, sourceFrame, tempo);
}

void PlaybackClock::changeTempo(int64_t outputFrame, double tempo)
{
    splice(outputFrame, sourceFrameAt(outputFrame), tempo);
}

void PlaybackClock::splice(int64_t outputFrame, int64_t sourceFrame, double tempo)
{
    while (!m_pieces.empty() && m_pieces.back().outputStart >= outputFrame)
        m_pieces.pop_back();
    m_pieces.push_back({outputFrame, double(sourceFrame), tempo});
}

int64_t PlaybackClock::sourceFrameAt(int64_t outputFrame) const
{
    if (m_pieces.empty())
        return 0;
    size_t i = m_pieces.size() - 1;
    while (i > 0 && m_pieces[i].outputStart > outputFrame)
        --i;
    const Piece& p = m_pieces[i];
    return int64_t(std::llround(p.sourceStart + double(outputFrame - p.outputStart) * p.tempo));
}

int64_t PlaybackClock::outputFrameAt(int64_t sourceFrame) const
{
    // The first piece whose audio reaches `sourceFrame` before the next piece starts (a piece
    // after a jump starts further on in the recording than its predecessor ended).
    for (size_t i = 0; i < m_pieces.size(); ++i) {
        const Piece& p = m_pieces[i];
        const double steps = std::ceil((double(sourceFrame) - p.sourceStart) / p.tempo - 1e-9);
        const int64_t at = p.outputStart + std::max<int64_t>(0, int64_t(steps));
        if (i + 1 == m_pieces.size() || at < m_pieces[i + 1].outputStart)
            return at;
    }
    return 0;
}

void PlaybackClock::forgetBefore(int64_t outputFrame)
{
    size_t keep = 0;
    while (keep + 1 < m_pieces.size() && m_pieces[keep + 1].outputStart <= outputFrame)
        ++keep;
    m_pieces.erase(m_pieces.begin(), m_pieces.begin() + std::ptrdiff_t(keep));
}

} // namespace coachtrack::media
