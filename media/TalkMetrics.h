#pragma once

#include "media/SpeechDetector.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace coachtrack::media {

struct ChannelTalk
{
    int index = 0;
    QString role; // "rep", "buyer", or empty when unknown
    int64_t speechMs = 0;
    std::optional<double> share; // of all speech; only when speakers are known
    std::optional<int64_t> longestMonologueMs;
    std::vector<SpeechSegment> segments;
};

// Conversation metrics of one call. For dual-channel recordings each channel is one speaker;
// otherwise only speech vs silence is known and per-speaker fields stay empty (`note` says why).
struct TalkMetrics
{
    int64_t durationMs = 0;
    bool perSpeaker = false;
    int repChannel = 0;
    std::vector<ChannelTalk> channels;
    std::optional<double> switchesPerMinute;
    std::optional<int64_t> patienceMs; // mean pause before the rep speaks after the buyer stops
    int64_t silenceMs = 0;             // nobody speaks
    std::optional<int64_t> overlapMs;  // both speak
    QString note;
};

// Who holds the floor: consecutive segments of one speaker (a channel), not interrupted by a
// segment of the other speaker starting in between, form one turn. In time order. Pure.
struct SpeakerTurn
{
    int speaker = 0; // the channel
    int64_t startMs = 0;
    int64_t endMs = 0;
};
std::vector<SpeakerTurn> speakerTurns(const std::vector<std::vector<SpeechSegment>>& perChannel);

// Computes the metrics from speech segments per channel. Pure.
TalkMetrics computeTalkMetrics(const std::vector<std::vector<SpeechSegment>>& perChannel,
                               int64_t durationMs, int repChannel = 0);

// The JSON object `coachtrack talk --json` prints.
QByteArray talkMetricsToJson(const TalkMetrics& metrics);

} // namespace coachtrack::media
