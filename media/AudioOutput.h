#pragma once

#include <QString>
#include <cstdint>
#include <memory>

namespace coachtrack::media {

// Where the player's 16-bit interleaved frames go, and how many of them were really played:
// the player's clock counts played frames, never wall time. Used from one thread.
class AudioOutput
{
public:
    virtual ~AudioOutput() = default;
    // Starts (or restarts, dropping anything buffered) at this format; counters start at 0.
    virtual bool start(int sampleRate, int channels) = 0;
    virtual void stop() = 0;
    virtual void setPaused(bool paused) = 0;
    // Frames that can be written now without blocking.
    virtual int64_t framesWanted() = 0;
    virtual void write(const int16_t* interleaved, int64_t frames) = 0;
    // Frames played since start().
    virtual int64_t framesPlayed() = 0;
    // A problem with the device (lost, refused), or empty.
    virtual QString problem() const = 0;
    virtual QString name() const = 0;
};

// A silent output that consumes frames in real time at the output rate (machines without a
// sound device: CI, servers), so playback and the clock behave as on a laptop.
std::unique_ptr<AudioOutput> makeNullAudioOutput();
// The default sound device through QAudioSink, or the null output when there is none (or
// when COACHTRACK_AUDIO=null is set).
std::unique_ptr<AudioOutput> makeAudioOutput();

} // namespace coachtrack::media
