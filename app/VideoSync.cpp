#include "app/VideoSync.h"

#include "media/Player.h"

#include <QMediaPlayer>

namespace coachtrack::app {

using media::Player;

VideoSync::VideoSync(Player* audio, QMediaPlayer* video, QObject* parent)
    : QObject(parent)
    , m_audio(audio)
    , m_video(video)
{
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &VideoSync::check);
    connect(m_audio, &Player::stateChanged, this, &VideoSync::follow);
    connect(m_audio, &Player::rateChanged, this, &VideoSync::follow);
    // GStreamer applies a rate only once playback runs: apply it again when it does.
    connect(m_video, &QMediaPlayer::playbackStateChanged, this, &VideoSync::follow);
}

void VideoSync::follow()
{
    if (!m_audio->hasVideo())
        return;
    if (m_audio->state() == Player::State::Playing) {
        if (m_video->playbackState() != QMediaPlayer::PlayingState)
            m_video->play();
        if (m_video->playbackRate() != m_audio->rate())
            m_video->setPlaybackRate(m_audio->rate());
        m_timer.start();
    } else {
        m_video->pause();
        m_video->setPosition(m_audio->position());
        m_timer.stop();
    }
}

void VideoSync::noteFrame(qint64 frameMs)
{
    if (m_audio->state() == Player::State::Playing)
        m_lastDriftMs = m_audio->position() - frameMs;
}

void VideoSync::check()
{
    const qint64 audio = m_audio->position();
    if (m_video->playbackRate() != m_audio->rate())
        m_video->setPlaybackRate(m_audio->rate());
    if (std::abs(m_video->position() - audio) > kToleranceMs)
        m_video->setPosition(audio + 40); // a seek takes a moment to show
}

} // namespace coachtrack::app
