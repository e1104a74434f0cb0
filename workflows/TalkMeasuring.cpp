#include "workflows/TalkMeasuring.h"

#include "annotations/Store.h"
#include "media/PeakCache.h"
#include "media/RecordingAnalyser.h"
#include "workflows/RecordingCheck.h"
#include "workflows/RecordingTalk.h"

namespace coachtrack::workflows {

using namespace annotations;

Expected<MeasuringReport> measureUnmeasuredCalls(const QString& libraryPath,
                                                 std::optional<int64_t> repId,
                                                 media::ProgressSink& progress,
                                                 const media::CancelToken& cancel)
{
    auto store = Store::open(libraryPath);
    if (!store)
        return std::unexpected(fromStore(store.error()));
    auto calls = (*store)->unmeasuredCalls(repId, kTalkAnalyserVersion);
    if (!calls)
        return std::unexpected(fromStore(calls.error()));
    MeasuringReport report;
    const media::PeakCache cache;
    for (size_t i = 0; i < calls->size() && !cancel.isCancelled(); ++i) {
        Recording& call = (*calls)[i];
        const QString name = call.title.isEmpty() ? call.path : call.title;
        media::ScaledProgress part(progress, double(i) / double(calls->size()),
                                   double(i + 1) / double(calls->size()));
        const RecordingFileCheck file = checkRecordingFile(**store, call);
        if (file.state != RecordingFileState::Same) {
            report.skipped << QStringLiteral("%1: %2").arg(name, file.message);
            continue;
        }
        const auto analysed =
            media::analyseRecording(call.path, cache, media::AnalysisOptions{}, part, cancel);
        if (!analysed) {
            if (!cancel.isCancelled())
                report.skipped << QStringLiteral("%1: %2").arg(name, analysed.error().message);
            continue;
        }
        (void)noteDecodedLength(**store, call, analysed->analysis.durationMs());
        const RecordingTalk talk = talkOf(analysed->analysis, call.repChannel);
        if (auto kept = (*store)->keepTalk(keptTalkOf(call.id, call.repChannel, talk.metrics));
            !kept)
            return std::unexpected(fromStore(kept.error()));
        ++report.measured;
    }
    if (cancel.isCancelled())
        return std::unexpected(Error{media::ErrorCode::Cancelled,
                                     QStringLiteral("measuring cancelled after %1 of %2 calls "
                                                    "(what was measured is kept)")
                                         .arg(report.measured)
                                         .arg(calls->size())});
    progress.progress(1.0);
    return report;
}

} // namespace coachtrack::workflows
