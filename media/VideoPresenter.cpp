#include "media/VideoPresenter.h"

#include "media/VideoReader.h"

#include <algorithm>
#include <cmath>

namespace coachtrack::media {

namespace {
constexpr int kPollMs = 5;      // while the decoder has nothing ready yet
constexpr int kMaxSleepMs = 20; // re-read the clock at least this often while playing
constexpr int64_t kDecodeThroughJumpMs = 2000; // shorter jumps decode on, longer ones seek
} // namespace

VideoPresenter::VideoPresenter(Player* player, QObject* parent)
    : QObject(parent)
    , m_player(player)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &VideoPresenter::present);
    connect(m_player, &Player::opened, this, &VideoPresenter::open);
    connect(m_player, &Player::stateChanged, this, &VideoPresenter::follow);
    connect(m_player, &Player::seeked, this, &VideoPresenter::seeked);
    connect(m_player, &Player::skipped, this, &VideoPresenter::jumped);
    connect(m_player, &Player::rateChanged, this, &VideoPresenter::present);
}

VideoPresenter::~VideoPresenter() = default;

std::optional<int64_t> VideoPresenter::shownPtsMs() const
{
    return m_hasShown ? std::optional<int64_t>(m_shownPtsMs) : std::nullopt;
}

void VideoPresenter::resetStats()
{
    m_stats = LipSyncStats();
    m_lastErrorMs.reset();
}

void VideoPresenter::open(const QString& path)
{
    close();
    if (!m_player->hasVideo())
        return;
    auto decoder = VideoDecoder::open(path);
    if (!decoder) {
        m_errorReported = true;
        Q_EMIT errorOccurred(decoder.error().message);
        return;
    }
    if (!*decoder)
        return;
    m_reader = std::make_unique<VideoReader>(std::move(**decoder));
    present();
}

void VideoPresenter::close()
{
    m_timer.stop();
    const bool hadVideo = m_reader || m_hasShown;
    m_reader.reset();
    m_image = QImage();
    m_hasShown = false;
    m_errorReported = false;
    resetStats();
    if (hadVideo)
        Q_EMIT cleared();
}

void VideoPresenter::follow(Player::State state)
{
    if (state == Player::State::Empty)
        close();
    else
        present();
}

void VideoPresenter::seeked(qint64 ms)
{
    if (!m_reader)
        return;
    m_reader->seek(ms);
    m_errorReported = false;
    present();
}

void VideoPresenter::jumped(qint64 ms)
{
    // A short jump (a skipped pause) decodes on through the frames it passes; a long one
    // (focus listening over the other speaker) seeks like the user did.
    if (m_hasShown && ms - m_shownEndMs < kDecodeThroughJumpMs) {
        m_jumpedOver = true; // the frames it passes were skipped with the sound, not dropped
        present();
    } else
        seeked(ms);
}

void VideoPresenter::present()
{
    if (!m_reader)
        return;
    const bool playing = m_player->state() == Player::State::Playing;
    const int64_t clock = m_player->position();
    VideoReader::Taken taken = m_reader->take(clock);
    if (playing)
        m_stats.recordDropped(m_jumpedOver ? 0 : taken.dropped);
    m_jumpedOver = false;
    if (taken.frame) {
        m_image = std::move(taken.frame->image);
        m_shownPtsMs = taken.frame->ptsMs;
        m_shownEndMs = taken.frame->endMs;
        m_hasShown = true;
        if (playing) {
            // The clock the frame was chosen at and handed on with: the pipeline's own record,
            // not how long the OS happened to keep this thread from running afterwards.
            m_stats.recordShown(clock - m_shownPtsMs);
            m_lastErrorMs = clock - m_shownPtsMs;
        }
        Q_EMIT frameShown(m_image, m_shownPtsMs);
    }
    if (auto problem = m_reader->error(); problem && !m_errorReported) {
        m_errorReported = true;
        Q_EMIT errorOccurred(problem->message);
    }
    schedule(clock);
}

void VideoPresenter::schedule(int64_t clockMs)
{
    if (!m_reader || m_reader->error() || m_reader->exhausted()) {
        m_timer.stop(); // the last picture stays up; a seek starts again
        return;
    }
    if (m_player->state() != Player::State::Playing) {
        // Paused: look again only until the picture of the paused moment is up.
        if (m_hasShown && m_shownPtsMs <= clockMs && clockMs < m_shownEndMs)
            m_timer.stop();
        else
            m_timer.start(kPollMs);
        return;
    }
    int delay = kPollMs;
    if (const std::optional<int64_t> due = m_reader->nextDueMs()) {
        const double wallMs = double(*due - clockMs) / m_player->rate();
        delay = std::clamp(int(std::ceil(wallMs)), 1, kMaxSleepMs);
    }
    m_timer.start(delay);
}

} // namespace coachtrack::media
