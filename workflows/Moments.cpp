#include "workflows/Moments.h"

#include "annotations/TimeCode.h"
#include "workflows/TranscriptMetrics.h"

#include <QObject>
#include <QRegularExpression>
#include <algorithm>

namespace coachtrack::workflows {

using namespace annotations;

namespace {

// Interruptions closer than this to the one before are one exchange.
constexpr int64_t kInterruptionMergeMs = 2'000;
constexpr int kQuoteLength = 60;

QString quoted(const QString& text)
{
    const QString t = text.simplified();
    return QObject::tr("“%1”", "quotation marks")
        .arg(t.size() > kQuoteLength ? t.left(kQuoteLength - 1) + u'…' : t);
}

int buyerChannelOf(const media::TalkMetrics& talk)
{
    return talk.repChannel == 0 ? 1 : 0;
}

void addTurnMoments(const media::TalkMetrics& talk, const MomentOptions& options,
                    std::vector<Moment>& out)
{
    std::vector<std::vector<media::SpeechSegment>> perChannel;
    for (const media::ChannelTalk& c : talk.channels)
        perChannel.push_back(c.segments);
    const auto turns = media::speakerTurns(perChannel);
    std::vector<media::SpeakerTurn> buyer;
    for (const media::SpeakerTurn& t : turns) {
        const int64_t length = t.endMs - t.startMs;
        if (t.speaker == talk.repChannel && length >= options.monologueMs)
            out.push_back({MomentKind::Monologue, t.startMs, t.endMs, QStringLiteral("rep"),
                           QObject::tr("Rep talked for %1").arg(formatSpan(length))});
        else if (t.speaker == buyerChannelOf(talk) && length >= options.buyerTurnMs)
            buyer.push_back(t);
    }
    std::ranges::sort(buyer, std::greater{}, [](const auto& t) { return t.endMs - t.startMs; });
    buyer.resize(std::min(buyer.size(), size_t(std::max(0, options.buyerTurns))));
    for (const media::SpeakerTurn& t : buyer)
        out.push_back({MomentKind::BuyerTurn, t.startMs, t.endMs, QStringLiteral("buyer"),
                       QObject::tr("Buyer talked for %1").arg(formatSpan(t.endMs - t.startMs))});
}

// A segment of one speaker starting inside the other's, who goes on talking a while after.
void addInterruptions(const media::TalkMetrics& talk, const MomentOptions& options,
                      std::vector<Moment>& out)
{
    if (talk.channels.size() != 2)
        return;
    int64_t lastEnd = -kInterruptionMergeMs - 1;
    std::vector<Moment> found;
    for (int who = 0; who < 2; ++who)
        for (const media::SpeechSegment& s : talk.channels[size_t(who)].segments)
            for (const media::SpeechSegment& other : talk.channels[size_t(1 - who)].segments)
                if (other.startMs < s.startMs &&
                    other.endMs - s.startMs >= options.interruptionOverlapMs) {
                    const bool rep = who == talk.repChannel;
                    found.push_back({MomentKind::Interruption, s.startMs,
                                     std::min(s.endMs, other.endMs),
                                     rep ? QStringLiteral("rep") : QStringLiteral("buyer"),
                                     rep ? QObject::tr("Rep talked over the buyer")
                                         : QObject::tr("Buyer talked over the rep")});
                    break;
                }
    std::ranges::sort(found, {}, &Moment::startMs);
    for (const Moment& m : found) {
        if (m.startMs - lastEnd <= kInterruptionMergeMs && !out.empty() &&
            out.back().kind == MomentKind::Interruption) {
            out.back().endMs = std::max(out.back().endMs, m.endMs);
        } else {
            out.push_back(m);
        }
        lastEnd = std::max(lastEnd, m.endMs);
    }
}

bool isRep(const RecordingTranscript& transcript, const QString& speaker)
{
    for (const TranscriptSpeaker& s : transcript.speakers)
        if (s.name == speaker)
            return s.role == SpeakerRole::Rep;
    return false;
}

// When anybody speaks next after `fromMs`, by the audio (per channel) or the transcript.
int64_t nextSpeech(const media::TalkMetrics& talk, const RecordingTranscript& transcript,
                   size_t lineIndex, int64_t fromMs)
{
    int64_t next = talk.durationMs > 0 ? talk.durationMs : fromMs;
    for (const media::ChannelTalk& c : talk.channels)
        for (const media::SpeechSegment& s : c.segments)
            if (s.endMs > fromMs) {
                next = std::min(next, std::max(s.startMs, fromMs));
                break;
            }
    if (lineIndex + 1 < transcript.lines.size())
        next = std::min(next, std::max(fromMs, transcript.lines[lineIndex + 1].startMs));
    return next;
}

// The line's first question itself ("Great. To begin, how do you…?" → "To begin, how do you…?").
QString questionIn(const QString& text)
{
    static const QRegularExpression sentence(QStringLiteral("[^.!?]*\\?"));
    const QString asked = sentence.match(text).captured().trimmed();
    return asked.isEmpty() ? text : asked;
}

void addTranscriptMoments(const media::TalkMetrics& talk, const RecordingTranscript& transcript,
                          const MomentOptions& options, std::vector<Moment>& out)
{
    std::vector<std::pair<QString, QRegularExpression>> keywords;
    for (const QString& k : options.keywords)
        if (!k.trimmed().isEmpty())
            keywords.emplace_back(
                k.trimmed(),
                QRegularExpression(
                    QStringLiteral("\\b%1\\b")
                        .arg(QRegularExpression::escape(k.simplified())
                                 .replace(QStringLiteral("\\ "), QStringLiteral("\\s+"))),
                    QRegularExpression::CaseInsensitiveOption |
                        QRegularExpression::UseUnicodePropertiesOption));
    for (size_t i = 0; i < transcript.lines.size(); ++i) {
        const TranscriptLine& line = transcript.lines[i];
        const QString who = line.speaker.isEmpty() ? QObject::tr("someone") : line.speaker;
        if (isRep(transcript, line.speaker) && countQuestions(line.text) > 0) {
            out.push_back({MomentKind::Question, line.startMs, line.endMs, line.speaker,
                           QObject::tr("%1 asked %2").arg(who, quoted(questionIn(line.text)))});
            const int64_t answer = nextSpeech(talk, transcript, i, line.endMs);
            if (answer - line.endMs >= options.silenceAfterQuestionMs)
                out.push_back({MomentKind::SilenceAfterQuestion, line.endMs, answer, line.speaker,
                               QObject::tr("Silence for %1 after %2's question")
                                   .arg(formatSpan(answer - line.endMs), who)});
        }
        for (const auto& [word, pattern] : keywords)
            if (pattern.match(line.text).hasMatch()) {
                out.push_back({MomentKind::Keyword, line.startMs, line.endMs, line.speaker,
                               QStringLiteral("%1 (%2): %3").arg(word, who, quoted(line.text))});
                break; // one moment a line
            }
    }
}

} // namespace

QString momentKindName(MomentKind kind)
{
    switch (kind) {
    case MomentKind::Monologue: return QStringLiteral("monologue");
    case MomentKind::Interruption: return QStringLiteral("interruption");
    case MomentKind::BuyerTurn: return QStringLiteral("buyer-turn");
    case MomentKind::SilenceAfterQuestion: return QStringLiteral("silence-after-question");
    case MomentKind::Question: return QStringLiteral("question");
    case MomentKind::Keyword: return QStringLiteral("keyword");
    }
    return {};
}

QStringList defaultMomentKeywords()
{
    return {QStringLiteral("price"),    QStringLiteral("pricing"),    QStringLiteral("budget"),
            QStringLiteral("cost"),     QStringLiteral("discount"),   QStringLiteral("competitor"),
            QStringLiteral("contract"), QStringLiteral("next steps"), QStringLiteral("decision"),
            QStringLiteral("timeline")};
}

std::vector<Moment> momentsOf(const media::TalkMetrics& talk, const RecordingTranscript* transcript,
                              const MomentOptions& options)
{
    std::vector<Moment> moments;
    if (talk.perSpeaker) {
        addTurnMoments(talk, options, moments);
        addInterruptions(talk, options, moments);
    }
    if (transcript)
        addTranscriptMoments(talk, *transcript, options, moments);
    std::ranges::stable_sort(moments, {}, &Moment::startMs);
    return moments;
}

std::optional<Moment> nextMoment(const std::vector<Moment>& moments, int64_t positionMs)
{
    for (const Moment& m : moments)
        if (m.startMs > positionMs)
            return m;
    return std::nullopt;
}

std::optional<Moment> previousMoment(const std::vector<Moment>& moments, int64_t positionMs)
{
    for (auto it = moments.rbegin(); it != moments.rend(); ++it)
        if (it->startMs < positionMs)
            return *it;
    return std::nullopt;
}

} // namespace coachtrack::workflows
