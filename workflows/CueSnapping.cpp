#include "workflows/CueSnapping.h"

#include <algorithm>
#include <limits>

namespace coachtrack::workflows {

namespace {

using annotations::TranscriptLine;
using media::SpeechSegment;

constexpr int64_t kNone = std::numeric_limits<int64_t>::min();

// The boundary (a segment's start or end, chosen by `edge`) nearest `at` within
// [lowest, highest], or kNone.
template<typename Edge>
int64_t nearestBoundary(const std::vector<SpeechSegment>& segments, int64_t at, int64_t lowest,
                        int64_t highest, Edge edge)
{
    int64_t best = kNone;
    auto it = std::lower_bound(segments.begin(), segments.end(), lowest,
                               [&](const SpeechSegment& s, int64_t t) { return s.endMs < t; });
    for (; it != segments.end() && it->startMs <= highest; ++it) {
        const int64_t b = edge(*it);
        if (b < lowest || b > highest)
            continue;
        if (best == kNone || std::abs(b - at) < std::abs(best - at))
            best = b;
    }
    return best;
}

} // namespace

std::vector<TranscriptLine> snapCuesToSpeech(std::vector<TranscriptLine> lines,
                                             const std::vector<std::vector<SpeechSegment>>& speech,
                                             const std::map<QString, int>& channelOf,
                                             int64_t toleranceMs)
{
    // Each speaker's cues in time order, to keep a stretch of speech with the cue it belongs to.
    std::map<QString, std::vector<size_t>> bySpeaker;
    for (size_t i = 0; i < lines.size(); ++i)
        if (!lines[i].speaker.isEmpty())
            bySpeaker[lines[i].speaker].push_back(i);
    std::vector<TranscriptLine> moved = lines;
    for (const auto& [speaker, indices] : bySpeaker) {
        const auto channel = channelOf.find(speaker);
        if (channel == channelOf.end() || channel->second < 0 ||
            size_t(channel->second) >= speech.size())
            continue;
        const auto& segments = speech[size_t(channel->second)];
        for (size_t k = 0; k < indices.size(); ++k) {
            const TranscriptLine& line = lines[indices[k]];
            const int64_t previousEnd = k > 0 ? lines[indices[k - 1]].endMs : kNone;
            const int64_t nextStart =
                k + 1 < indices.size() ? lines[indices[k + 1]].startMs : kNone;
            int64_t start = nearestBoundary(
                segments, line.startMs, std::max(line.startMs - toleranceMs, int64_t(0)),
                line.startMs + toleranceMs, [](const SpeechSegment& s) { return s.startMs; });
            // That speech began under the previous cue: this one continues it.
            if (start != kNone && previousEnd != kNone && start < previousEnd)
                start = kNone;
            int64_t end = nearestBoundary(segments, line.endMs, line.endMs - toleranceMs,
                                          line.endMs + toleranceMs,
                                          [](const SpeechSegment& s) { return s.endMs; });
            // That speech runs on into the next cue: this one ends inside it.
            if (end != kNone && nextStart != kNone && end > nextStart)
                end = kNone;
            auto chosen = [](int64_t snapped, int64_t given) {
                return snapped == kNone || std::abs(snapped - given) <= kCueSnapMinimumMs ? given
                                                                                          : snapped;
            };
            const int64_t newStart = chosen(start, line.startMs);
            const int64_t newEnd = chosen(end, line.endMs);
            if (newEnd <= newStart || (newStart == line.startMs && newEnd == line.endMs))
                continue;
            TranscriptLine& out = moved[indices[k]];
            out.fileStartMs = line.fileStartMs.value_or(line.startMs);
            out.fileEndMs = line.fileEndMs.value_or(line.endMs);
            out.startMs = newStart;
            out.endMs = newEnd;
        }
    }
    std::stable_sort(moved.begin(), moved.end(),
                     [](const auto& a, const auto& b) { return a.startMs < b.startMs; });
    return moved;
}

} // namespace coachtrack::workflows
