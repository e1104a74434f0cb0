#pragma once

#include "media/LipSyncStats.h"
#include "media/Player.h"

#include <QImage>
#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

namespace coachtrack::media {

class VideoReader;

// Shows the recording's video on the sound's clock: when a frame falls due it reads
// Player::position() (the recording time being heard), hands on the frame whose span holds
// it and drops the ones the clock has passed, so the picture never drifts. Follows opening,
// seeks, pauses, speed changes and the rewind on resume through Player's signals, and records
// the lip-sync error of every frame shown while playing. GUI thread.
class VideoPresenter : public QObject
{
    Q_OBJECT
public:
    explicit VideoPresenter(Player* player, QObject* parent = nullptr);
    ~VideoPresenter() override;

    bool hasVideo() const { return m_reader != nullptr; }
    // The picture on screen now (null before the first frame).
    const QImage& image() const { return m_image; }
    // The recording time of the picture on screen, if one is.
    std::optional<int64_t> shownPtsMs() const;
    // Clock minus frame time when the last frame was shown while playing, if one was.
    std::optional<int64_t> lastErrorMs() const { return m_lastErrorMs; }
    const LipSyncStats& stats() const { return m_stats; }
    void resetStats();

Q_SIGNALS:
    // `image` is now the picture of recording time `ptsMs`.
    void frameShown(const QImage& image, qint64 ptsMs);
    // The recording was closed: no picture.
    void cleared();
    // The sound plays on, but the picture cannot be shown (one line, names the file).
    void errorOccurred(const QString& message);

private:
    void open(const QString& path);
    void close();
    void follow(Player::State state);
    void seeked(qint64 ms);
    // Playback jumped over a skipped span (Player::skipped) to `ms`.
    void jumped(qint64 ms);
    void present();
    void schedule(int64_t clockMs);

    Player* m_player;
    std::unique_ptr<VideoReader> m_reader;
    QTimer m_timer;
    QImage m_image;
    int64_t m_shownPtsMs = 0;
    int64_t m_shownEndMs = 0;
    bool m_hasShown = false;
    bool m_jumpedOver = false; // the next frame taken follows a short jump of the sound
    bool m_errorReported = false;
    std::optional<int64_t> m_lastErrorMs;
    LipSyncStats m_stats;
};

} // namespace coachtrack::media
