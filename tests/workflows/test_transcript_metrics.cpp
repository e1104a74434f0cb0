// Metrics from a transcript's text: questions, talk share, monologues, pace, fillers.
#include "DemoSpeech.h"
#include "exchange/import/TranscriptReader.h"
#include "support/Fixtures.h"
#include "workflows/RecordingTalk.h"
#include "workflows/SpeakerMatching.h"
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
        t.speakers.push_back({c.speaker, {}, {}});
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

TEST_CASE("the word like is a filler only when a comma sets it off", "[workflows][transcript]")
{
    annotations::RecordingTranscript t;
    t.lines = {{0, 60000, QStringLiteral("A"),
                QStringLiteral("A decision like this sounds like a lot. We are, like, behind. "
                               "Like, really. It was like, no. Likely not, likeable. So, like "
                               "that.")}};
    const auto m = transcriptMetrics(t, 60000);
    REQUIRE(m.size() == 1);
    CHECK(m[0].fillersPerMinute == Approx(4)); // ", like," "Like," "like," ", like"
    CHECK(transcriptMetrics(t, 60000, {QStringLiteral("sounds like")})[0].fillersPerMinute ==
          Approx(1)); // other phrases with "like" are matched as written
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

TEST_CASE("speakers are matched to the channels their lines fall on", "[workflows][transcript]")
{
    auto read = exchange::readTranscriptFile(testing::demoVttPath());
    REQUIRE(read.has_value());
    std::vector<annotations::TranscriptLine> lines;
    for (const auto& c : read->cues)
        lines.push_back({c.startMs, c.endMs, c.speaker, c.text, c.estimated});
    const auto speech = testing::demoCallSpeech();
    for (int repChannel : {0, 1}) {
        INFO("rep channel " << repChannel);
        const auto roles = proposeRoles(lines, speech, repChannel);
        REQUIRE(roles.size() == 2);
        const auto& alex = roles[0].speaker == u"Alex" ? roles[0] : roles[1];
        const auto& jordan = roles[0].speaker == u"Alex" ? roles[1] : roles[0];
        CHECK(alex.channel == 0); // the demo call's rep is on the left
        CHECK(jordan.channel == 1);
        CHECK(alex.confidence > 0.9);
        CHECK(jordan.confidence > 0.9);
        CHECK(alex.role ==
              (repChannel == 0 ? annotations::SpeakerRole::Rep : annotations::SpeakerRole::Buyer));
        CHECK(jordan.role ==
              (repChannel == 1 ? annotations::SpeakerRole::Rep : annotations::SpeakerRole::Buyer));
    }
    // Lines that fall on no speech, and a mono call, propose nothing.
    CHECK(proposeRoles({{0, 300, QStringLiteral("Ghost"), QStringLiteral("boo")}}, speech, 0)
              .empty());
    CHECK(proposeRoles(lines, {speech[0]}, 0).empty());
}
