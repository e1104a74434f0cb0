#pragma once

#include <cstdint>
#include <vector>

namespace coachtrack::media {

// What the video presenter recorded while playing: for every frame shown, the audio clock at
// that moment minus the frame's time (positive = picture behind the sound), and how many
// frames it had to drop. Plain value type; one thread.
class LipSyncStats
{
public:
    void recordShown(int64_t errorMs) { m_errorsMs.push_back(errorMs); }
    void recordDropped(int64_t frames) { m_dropped += frames; }

    int64_t framesShown() const { return int64_t(m_errorsMs.size()); }
    int64_t framesDropped() const { return m_dropped; }
    // Of |error|; 0 when nothing was shown.
    int64_t medianErrorMs() const;
    int64_t maxErrorMs() const;
    const std::vector<int64_t>& errorsMs() const { return m_errorsMs; }

private:
    std::vector<int64_t> m_errorsMs;
    int64_t m_dropped = 0;
};

} // namespace coachtrack::media
