#include "workflows/RecordingTalk.h"

#include "media/RecordingAnalyser.h"

namespace coachtrack::workflows {

RecordingTalk talkOf(const media::AudioAnalysis& analysis, int repChannel)
{
    RecordingTalk talk;
    talk.speech = media::speechOf(analysis);
    talk.metrics = media::computeTalkMetrics(talk.speech, analysis.durationMs(), repChannel);
    return talk;
}

annotations::DebriefTalk debriefTalkOf(const media::TalkMetrics& metrics)
{
    annotations::DebriefTalk talk;
    talk.perSpeaker = metrics.perSpeaker;
    talk.switchesPerMinute = metrics.switchesPerMinute;
    talk.patienceMs = metrics.patienceMs;
    talk.note = metrics.note;
    for (const media::ChannelTalk& channel : metrics.channels) {
        if (channel.role == u"rep") {
            talk.repShare = channel.share;
            talk.repLongestMonologueMs = channel.longestMonologueMs;
        } else if (channel.role == u"buyer") {
            talk.buyerLongestMonologueMs = channel.longestMonologueMs;
        }
    }
    return talk;
}

annotations::KeptTalk keptTalkOf(int64_t recordingId, int repChannel,
                                 const media::TalkMetrics& metrics)
{
    annotations::KeptTalk kept;
    kept.recordingId = recordingId;
    kept.analyserVersion = kTalkAnalyserVersion;
    kept.repChannel = repChannel;
    kept.perSpeaker = metrics.perSpeaker;
    for (const media::ChannelTalk& channel : metrics.channels) {
        if (channel.role == u"rep") {
            kept.repShare = channel.share;
            kept.repLongestMs = channel.longestMonologueMs;
        } else if (channel.role == u"buyer") {
            kept.buyerLongestMs = channel.longestMonologueMs;
        }
    }
    kept.patienceMs = metrics.patienceMs;
    kept.switchesPerMinute = metrics.switchesPerMinute;
    return kept;
}

} // namespace coachtrack::workflows
