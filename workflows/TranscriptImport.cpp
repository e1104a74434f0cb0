#include "workflows/TranscriptImport.h"

#include "exchange/import/TranscriptReader.h"
#include "media/RecordingAnalyser.h"
#include "workflows/CueSnapping.h"
#include "workflows/RecordingTalk.h"

#include <QFileInfo>
#include <algorithm>
#include <map>

namespace coachtrack::workflows {

namespace {

// Who spoke when on the recording, or nothing when it is not a two-channel call at hand (a
// moved file, a mono call): the import goes on without proposals or moved cues.
std::optional<RecordingTalk> twoChannelTalk(const annotations::Recording& recording)
{
    if (!QFileInfo(recording.path).isFile())
        return std::nullopt;
    media::NoProgress progress;
    media::CancelToken cancel;
    auto analysis =
        media::analyseRecording(recording.path, media::PeakCache(), {}, progress, cancel);
    if (!analysis || analysis->analysis.channelCount() != 2)
        return std::nullopt;
    return talkOf(analysis->analysis, recording.repChannel);
}

} // namespace

Expected<TranscriptImported>
importTranscriptFile(annotations::Store& store, int64_t recordingId, const QString& path,
                     const std::vector<annotations::TranscriptSpeaker>& given)
{
    auto read = exchange::readTranscriptFile(path);
    if (!read)
        return std::unexpected(Error{WorkflowErrorCode::BadTranscript, read.error()});
    auto recording = store.recording(recordingId);
    if (!recording)
        return std::unexpected(fromStore(recording.error()));
    annotations::RecordingTranscript t;
    t.format = exchange::formatName(read->format);
    t.sourceName = QFileInfo(path).fileName();
    for (const auto& c : read->cues)
        t.lines.push_back({c.startMs, c.endMs, c.speaker, c.text, c.estimated});

    TranscriptImported result;
    result.format = t.format;
    result.lines = int(t.lines.size());
    std::vector<annotations::TranscriptSpeaker> roles = given;
    if (auto talk = twoChannelTalk(*recording)) {
        result.proposed = proposeRoles(t.lines, talk->speech, recording->repChannel);
        std::map<QString, int> channelOf;
        for (const ProposedRole& p : result.proposed) {
            roles.push_back({p.speaker, p.role, p.confidence});
            channelOf[p.speaker] = p.channel;
        }
        t.lines = snapCuesToSpeech(std::move(t.lines), talk->speech, channelOf);
        result.retimed = int(std::ranges::count_if(t.lines, &annotations::TranscriptLine::retimed));
    }
    if (auto ok = store.importTranscript(recordingId, t, roles); !ok)
        return std::unexpected(fromStore(ok.error()));
    if (auto kept = store.transcript(recordingId); kept && *kept)
        for (const auto& s : (*kept)->speakers)
            result.speakersWithoutRole += !s.role;
    return result;
}

} // namespace coachtrack::workflows
