#include "workflows/LibraryAdder.h"

#include "annotations/Store.h"
#include "media/MediaInfo.h"
#include "media/RecordingAnalyser.h"
#include "workflows/LibraryLink.h"

#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace coachtrack::workflows {

namespace {

// Forwards one file's analysis progress as part of the batch, on the GUI thread.
class BatchProgress final : public media::ProgressSink
{
public:
    BatchProgress(LibraryAdder* adder, QString what, double from, double to)
        : m_adder(adder)
        , m_what(std::move(what))
        , m_from(from)
        , m_to(to)
    {
    }
    void progress(double fraction) override
    {
        const double at = m_from + (m_to - m_from) * fraction;
        QMetaObject::invokeMethod(
            m_adder,
            [adder = m_adder, what = m_what, at] {
                if (adder)
                    Q_EMIT adder->progress(what, at);
            },
            Qt::QueuedConnection);
    }

private:
    QPointer<LibraryAdder> m_adder;
    QString m_what;
    double m_from;
    double m_to;
};

AddReport addAll(LibraryAdder* adder, const QString& libraryPath, const QStringList& paths,
                 const media::CancelToken& cancel)
{
    AddReport report;
    auto store = annotations::Store::open(libraryPath);
    if (!store) {
        report.problems << store.error().message;
        return report;
    }
    for (qsizetype i = 0; i < paths.size() && !cancel.isCancelled(); ++i) {
        const double from = double(i) / double(paths.size());
        const double to = double(i + 1) / double(paths.size());
        const QString name = QFileInfo(paths[i]).fileName();
        BatchProgress(adder, QObject::tr("Probing %1…").arg(name), from, from).progress(0);
        auto info = media::probeMedia(paths[i]);
        if (!info) {
            report.problems << info.error().message;
            continue;
        }
        if (auto added = (*store)->addRecording(newRecordingFor(*info)); !added) {
            report.problems << added.error().message;
            continue;
        }
        report.added << info->path;
        if (info->audio) {
            BatchProgress peaks(adder, QObject::tr("Building the waveform of %1… %p%").arg(name),
                                from, to);
            media::AnalysisOptions options;
            options.threads = 1;
            if (auto analysed =
                    media::analyseRecording(info->path, media::PeakCache(), options, peaks, cancel);
                !analysed)
                report.problems << analysed.error().message;
        }
    }
    return report;
}

} // namespace

LibraryAdder::LibraryAdder(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        Q_EMIT finished(m_watcher.result());
        if (!m_queue.isEmpty()) {
            const auto next = m_queue.takeFirst();
            add(next.first, next.second);
        }
    });
}

LibraryAdder::~LibraryAdder()
{
    if (m_cancel)
        m_cancel->cancel();
    m_watcher.waitForFinished();
}

void LibraryAdder::add(const QString& libraryPath, const QStringList& paths)
{
    if (m_watcher.isRunning()) {
        m_queue.append({libraryPath, paths});
        return;
    }
    m_cancel = std::make_shared<media::CancelToken>();
    m_watcher.setFuture(QtConcurrent::run([this, libraryPath, paths, cancel = m_cancel] {
        return addAll(this, libraryPath, paths, *cancel);
    }));
}

} // namespace coachtrack::workflows
