#pragma once

#include <QString>
#include <atomic>

namespace coachtrack::media {

// Receives progress from a long job. Called from the job's thread; implementations that
// touch widgets must forward to the GUI thread (e.g. with QMetaObject::invokeMethod).
class ProgressSink
{
public:
    virtual ~ProgressSink() = default;
    // fraction in 0..1 of the whole job.
    virtual void progress(double fraction) = 0;
};

// A ProgressSink that ignores everything.
class NoProgress final : public ProgressSink
{
public:
    void progress(double) override {}
};

// Maps a part of a job onto [from, to] of the whole job's progress.
class ScaledProgress final : public ProgressSink
{
public:
    ScaledProgress(ProgressSink& whole, double from, double to)
        : m_whole(whole)
        , m_from(from)
        , m_to(to)
    {
    }
    void progress(double fraction) override
    {
        m_whole.progress(m_from + (m_to - m_from) * fraction);
    }

private:
    ProgressSink& m_whole;
    double m_from;
    double m_to;
};

// Cooperative cancellation shared by a job and whoever started it. Any thread.
class CancelToken
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace coachtrack::media
