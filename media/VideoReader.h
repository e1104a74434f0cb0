#pragma once

#include "media/VideoDecoder.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace coachtrack::media {

// Decodes one recording's video on its own worker thread, a few frames ahead of the clock, into
// a small bounded queue; the presenter takes the frame due at the clock. Frames the clock has
// passed are dropped, never handed out late. Its methods are called from one thread (the GUI
// thread); the decoder lives on the worker.
class VideoReader
{
public:
    static constexpr size_t kQueueFrames = 8;

    // Starts decoding from the first frame.
    explicit VideoReader(VideoDecoder decoder);
    ~VideoReader();
    VideoReader(const VideoReader&) = delete;
    VideoReader& operator=(const VideoReader&) = delete;

    // Forgets the queue; frames continue from the one shown at `ms`.
    void seek(int64_t ms);

    struct Taken
    {
        std::optional<VideoFrame> frame; // due at the clock, if decoded yet
        int64_t dropped = 0;             // frames the clock passed before they could be shown
    };
    // The frame whose span holds `clockMs`, dropping the ones whose span ended before it.
    Taken take(int64_t clockMs);
    // When the next decoded frame becomes due, if one is waiting.
    std::optional<int64_t> nextDueMs() const;
    // True when every frame up to the end has been handed out or dropped.
    bool exhausted() const;
    // The decoding failure, if one stopped the worker (a seek retries).
    std::optional<Error> error() const;

private:
    void run();

    VideoDecoder m_decoder; // worker thread only
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<VideoFrame> m_queue;
    std::optional<int64_t> m_seekTo;
    uint64_t m_generation = 0; // counts seeks, so a frame decoded before one is discarded
    int64_t m_lateBeforeMs;    // the last clock taken at: the worker skips frames ending before it
    int64_t m_droppedByWorker = 0;
    bool m_ended = false;
    std::optional<Error> m_error;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace coachtrack::media
