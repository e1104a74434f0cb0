#include "media/ListeningPlan.h"

#include <algorithm>

namespace coachtrack::media {

namespace {

std::vector<SkipSpan> speech(const TalkMetrics& talk)
{
    std::vector<SkipSpan> all;
    for (const ChannelTalk& channel : talk.channels)
        for (const SpeechSegment& s : channel.segments)
            all.push_back({s.startMs, s.endMs});
    return mergeSkips(std::move(all), {});
}

} // namespace

std::vector<SkipSpan> silenceSkips(const TalkMetrics& talk, const SilenceSkipOptions& options)
{
    std::vector<SkipSpan> skips;
    const int64_t half = options.keptMs / 2;
    for (const SkipSpan& pause : skipsOutside(speech(talk), talk.durationMs)) {
        if (pause.lengthMs() < std::max(options.minPauseMs, options.keptMs))
            continue;
        const int64_t start = pause.startMs == 0 ? 0 : pause.startMs + half;
        const int64_t end = pause.endMs == talk.durationMs ? pause.endMs : pause.endMs - half;
        if (end > start)
            skips.push_back({start, end});
    }
    return skips;
}

std::vector<SkipSpan> focusSkips(const TalkMetrics& talk, FocusSpeaker speaker, int64_t contextMs)
{
    if (speaker == FocusSpeaker::Everyone || !talk.perSpeaker)
        return {};
    const int wanted = speaker == FocusSpeaker::Rep ? talk.repChannel : 1 - talk.repChannel;
    std::vector<std::vector<SpeechSegment>> perChannel;
    for (const ChannelTalk& channel : talk.channels)
        perChannel.push_back(channel.segments);
    std::vector<SkipSpan> heard;
    for (const SpeakerTurn& turn : speakerTurns(perChannel)) {
        if (turn.speaker != wanted)
            continue;
        const int64_t lead = speaker == FocusSpeaker::Rep ? contextMs : 0;
        heard.push_back({std::max<int64_t>(0, turn.startMs - lead), turn.endMs});
    }
    return skipsOutside(mergeSkips(std::move(heard), {}), talk.durationMs);
}

std::vector<SkipSpan> skipsOutside(const std::vector<SkipSpan>& heard, int64_t durationMs)
{
    std::vector<SkipSpan> gaps;
    int64_t from = 0;
    for (const SkipSpan& h : heard) {
        if (h.startMs > from)
            gaps.push_back({from, std::min(h.startMs, durationMs)});
        from = std::max(from, h.endMs);
    }
    if (from < durationMs)
        gaps.push_back({from, durationMs});
    return gaps;
}

std::vector<SkipSpan> mergeSkips(std::vector<SkipSpan> a, const std::vector<SkipSpan>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    std::sort(a.begin(), a.end(), [](auto& x, auto& y) { return x.startMs < y.startMs; });
    std::vector<SkipSpan> merged;
    for (const SkipSpan& s : a) {
        if (s.endMs <= s.startMs)
            continue;
        if (!merged.empty() && s.startMs <= merged.back().endMs)
            merged.back().endMs = std::max(merged.back().endMs, s.endMs);
        else
            merged.push_back(s);
    }
    return merged;
}

int64_t heardMs(const std::vector<SkipSpan>& skips, int64_t durationMs)
{
    int64_t skipped = 0;
    for (const SkipSpan& s : skips)
        skipped +=
            std::max<int64_t>(0, std::min(s.endMs, durationMs) - std::max<int64_t>(0, s.startMs));
    return std::max<int64_t>(0, durationMs - skipped);
}

} // namespace coachtrack::media
