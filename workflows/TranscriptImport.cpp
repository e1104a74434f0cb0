#include "workflows/TranscriptImport.h"

#include "annotations/TimeCode.h"
#include "exchange/import/TranscriptReader.h"
#include "media/RecordingAnalyser.h"
#include "workflows/CueSnapping.h"
#include "workflows/RecordingTalk.h"

#include <QFileInfo>
#include <algorithm>
#include <map>

namespace coachtrack::workflows {

namespace {

// How far past the call's end a line may start (a recorder that stopped a little early).
constexpr int64_t kPastEndSlackMs = 10'000;

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

// Keeps in `proposed` the proposals that became roles; those overruled by a role given or
// remembered go to `overruled` (with the role kept) when that role is on the other side of
// the call (buyer against rep or manager; "other" is on neither).
void sortProposals(const annotations::RecordingTranscript& kept, TranscriptImported& result)
{
    std::vector<ProposedRole> adopted;
    for (const auto& s : kept.speakers) {
        result.speakersWithoutRole += !s.role;
        for (const ProposedRole& p : result.proposed) {
            if (p.speaker != s.name)
                continue;
            if (s.confidence)
                adopted.push_back(p);
            else if (s.role && *s.role != annotations::SpeakerRole::Other &&
                     (*s.role == annotations::SpeakerRole::Buyer) !=
                         (p.role == annotations::SpeakerRole::Buyer))
                result.overruled.push_back({p, *s.role});
        }
    }
    result.proposed = std::move(adopted);
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
    // A line starting after the call has ended: most likely another call's transcript.
    if (recording->durationMs > 0)
        for (const auto& c : read->cues)
            if (c.startMs > recording->durationMs + kPastEndSlackMs)
                return std::unexpected(Error{
                    WorkflowErrorCode::BadTranscript,
                    QStringLiteral("%1: its line at %2 starts after the call ends (%3): is it the "
                                   "transcript of another call? Nothing was imported")
                        .arg(QFileInfo(path).fileName(), annotations::formatClock(c.startMs),
                             annotations::formatClock(recording->durationMs))});
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
        sortProposals(**kept, result);
    return result;
}

} // namespace coachtrack::workflows
