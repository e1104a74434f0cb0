// A call's moments: each kind from a call built to have it (monologue, interruption, the buyer's
// turns, a question, the silence after it, keywords), N / Shift+N stepping, and the demo call
// against its ground truth: every monologue over 30 s, every interruption and every question
// of the rep is reachable as a moment.
#include "DemoSpeech.h"
#include "workflows/Moments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace coachtrack;
using namespace coachtrack::annotations;
using namespace coachtrack::workflows;
using coachtrack::media::SpeechSegment;

namespace {

RecordingTranscript transcriptOf(std::vector<TranscriptLine> lines)
{
    RecordingTranscript t;
    t.lines = std::move(lines);
    t.speakers = {{QStringLiteral("Alex"), SpeakerRole::Rep, std::nullopt},
                  {QStringLiteral("Jordan"), SpeakerRole::Buyer, std::nullopt}};
    return t;
}

const Moment* find(const std::vector<Moment>& moments, MomentKind kind, int64_t nearMs,
                   int64_t withinMs)
{
    for (const Moment& m : moments)
        if (m.kind == kind && std::abs(m.startMs - nearMs) <= withinMs)
            return &m;
    return nullptr;
}

} // namespace

TEST_CASE("moments: each kind where the call has it, and none where it has not",
          "[workflows][moments]")
{
    // Alex (left) talks 40 s; Jordan starts a second before he stops and goes on for 6 s; Jordan
    // talks 20 s; Alex asks about the budget; 4 s of silence; Jordan answers.
    const std::vector<std::vector<SpeechSegment>> speech = {
        {{0, 40'000}, {70'500, 72'000}}, {{39'000, 45'000}, {50'000, 70'000}, {76'000, 80'000}}};
    const media::TalkMetrics talk = media::computeTalkMetrics(speech, 90'000, 0);
    const RecordingTranscript words = transcriptOf(
        {{70'500, 72'000, QStringLiteral("Alex"), QStringLiteral("What is your budget for this?")},
         {76'000, 80'000, QStringLiteral("Jordan"),
          QStringLiteral("Ten thousand, and the Next   Steps are with finance.")}});
    MomentOptions options;
    options.keywords = defaultMomentKeywords();
    const auto moments = momentsOf(talk, &words, options);

    const Moment* monologue = find(moments, MomentKind::Monologue, 0, 0);
    REQUIRE(monologue);
    CHECK(monologue->endMs == 40'000);
    CHECK(monologue->label == u"Rep talked for 40 s");
    const Moment* interruption = find(moments, MomentKind::Interruption, 39'000, 0);
    REQUIRE(interruption);
    CHECK(interruption->speaker == u"buyer");
    CHECK(interruption->endMs == 40'000);
    // Jordan holds the floor from 39 s to 70 s (no word of Alex's in between): one turn.
    const Moment* buyerTurn = find(moments, MomentKind::BuyerTurn, 39'000, 0);
    REQUIRE(buyerTurn);
    CHECK(buyerTurn->endMs == 70'000);
    CHECK_FALSE(find(moments, MomentKind::BuyerTurn, 50'000, 0));
    CHECK_FALSE(find(moments, MomentKind::BuyerTurn, 76'000, 0)); // 4 s: not long
    const Moment* question = find(moments, MomentKind::Question, 70'500, 0);
    REQUIRE(question);
    CHECK(question->label == u"Alex asked “What is your budget for this?”");
    const Moment* silence = find(moments, MomentKind::SilenceAfterQuestion, 72'000, 0);
    REQUIRE(silence);
    CHECK(silence->endMs == 76'000);
    CHECK(silence->label == u"Silence for 4.0 s after Alex's question");
    // Keywords, whole words in any case, phrases across spaces; one moment a line.
    CHECK(find(moments, MomentKind::Keyword, 70'500, 0)->label.startsWith(u"budget (Alex)"));
    CHECK(find(moments, MomentKind::Keyword, 76'000, 0)->label.startsWith(u"next steps (Jordan)"));
    CHECK(std::ranges::is_sorted(moments, {}, &Moment::startMs));

    // N and Shift+N step from the playhead, strictly.
    CHECK(nextMoment(moments, 0)->startMs == 39'000);
    CHECK(previousMoment(moments, 39'000)->startMs == 0);
    CHECK_FALSE(previousMoment(moments, 0));
    CHECK_FALSE(nextMoment(moments, 76'000));

    // A mono call tells no speakers apart: transcript moments only, and nothing without one.
    const media::TalkMetrics mono = media::computeTalkMetrics({{{0, 60'000}}}, 60'000, 0);
    CHECK(momentsOf(mono, nullptr, options).empty());
    // No keyword list: no keyword moments; a question answered at once: no silence.
    const auto quiet = momentsOf(talk, &words, {});
    CHECK_FALSE(find(quiet, MomentKind::Keyword, 70'500, 100'000));
    MomentOptions patient;
    patient.silenceAfterQuestionMs = 5'000;
    CHECK_FALSE(
        find(momentsOf(talk, &words, patient), MomentKind::SilenceAfterQuestion, 72'000, 0));
}

TEST_CASE("the demo call's monologues, interruptions and questions are all reachable as moments",
          "[workflows][moments]")
{
    const QJsonObject truth =
        QJsonDocument::fromJson(testing::readFile(testing::demoTruthPath())).object();
    const QJsonArray utterances = truth.value(QStringLiteral("utterances")).toArray();
    REQUIRE(utterances.size() > 20);
    std::vector<TranscriptLine> lines;
    for (const QJsonValue& v : utterances) {
        const QJsonObject u = v.toObject();
        lines.emplace_back(u.value(QStringLiteral("start_ms")).toInteger(),
                           u.value(QStringLiteral("end_ms")).toInteger(),
                           u.value(QStringLiteral("speaker")).toString(),
                           u.value(QStringLiteral("text")).toString());
    }
    const RecordingTranscript words = transcriptOf(lines);
    const int64_t length = truth.value(QStringLiteral("duration_ms")).toInteger();
    const media::TalkMetrics talk = media::computeTalkMetrics(testing::demoCallSpeech(), length, 0);
    const auto moments = momentsOf(talk, &words, {});

    int monologues = 0, interruptions = 0, questions = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
        const TranscriptLine& line = lines[i];
        INFO(line.startMs << " " << line.speaker.toStdString() << ": " << line.text.toStdString());
        if (line.speaker == u"Alex" && line.endMs - line.startMs > 30'000) {
            ++monologues; // the detected turn starts where the speech does
            CHECK(find(moments, MomentKind::Monologue, line.startMs, 300));
        }
        if (i > 0 && line.speaker != lines[i - 1].speaker &&
            line.startMs + 500 <= lines[i - 1].endMs) {
            ++interruptions;
            CHECK(find(moments, MomentKind::Interruption, line.startMs, 300));
        }
        if (line.speaker == u"Alex" && line.text.contains(u'?')) {
            ++questions;
            CHECK(find(moments, MomentKind::Question, line.startMs, 0));
        }
    }
    CHECK(monologues == 1);
    CHECK(interruptions == 1);
    CHECK(questions >= 10);
    // Nothing reported that is not there: one monologue, one interruption.
    CHECK(std::ranges::count(moments, MomentKind::Monologue, &Moment::kind) == 1);
    CHECK(std::ranges::count(moments, MomentKind::Interruption, &Moment::kind) == 1);
}
