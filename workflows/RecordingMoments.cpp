#include "workflows/RecordingMoments.h"

#include "media/PeakCache.h"
#include "media/RecordingAnalyser.h"
#include "workflows/RecordingCheck.h"
#include "workflows/RecordingTalk.h"

namespace coachtrack::workflows {

using namespace annotations;

QStringList libraryMomentKeywords(Store& store)
{
    auto set = store.momentKeywords();
    return set && *set ? **set : defaultMomentKeywords();
}

Expected<std::vector<Moment>> recordingMoments(Store& store, const Recording& recording,
                                               media::ProgressSink& progress,
                                               const media::CancelToken& cancel)
{
    const RecordingFileCheck file = checkRecordingFile(store, recording);
    if (file.state != RecordingFileState::Same)
        return std::unexpected(Error{file.state == RecordingFileState::Missing
                                         ? Error::Code(media::ErrorCode::FileNotFound)
                                         : Error::Code(WorkflowErrorCode::DifferentRecording),
                                     file.message});
    const auto analysed = media::analyseRecording(recording.path, media::PeakCache(),
                                                  media::AnalysisOptions{}, progress, cancel);
    if (!analysed)
        return std::unexpected(fromMedia(analysed.error()));
    const RecordingTalk talk = talkOf(analysed->analysis, recording.repChannel);
    auto transcript = store.transcript(recording.id);
    if (!transcript)
        return std::unexpected(fromStore(transcript.error()));
    MomentOptions options;
    options.keywords = libraryMomentKeywords(store);
    return momentsOf(talk.metrics, *transcript ? &**transcript : nullptr, options);
}

} // namespace coachtrack::workflows
