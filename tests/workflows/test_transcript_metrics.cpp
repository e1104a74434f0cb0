// Metrics from a transcript's text: questions, talk share, monologues, pace, fillers.
#include "exchange/import/TranscriptReader.h"
#include "support/Fixtures.h"
#include "workflows/TranscriptMetrics.h"

#include <catch2/catch.hpp>

using namespace coachtrack;
using namespace coachtrack::workflows;

TEST_CASE("questions are sentences that end with a question mark", "[workflows][transcript]")
{
    CHECK(countQuestions(QStringLiteral("Right? And what's the budget?")) == 2);
    CHECK(countQuestions(QStringLiteral("We ship in May. Does that work?")) == 1);
    CHECK(countQuestions(QStringLiteral("No questions here.")) == 0);
    CHECK(countQuestions(QStringLiteral("¿Qué tal? ok")) == 1);
    CHECK(countQuestions(QStringLiteral("??")) == 0);
}

TEST_CASE("per-speaker metrics of the demo call's transcript", "[workflows][transcript]")
{
    auto read = exchange::readTranscriptFile(testing::demoVttPath());
    REQUIRE(read.has_value());
    annotations::RecordingTranscript t;
    for (const auto& c : read->cues) {
        t.lines.push_back({c.startMs, c.endMs, c.speaker, c.text, c.estimated});
        t.speakers.push_back({c.speaker, {}});
    }
    const auto m = transcriptMetrics(t, read->cues.back().endMs);
    REQUIRE(m.size() == 2);
    const auto& alex = m[0].name == u"Alex" ? m[0] : m[1];
    const auto& jordan = m[0].name == u"Alex" ? m[1] : m[0];
    int alexQuestions = 0;
    int64_t alexMs = 0, total = 0;
    for (const auto& c : read->cues) {
        total += c.endMs - c.startMs;
        if (c.speaker == u"Alex") {
            alexQuestions += int(c.text.count(u'?'));
            alexMs += c.endMs - c.startMs;
        }
    }
    CHECK(alex.questions == alexQuestions);
    CHECK(alex.questions > 3);
    CHECK(alex.talkMs == alexMs);
    CHECK(alex.share + jordan.share == Approx(1.0));
    CHECK(alex.share == Approx(double(alexMs) / double(total)));
    CHECK(alex.wordsPerMinute > 80);
    CHECK(alex.wordsPerMinute < 260);
    CHECK(alex.longestMonologueMs > 0);
}

TEST_CASE("monologues join one speaker's lines across short pauses only", "[workflows][transcript]")
{
    annotations::RecordingTranscript t;
    t.lines = {{0, 4000, QStringLiteral("A"), QStringLiteral("one, um, two")},
               {5000, 9000, QStringLiteral("A"), QStringLiteral("you know three")},
               {12000, 13000, QStringLiteral("A"), QStringLiteral("four")},
               {13000, 14000, QStringLiteral("B"), QStringLiteral("five")},
               {14000, 20000, QStringLiteral("A"), QStringLiteral("six")}};
    const auto m = transcriptMetrics(t, 20000);
    REQUIRE(m.size() == 2);
    CHECK(m[0].longestMonologueMs == 9000); // 0–9 s: a 1 s pause joins, a 3 s one does not
    CHECK(m[0].fillersPerMinute == Approx(2 * 60.0 / 15));
    CHECK(m[1].share == Approx(1.0 / 16));
}
