#pragma once

#include <cstdint>
#include <vector>

namespace coachtrack::media {

// Maps frames handed to the audio output back to frames of the original recording, across
// seeks and tempo changes: a piecewise-linear map with one piece per tempo. The output side
// counts frames the time-stretch produced; the player asks for the frames actually played.
// Plain value type; one thread.
class PlaybackClock
{
public:
    // Output frame 0 is recording frame `sourceFrame` (after opening or a seek).
    void restart(int64_t sourceFrame, double tempo);
    // From output frame `outputFrame` on, one output frame advances `tempo` recording frames.
    void changeTempo(int64_t outputFrame, double tempo);
    // From output frame `outputFrame` on, output follows recording frame `sourceFrame` at
    // `tempo` (a splice: audio restarted from a known place).
    void splice(int64_t outputFrame, int64_t sourceFrame, double tempo);
    // The recording frame heard at output frame `outputFrame`.
    int64_t sourceFrameAt(int64_t outputFrame) const;
    // The first output frame that plays recording frame `sourceFrame` or later (the start of
    // the piece after a jump over it).
    int64_t outputFrameAt(int64_t sourceFrame) const;
    // Drops pieces that end before `outputFrame` (played frames only move forward).
    void forgetBefore(int64_t outputFrame);
    double tempo() const { return m_pieces.empty() ? 1.0 : m_pieces.back().tempo; }

private:
    struct Piece
    {
        int64_t outputStart;
        double sourceStart;
        double tempo;
    };
    std::vector<Piece> m_pieces;
};

} // namespace coachtrack::media
