#include "workflows/SpeakerMatching.h"

#include <algorithm>
#include <map>

namespace coachtrack::workflows {

namespace {

// Milliseconds of [from, to) covered by `segments` (sorted, not overlapping).
int64_t overlapMs(const std::vector<media::SpeechSegment>& segments, int64_t from, int64_t to)
{
    auto it =
        std::lower_bound(segments.begin(), segments.end(), from,
                         [](const media::SpeechSegment& s, int64_t t) { return s.endMs <= t; });
    int64_t covered = 0;
    for (; it != segments.end() && it->startMs < to; ++it)
        covered += std::min(to, it->endMs) - std::max(from, it->startMs);
    return covered;
}

struct Tally
{
    int64_t lineMs = 0;
    int64_t onChannel[2] = {0, 0};
};

} // namespace

std::vector<ProposedRole> proposeRoles(const std::vector<annotations::TranscriptLine>& lines,
                                       const std::vector<std::vector<media::SpeechSegment>>& speech,
                                       int repChannel)
{
    if (speech.size() != 2)
        return {};
    std::map<QString, Tally> tallies;
    for (const auto& line : lines) {
        if (line.speaker.isEmpty() || line.endMs <= line.startMs)
            continue;
        Tally& t = tallies[line.speaker];
        t.lineMs += line.endMs - line.startMs;
        for (int c = 0; c < 2; ++c)
            t.onChannel[c] += overlapMs(speech[size_t(c)], line.startMs, line.endMs);
    }
    std::vector<ProposedRole> out;
    for (const auto& [name, t] : tallies) {
        if (t.onChannel[0] + t.onChannel[1] == 0)
            continue;
        const int channel = t.onChannel[1] > t.onChannel[0] ? 1 : 0;
        const double on = double(t.onChannel[channel]) / double(t.lineMs);
        const double off = double(t.onChannel[1 - channel]) / double(t.lineMs);
        ProposedRole p;
        p.speaker = name;
        p.channel = channel;
        p.confidence = std::clamp(on - off, 0.0, 1.0);
        p.role = channel == repChannel ? annotations::SpeakerRole::Manager
                                       : annotations::SpeakerRole::Buyer;
        out.push_back(p);
    }
    // The rep is whoever talks most on the rep's channel.
    auto talk = [&](const ProposedRole& p) { return tallies[p.speaker].onChannel[p.channel]; };
    ProposedRole* rep = nullptr;
    for (auto& p : out)
        if (p.channel == repChannel && (!rep || talk(p) > talk(*rep)))
            rep = &p;
    if (rep)
        rep->role = annotations::SpeakerRole::Rep;
    return out;
}

} // namespace coachtrack::workflows
