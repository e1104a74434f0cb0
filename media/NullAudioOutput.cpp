// NullAudioOutput: consumes frames at the output rate against a monotonic timer. One thread.
#include "media/AudioOutput.h"

#include <QElapsedTimer>
#include <algorithm>

namespace coachtrack::media {

namespace {

class NullAudioOutput final : public AudioOutput
{
public:
    bool start(int sampleRate, int channels) override
    {
        m_rate = sampleRate;
        (void)channels;
        m_written = 0;
        m_playedBeforePause = 0;
        m_timer.start();
        m_paused = false;
        return true;
    }
    void stop() override { setPaused(true); }
    void setPaused(bool paused) override
    {
        if (paused == m_paused)
            return;
        if (paused)
            m_playedBeforePause = framesPlayed();
        else
            m_timer.start();
        m_paused = paused;
    }
    int64_t framesWanted() override
    {
        return std::max<int64_t>(0, m_rate / 10 - (m_written - framesPlayed()));
    }
    void write(const int16_t*, int64_t frames) override { m_written += frames; }
    int64_t framesPlayed() override
    {
        if (m_paused || m_rate == 0)
            return m_playedBeforePause;
        const int64_t elapsed = m_timer.nsecsElapsed() * m_rate / 1'000'000'000;
        // Nothing more is played than was written (an underrun plays silence, not time).
        const int64_t played = std::min(m_written, m_playedBeforePause + elapsed);
        if (played == m_written && m_playedBeforePause + elapsed > m_written) {
            m_playedBeforePause = played;
            m_timer.start();
        }
        return played;
    }
    QString problem() const override { return {}; }
    QString name() const override
    {
        return QStringLiteral("no sound device (silent real-time output)");
    }

private:
    QElapsedTimer m_timer;
    int m_rate = 0;
    int64_t m_written = 0;
    int64_t m_playedBeforePause = 0;
    bool m_paused = true;
};

} // namespace

std::unique_ptr<AudioOutput> makeNullAudioOutput()
{
    return std::make_unique<NullAudioOutput>();
}

} // namespace coachtrack::media
