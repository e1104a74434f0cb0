#pragma once

#include "media/AudioOutput.h"
#include "media/PlaybackPipeline.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

namespace coachtrack::media {

// Plays one recording at 0.5–3× with its pitch kept: PlaybackPipeline → AudioOutput (the
// sound device, or a silent real-time output without one). Its position is the recording time
// of the frame being played now, counted from frames the output really played, so a note
// stamped at a key press lands where the manager heard it. Lives in the GUI thread; each
// 10 ms tick decodes and stretches only what the 100 ms output buffer lacks.
class Player : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Empty,
        Paused,
        Playing,
    };
    Q_ENUM(State)

    static constexpr double kMinRate = 0.5;
    static constexpr double kMaxRate = 3.0;

    explicit Player(QObject* parent = nullptr,
                    std::unique_ptr<AudioOutput> output = makeAudioOutput());
    ~Player() override;

    // Opens `path` paused at 0; false (and errorOccurred) when it cannot be played.
    bool open(const QString& path);
    void close();
    void play();
    void pause();
    void togglePlay();
    // Moves to `ms` of the recording, exact to the sample; keeps playing or paused.
    void seek(qint64 ms);
    // 0.5–3.0, rounded to 0.1 steps; heard within the output buffer (≤ 100 ms).
    void setRate(double rate);
    void setVolume(double volume); // 0–1
    // Jumps over these spans of the recording from now on (skip silence, focus listening;
    // media/ListeningPlan.h); empty plays everything. Cleared when another recording opens.
    void setSkips(const std::vector<SkipSpan>& spans);
    // Recording time jumped over while playing since the recording was opened.
    qint64 skippedMs();

    QString path() const { return m_path; }
    qint64 position();
    // The recording time that was heard `listenedMs` of playing ago (real time, pauses not
    // counted): across speed changes and skipped spans, exact from the clock; before the last
    // seek or opening, estimated as position − listenedMs × rate.
    qint64 positionListenedAgo(qint64 listenedMs);
    qint64 duration() const { return m_pipeline ? m_pipeline->durationMs() : 0; }
    bool hasVideo() const { return m_pipeline && m_pipeline->hasVideo(); }
    double rate() const { return m_rate; }
    double volume() const { return m_volume; }
    State state() const { return m_state; }
    QString outputName() const { return m_output->name(); }

Q_SIGNALS:
    void opened(const QString& path);
    void positionChanged(qint64 ms);
    // A seek landed: playback (or the pause) continues from `ms`.
    void seeked(qint64 ms);
    void stateChanged(coachtrack::media::Player::State state);
    void rateChanged(double rate);
    void endReached();
    // Playback jumped over a skipped span: `ms` is heard now.
    void skipped(qint64 ms);
    void errorOccurred(const QString& message);

private:
    void tick();
    // seek(), with the recording time skipped until now (read before the output changed).
    void seekTo(qint64 ms, qint64 skippedSoFar);
    void fail(const QString& message);
    void setState(State state);

    std::unique_ptr<AudioOutput> m_output;
    std::optional<PlaybackPipeline> m_pipeline;
    QTimer m_timer;
    QString m_path;
    std::vector<int16_t> m_buffer;
    State m_state = State::Empty;
    double m_rate = 1.0;
    double m_volume = 1.0;
    qint64 m_lastReported = -1;
    qint64 m_skippedBeforeSeek = 0; // jumped over before the latest seek
    qint64 m_lastSkipped = 0;
};

} // namespace coachtrack::media
