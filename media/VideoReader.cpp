#include "media/VideoReader.h"

#include <limits>

namespace coachtrack::media {

namespace {
constexpr int64_t kNoClock = std::numeric_limits<int64_t>::min();
}

VideoReader::VideoReader(VideoDecoder decoder)
    : m_decoder(std::move(decoder))
    , m_lateBeforeMs(kNoClock)
{
    m_thread = std::thread(&VideoReader::run, this);
}

VideoReader::~VideoReader()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void VideoReader::seek(int64_t ms)
{
    {
        const std::lock_guard lock(m_mutex);
        m_seekTo = ms;
        ++m_generation;
        m_queue.clear();
        m_lateBeforeMs = kNoClock;
        m_droppedByWorker = 0;
        m_ended = false;
        m_error.reset();
    }
    m_wake.notify_all();
}

VideoReader::Taken VideoReader::take(int64_t clockMs)
{
    Taken taken;
    {
        const std::lock_guard lock(m_mutex);
        taken.dropped = std::exchange(m_droppedByWorker, 0);
        while (!m_queue.empty() && m_queue.front().endMs <= clockMs) {
            m_queue.pop_front();
            ++taken.dropped;
        }
        if (!m_queue.empty() && m_queue.front().ptsMs <= clockMs) {
            taken.frame = std::move(m_queue.front());
            m_queue.pop_front();
        }
        if (!m_seekTo)
            m_lateBeforeMs = clockMs;
    }
    m_wake.notify_all();
    return taken;
}

std::optional<int64_t> VideoReader::nextDueMs() const
{
    const std::lock_guard lock(m_mutex);
    if (m_queue.empty())
        return std::nullopt;
    return m_queue.front().ptsMs;
}

bool VideoReader::exhausted() const
{
    const std::lock_guard lock(m_mutex);
    return m_ended && m_queue.empty() && !m_seekTo;
}

std::optional<Error> VideoReader::error() const
{
    const std::lock_guard lock(m_mutex);
    return m_error;
}

void VideoReader::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] {
            return m_stop || m_seekTo || (!m_ended && !m_error && m_queue.size() < kQueueFrames);
        });
        if (m_stop)
            return;
        const uint64_t generation = m_generation;
        const std::optional<int64_t> seekTo = std::exchange(m_seekTo, std::nullopt);
        const int64_t lateBefore = m_lateBeforeMs;
        lock.unlock();

        std::expected<std::optional<VideoFrame>, Error> got = std::optional<VideoFrame>();
        if (seekTo) {
            if (auto sought = m_decoder.seek(*seekTo); !sought)
                got = std::unexpected(sought.error());
        }
        if (got)
            got = m_decoder.next(lateBefore);
        const int64_t late = m_decoder.takeLateCount();

        lock.lock();
        if (generation != m_generation)
            continue; // a seek came while decoding: this frame belongs to the old place
        m_droppedByWorker += late;
        if (!got)
            m_error = got.error();
        else if (!*got)
            m_ended = true;
        else
            m_queue.push_back(std::move(**got));
    }
}

} // namespace coachtrack::media
