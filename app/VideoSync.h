#pragma once

#include <QObject>
#include <QTimer>

class QMediaPlayer;

namespace coachtrack::media {
class Player;
}

namespace coachtrack::app {

// Keeps a muted QMediaPlayer that only renders video in step with the audio player's clock:
// same state and rate, and a re-seek whenever the video strays more than 80 ms. GUI thread.
class VideoSync : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kToleranceMs = 80;

    VideoSync(media::Player* audio, QMediaPlayer* video, QObject* parent = nullptr);
    // A video frame of recording time `frameMs` is being shown now.
    void noteFrame(qint64 frameMs);
    // How far the last frame shown while playing was from the audio clock (ms; positive =
    // video behind the sound).
    qint64 lastDriftMs() const { return m_lastDriftMs; }

private:
    void follow();
    void check();

    media::Player* m_audio;
    QMediaPlayer* m_video;
    QTimer m_timer;
    qint64 m_lastDriftMs = 0;
};

} // namespace coachtrack::app
