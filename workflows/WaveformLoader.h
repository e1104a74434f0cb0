#pragma once

#include "media/RecordingAnalyser.h"
#include "workflows/WorkflowError.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <memory>

namespace coachtrack::workflows {

// Analyses a recording for the waveform on a worker thread (through the peak cache):
// publishes the partly built pyramid a few times a second while decoding goes on, then the
// whole analysis. Starting another load or destroying the loader cancels the running one.
// Signals arrive on the GUI thread.
class WaveformLoader : public QObject
{
    Q_OBJECT
public:
    explicit WaveformLoader(QObject* parent = nullptr);
    ~WaveformLoader() override;

    void load(const QString& path);
    void cancel();
    bool isLoading() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void progress(double fraction);
    void partialPeaks(std::shared_ptr<const media::PeakPyramid> peaks);
    void loaded(std::shared_ptr<const media::AudioAnalysis> analysis);
    void failed(const workflows::Error& error);

private:
    struct Job;
    void publishPartial();
    void finished();

    std::shared_ptr<Job> m_job;
    QTimer m_publish;
    QFutureWatcher<void> m_watcher; // the outcome is handed over in m_job
};

} // namespace coachtrack::workflows
