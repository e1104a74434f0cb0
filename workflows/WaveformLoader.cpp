#include "workflows/WaveformLoader.h"

#include "media/MediaInfo.h"
#include "media/RecordingAnalyser.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <mutex>

namespace coachtrack::workflows {

// What the worker shares with the GUI thread: level-0 peaks so far and the progress.
struct WaveformLoader::Job final : media::PartialPeaksSink, media::ProgressSink
{
    media::CancelToken cancel;
    std::mutex mutex;
    std::vector<std::vector<media::MinMax>> base;
    int sampleRate = 0;
    double fraction = 0;
    bool dirty = false;
    bool shownFirst = false;
    QPointer<WaveformLoader> loader; // told at once about the first peaks, then every 200 ms

    void partialPeaks(int64_t firstPeak,
                      const std::vector<std::vector<media::MinMax>>& peaks) override
    {
        const std::lock_guard lock(mutex);
        if (base.size() < peaks.size())
            base.resize(peaks.size());
        for (size_t c = 0; c < peaks.size(); ++c) {
            auto& channel = base[c];
            const size_t end = size_t(firstPeak) + peaks[c].size();
            if (channel.size() < end)
                channel.resize(end);
            std::copy(peaks[c].begin(), peaks[c].end(), channel.begin() + firstPeak);
        }
        dirty = true;
        if (!shownFirst) {
            shownFirst = true;
            QMetaObject::invokeMethod(loader, &WaveformLoader::publishPartial,
                                      Qt::QueuedConnection);
        }
    }

    void progress(double value) override
    {
        const std::lock_guard lock(mutex);
        fraction = value;
        dirty = true;
    }
};

WaveformLoader::WaveformLoader(QObject* parent)
    : QObject(parent)
{
    m_publish.setInterval(200);
    connect(&m_publish, &QTimer::timeout, this, &WaveformLoader::publishPartial);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &WaveformLoader::finished);
}

WaveformLoader::~WaveformLoader()
{
    cancel();
    m_watcher.waitForFinished();
}

void WaveformLoader::cancel()
{
    if (m_job)
        m_job->cancel.cancel();
    m_publish.stop();
}

void WaveformLoader::load(const QString& path)
{
    cancel();
    m_watcher.waitForFinished();
    auto job = std::make_shared<Job>();
    job->loader = this;
    if (auto info = media::probeMedia(path); info && info->audio)
        job->sampleRate = info->audio->sampleRate;
    m_job = job;
    m_publish.start();
    m_watcher.setFuture(QtConcurrent::run([job, path] {
        return media::analyseRecording(path, media::PeakCache(), media::AnalysisOptions{}, *job,
                                       job->cancel, job.get());
    }));
}

void WaveformLoader::publishPartial()
{
    if (!m_job || m_job->cancel.isCancelled() || !m_watcher.isRunning())
        return;
    std::vector<std::vector<media::MinMax>> base;
    double fraction = 0;
    {
        const std::lock_guard lock(m_job->mutex);
        if (!m_job->dirty)
            return;
        m_job->dirty = false;
        base = m_job->base;
        fraction = m_job->fraction;
    }
    Q_EMIT progress(fraction);
    if (base.empty() || m_job->sampleRate <= 0)
        return;
    size_t peaks = 0;
    for (auto& channel : base)
        peaks = std::max(peaks, channel.size());
    for (auto& channel : base)
        channel.resize(peaks);
    const int64_t frames = int64_t(peaks) * media::PeakPyramid::kBaseSamplesPerPeak;
    Q_EMIT partialPeaks(
        std::make_shared<const media::PeakPyramid>(m_job->sampleRate, frames, std::move(base)));
}

void WaveformLoader::finished()
{
    m_publish.stop();
    if (!m_job || m_job->cancel.isCancelled())
        return;
    auto outcome = m_watcher.result();
    if (!outcome) {
        Q_EMIT failed(fromMedia(outcome.error()));
        return;
    }
    Q_EMIT progress(1.0);
    Q_EMIT loaded(std::make_shared<const media::AudioAnalysis>(std::move(outcome->analysis)));
}

} // namespace coachtrack::workflows
