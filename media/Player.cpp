#include "media/Player.h"

#include <algorithm>
#include <cmath>

namespace coachtrack::media {

namespace {
constexpr int kTickMs = 10;
constexpr int64_t kMaxWriteFrames = 2048;
constexpr int64_t kClockMemorySeconds = 60; // positionListenedAgo() reaches this far back
} // namespace

Player::Player(QObject* parent, std::unique_ptr<AudioOutput> output)
    : QObject(parent)
    , m_output(std::move(output))
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &Player::tick);
}

Player::~Player()
{
    m_output->stop();
}

bool Player::open(const QString& path)
{
    close();
    auto pipeline = PlaybackPipeline::open(path, m_rate);
    if (!pipeline) {
        fail(pipeline.error().message);
        return false;
    }
    m_pipeline = std::move(*pipeline);
    m_path = path;
    m_skippedBeforeSeek = m_lastSkipped = 0;
    if (!m_output->start(m_pipeline->sampleRate(), m_pipeline->outputChannels())) {
        Q_EMIT errorOccurred(
            QStringLiteral("%1 refused the recording's sound format; playing on silently")
                .arg(m_output->name()));
        m_output = makeNullAudioOutput();
        m_output->start(m_pipeline->sampleRate(), m_pipeline->outputChannels());
    }
    m_output->setPaused(true);
    setState(State::Paused);
    Q_EMIT opened(path);
    Q_EMIT positionChanged(position());
    return true;
}

void Player::close()
{
    m_timer.stop();
    m_output->stop();
    m_pipeline.reset();
    m_path.clear();
    setState(State::Empty);
}

void Player::play()
{
    if (!m_pipeline || m_state == State::Playing)
        return;
    if (m_pipeline->atEnd() && m_output->framesPlayed() >= m_pipeline->framesOut())
        seek(0);
    tick(); // fill the buffer before the output runs
    m_output->setPaused(false);
    m_timer.start();
    setState(State::Playing);
}

void Player::pause()
{
    if (m_state != State::Playing)
        return;
    m_output->setPaused(true);
    m_timer.stop();
    setState(State::Paused);
    Q_EMIT positionChanged(position());
}

void Player::togglePlay()
{
    m_state == State::Playing ? pause() : play();
}

void Player::seek(qint64 ms)
{
    seekTo(ms, skippedMs());
}

void Player::seekTo(qint64 ms, qint64 skippedSoFar)
{
    if (!m_pipeline)
        return;
    m_skippedBeforeSeek = skippedSoFar; // the pipeline forgets its jumps, even when it fails
    if (auto ok = m_pipeline->seek(ms); !ok)
        return fail(ok.error().message);
    const bool playing = m_state == State::Playing;
    m_output->start(m_pipeline->sampleRate(), m_pipeline->outputChannels());
    m_output->setPaused(!playing);
    if (playing)
        tick();
    Q_EMIT seeked(position());
    Q_EMIT positionChanged(position());
}

void Player::setRate(double rate)
{
    rate = std::clamp(std::round(rate * 10) / 10, kMinRate, kMaxRate);
    if (rate == m_rate)
        return;
    m_rate = rate;
    if (m_pipeline) {
        if (auto ok = m_pipeline->setTempo(rate); !ok)
            return fail(ok.error().message);
    }
    Q_EMIT rateChanged(m_rate);
}

void Player::setVolume(double volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
}

void Player::setSkips(const std::vector<SkipSpan>& spans)
{
    if (m_pipeline)
        m_pipeline->setSkips(spans);
}

qint64 Player::skippedMs()
{
    return m_pipeline ? m_skippedBeforeSeek + m_pipeline->skippedMsBefore(m_output->framesPlayed())
                      : 0;
}

qint64 Player::position()
{
    if (!m_pipeline)
        return 0;
    const int64_t played = m_output->framesPlayed();
    m_pipeline->forgetBefore(played - kClockMemorySeconds * m_pipeline->sampleRate());
    return m_pipeline->sourceMsAt(played);
}

qint64 Player::positionListenedAgo(qint64 listenedMs)
{
    const qint64 now = position();
    if (!m_pipeline)
        return 0;
    const int64_t frame = m_output->framesPlayed() - listenedMs * m_pipeline->sampleRate() / 1000;
    if (frame < 0 || listenedMs > kClockMemorySeconds * 1000) {
        // Not played for that long since the last seek: lead × speed back from the playhead, as
        // when paused after a jump (a note on a moment itself is Shift+S / Shift+P).
        return std::max<qint64>(0, now - qint64(std::llround(double(listenedMs) * m_rate)));
    }
    return m_pipeline->sourceMsAt(frame);
}

void Player::tick()
{
    if (!m_pipeline)
        return;
    if (const QString problem = m_output->problem(); !problem.isEmpty()) {
        // The device went away: keep the session going silently rather than stop the review.
        const qint64 at = position();
        const qint64 skipped = skippedMs(); // counted on the lost device's played frames
        m_output = makeNullAudioOutput();
        m_output->start(m_pipeline->sampleRate(), m_pipeline->outputChannels());
        Q_EMIT errorOccurred(problem + QStringLiteral("; playing on silently"));
        seekTo(at, skipped);
        return;
    }
    for (int64_t wanted = m_output->framesWanted(); wanted > 0 && !m_pipeline->atEnd();) {
        m_buffer.clear();
        auto got = m_pipeline->read(m_buffer, std::min(wanted, kMaxWriteFrames));
        if (!got)
            return fail(got.error().message);
        if (m_volume < 1.0)
            for (int16_t& s : m_buffer)
                s = int16_t(std::lround(s * m_volume));
        m_output->write(m_buffer.data(), *got);
        wanted -= *got;
    }
    const qint64 now = position();
    if (const qint64 skipped = skippedMs(); skipped != m_lastSkipped) {
        m_lastSkipped = skipped;
        Q_EMIT this->skipped(now);
    }
    if (now != m_lastReported) {
        m_lastReported = now;
        Q_EMIT positionChanged(now);
    }
    if (m_state == State::Playing && m_pipeline->atEnd() &&
        m_output->framesPlayed() >= m_pipeline->framesOut()) {
        pause();
        Q_EMIT endReached();
    }
}

void Player::fail(const QString& message)
{
    m_timer.stop();
    m_output->setPaused(true);
    if (m_state == State::Playing)
        setState(State::Paused);
    Q_EMIT errorOccurred(message);
}

void Player::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace coachtrack::media
