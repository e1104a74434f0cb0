#include "workflows/WaveformLoader.h"

#include "media/MediaInfo.h"
#include "media/RecordingAnalyser.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <mutex>
#include <optional>

namespace coachtrack::workflows {

// The preview shown while decoding goes on is kept at this pyramid level (1,024 samples a
// peak: finer than a pixel at the whole-call zoom of any call over a minute), so that a
// 3-hour call's preview is a megabyte, not the 20 MB of level 0, and copying it for each
// publish costs nothing.
constexpr int kPreviewLevel = 2;
constexpr int64_t kPreviewFold =
    media::PeakPyramid::kLevelFactor * media::PeakPyramid::kLevelFactor;
constexpr media::MinMax kUnwritten{INT16_MAX, INT16_MIN}; // merges as "nothing yet"

// What the worker shares with the GUI thread: the preview peaks so far and the progress.
struct WaveformLoader::Job final : media::PartialPeaksSink, media::ProgressSink
{
    media::CancelToken cancel;
    std::mutex mutex;
    std::vector<std::vector<media::MinMax>> preview;                            // at kPreviewLevel
    std::optional<std::expected<media::AnalysisOutcome, media::Error>> outcome; // when done
    int sampleRate = 0;
    double fraction = 0;
    bool dirty = false;
    bool shownFirst = false;
    QPointer<WaveformLoader> loader; // told at once about the first peaks, then every 200 ms

    // Level-0 peaks from `firstPeak` on, folded into the preview.
    void partialPeaks(int64_t firstPeak,
                      const std::vector<std::vector<media::MinMax>>& peaks) override
    {
        const std::lock_guard lock(mutex);
        if (preview.size() < peaks.size())
            preview.resize(peaks.size());
        for (size_t c = 0; c < peaks.size(); ++c) {
            auto& channel = preview[c];
            const size_t end =
                size_t((firstPeak + int64_t(peaks[c].size()) + kPreviewFold - 1) / kPreviewFold);
            if (channel.size() < end)
                channel.resize(end, kUnwritten);
            for (size_t i = 0; i < peaks[c].size(); ++i) {
                media::MinMax& into = channel[size_t((firstPeak + int64_t(i)) / kPreviewFold)];
                into = media::merged(into, peaks[c][i]);
            }
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
        auto outcome = media::analyseRecording(path, media::PeakCache(), media::AnalysisOptions{},
                                               *job, job->cancel, job.get());
        const std::lock_guard lock(job->mutex);
        job->outcome = std::move(outcome); // handed over, not copied (a 3-hour call's is 40 MB)
    }));
}

void WaveformLoader::publishPartial()
{
    if (!m_job || m_job->cancel.isCancelled() || !m_watcher.isRunning())
        return;
    std::vector<std::vector<media::MinMax>> preview;
    double fraction = 0;
    {
        const std::lock_guard lock(m_job->mutex);
        if (!m_job->dirty)
            return;
        m_job->dirty = false;
        preview = m_job->preview;
        fraction = m_job->fraction;
    }
    Q_EMIT progress(fraction);
    if (preview.empty() || m_job->sampleRate <= 0)
        return;
    size_t peaks = 0;
    for (auto& channel : preview)
        peaks = std::max(peaks, channel.size());
    for (auto& channel : preview) {
        channel.resize(peaks, kUnwritten);
        for (auto& p : channel)
            if (p == kUnwritten)
                p = {}; // not decoded yet: drawn flat
    }
    const int64_t frames = int64_t(peaks) * media::PeakPyramid::samplesPerPeak(kPreviewLevel);
    Q_EMIT partialPeaks(std::make_shared<const media::PeakPyramid>(
        m_job->sampleRate, frames, std::move(preview), kPreviewLevel));
}

void WaveformLoader::finished()
{
    m_publish.stop();
    if (!m_job || m_job->cancel.isCancelled())
        return;
    {
        const std::lock_guard lock(m_job->mutex);
        std::vector<std::vector<media::MinMax>>().swap(m_job->preview); // the result replaces it
    }
    std::optional<std::expected<media::AnalysisOutcome, media::Error>> taken;
    {
        const std::lock_guard lock(m_job->mutex);
        taken.swap(m_job->outcome);
    }
    if (!taken)
        return;
    auto& outcome = *taken;
    if (!outcome) {
        Q_EMIT failed(fromMedia(outcome.error()));
        return;
    }
    Q_EMIT progress(1.0);
    Q_EMIT loaded(std::make_shared<const media::AudioAnalysis>(std::move(outcome->analysis)));
}

} // namespace coachtrack::workflows
