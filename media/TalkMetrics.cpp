#include "media/TalkMetrics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace coachtrack::media {

namespace {

std::vector<SpeechSegment> unionOf(std::vector<SpeechSegment> s)
{
    std::sort(s.begin(), s.end(), [](auto& a, auto& b) { return a.startMs < b.startMs; });
    std::vector<SpeechSegment> out;
    for (const auto& seg : s) {
        if (!out.empty() && seg.startMs <= out.back().endMs)
            out.back().endMs = std::max(out.back().endMs, seg.endMs);
        else
            out.push_back(seg);
    }
    return out;
}

int64_t totalLength(const std::vector<SpeechSegment>& s)
{
    int64_t t = 0;
    for (const auto& seg : s)
        t += seg.lengthMs();
    return t;
}

int64_t intersectionLength(const std::vector<SpeechSegment>& a, const std::vector<SpeechSegment>& b)
{
    int64_t t = 0;
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        t += std::max<int64_t>(0, std::min(a[i].endMs, b[j].endMs) -
                                      std::max(a[i].startMs, b[j].startMs));
        (a[i].endMs < b[j].endMs) ? ++i : ++j;
    }
    return t;
}

} // namespace

std::vector<SpeakerTurn> speakerTurns(const std::vector<std::vector<SpeechSegment>>& perChannel)
{
    std::vector<SpeakerTurn> all;
    for (size_t c = 0; c < perChannel.size(); ++c)
        for (const auto& s : perChannel[c])
            all.push_back({int(c), s.startMs, s.endMs});
    std::sort(all.begin(), all.end(), [](auto& a, auto& b) { return a.startMs < b.startMs; });
    std::vector<SpeakerTurn> turns;
    for (const SpeakerTurn& t : all) {
        if (!turns.empty() && turns.back().speaker == t.speaker)
            turns.back().endMs = std::max(turns.back().endMs, t.endMs);
        else
            turns.push_back(t);
    }
    return turns;
}

TalkMetrics computeTalkMetrics(const std::vector<std::vector<SpeechSegment>>& perChannel,
                               int64_t durationMs, int repChannel)
{
    TalkMetrics m;
    m.durationMs = durationMs;
    m.repChannel = repChannel;
    m.perSpeaker = perChannel.size() == 2;
    std::vector<SpeechSegment> everyone;
    for (size_t c = 0; c < perChannel.size(); ++c) {
        ChannelTalk ch;
        ch.index = int(c);
        ch.segments = unionOf(perChannel[c]);
        ch.speechMs = totalLength(ch.segments);
        everyone.insert(everyone.end(), ch.segments.begin(), ch.segments.end());
        m.channels.push_back(std::move(ch));
    }
    m.silenceMs = std::max<int64_t>(0, durationMs - totalLength(unionOf(everyone)));
    if (!m.perSpeaker) {
        m.note =
            perChannel.size() == 1
                ? QStringLiteral("mono recording: speech vs silence only; per-speaker metrics need "
                                 "a transcript")
                : QStringLiteral(
                      "%1-channel recording: speakers per channel are only known for dual-channel "
                      "calls; per-speaker metrics need a transcript")
                      .arg(perChannel.size());
        return m;
    }

    const int buyerChannel = 1 - repChannel;
    m.channels[size_t(repChannel)].role = QStringLiteral("rep");
    m.channels[size_t(buyerChannel)].role = QStringLiteral("buyer");
    const int64_t speech = m.channels[0].speechMs + m.channels[1].speechMs;
    for (auto& ch : m.channels) {
        ch.share = speech > 0 ? double(ch.speechMs) / double(speech) : 0.0;
        ch.longestMonologueMs = 0;
    }
    m.overlapMs = intersectionLength(m.channels[0].segments, m.channels[1].segments);

    const std::vector<SpeakerTurn> turns = speakerTurns(perChannel);
    int switches = 0;
    int64_t pauseSum = 0;
    int pauses = 0;
    for (size_t i = 0; i < turns.size(); ++i) {
        auto& longest = *m.channels[size_t(turns[i].speaker)].longestMonologueMs;
        longest = std::max(longest, turns[i].endMs - turns[i].startMs);
        if (i == 0)
            continue;
        ++switches;
        if (turns[i - 1].speaker == buyerChannel && turns[i].speaker == repChannel) {
            pauseSum += std::max<int64_t>(0, turns[i].startMs - turns[i - 1].endMs);
            ++pauses;
        }
    }
    m.switchesPerMinute = durationMs > 0 ? switches * 60000.0 / double(durationMs) : 0.0;
    if (pauses > 0)
        m.patienceMs = pauseSum / pauses;
    return m;
}

QByteArray talkMetricsToJson(const TalkMetrics& m)
{
    const auto orNull = [](const auto& opt) {
        return opt ? QJsonValue(double(*opt)) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray channels;
    for (const ChannelTalk& ch : m.channels) {
        QJsonArray segments;
        for (const SpeechSegment& s : ch.segments)
            segments.append(QJsonArray{qint64(s.startMs), qint64(s.endMs)});
        QJsonObject o{
            {QStringLiteral("index"), ch.index},
            {QStringLiteral("role"),
             ch.role.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(ch.role)},
            {QStringLiteral("speech_ms"), qint64(ch.speechMs)},
            {QStringLiteral("share"), ch.share ? QJsonValue(std::round(*ch.share * 1000) / 1000)
                                               : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("longest_monologue_ms"), orNull(ch.longestMonologueMs)},
            {QStringLiteral("segments"), segments}};
        channels.append(o);
    }
    QJsonObject root{{QStringLiteral("duration_ms"), qint64(m.durationMs)},
                     {QStringLiteral("per_speaker"), m.perSpeaker},
                     {QStringLiteral("rep_channel"),
                      m.perSpeaker ? QJsonValue(m.repChannel) : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("channels"), channels},
                     {QStringLiteral("switches_per_minute"),
                      m.switchesPerMinute ? QJsonValue(std::round(*m.switchesPerMinute * 100) / 100)
                                          : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("patience_ms"), orNull(m.patienceMs)},
                     {QStringLiteral("silence_ms"), qint64(m.silenceMs)},
                     {QStringLiteral("overlap_ms"), orNull(m.overlapMs)}};
    if (!m.note.isEmpty())
        root.insert(QStringLiteral("note"), m.note);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace coachtrack::media
